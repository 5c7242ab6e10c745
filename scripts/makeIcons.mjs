// Renders build/icon.svg (icon-small.svg for 24-32 px, icon-16.svg for 16 px) into every icon
// the installers need, with the Chromium the end-to-end tests already use:
//   build/icon.png            1024 x 1024 (electron-builder's common source)
//   build/icons/NxN.png       Linux AppImage/deb icon set
//   build/icon.ico            Windows: 16, 24, 32, 48, 64, 128 (32-bit BMP) and 256 (PNG)
//   build/icon.icns           macOS: 16 to 1024, standard and @2x
// The outputs are committed, so `npm run dist` needs no image tool. Run again after
// changing an SVG: `node scripts/makeIcons.mjs` (Chromium at /usr/bin/chromium, or
// CHROMIUM_PATH; Debian: apt-get install chromium).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = process.cwd();
const build = join(root, 'build');
const SMALL_MAX = 32;
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS element types and the pixel size of each (the @2x types repeat sizes). */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG from straight RGBA pixels (deterministic, unlike the browser's encoder settings). */
export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A 32-bit DIB for an ICO entry: BGRA rows bottom-up, then an all-clear AND mask. */
function encodeDib(size, rgba) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // XOR + AND masks
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      pixels[to] = rgba[from + 2];
      pixels[to + 1] = rgba[from + 1];
      pixels[to + 2] = rgba[from];
      pixels[to + 3] = rgba[from + 3];
    }
  }
  const maskRow = Math.ceil(size / 32) * 4;
  return Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)]);
}

export function encodeIco(entries) {
  const dir = Buffer.alloc(6 + entries.length * 16);
  dir.writeUInt16LE(0, 0);
  dir.writeUInt16LE(1, 2); // icon
  dir.writeUInt16LE(entries.length, 4);
  let offset = dir.length;
  entries.forEach(({ size, data }, i) => {
    const at = 6 + i * 16;
    dir[at] = size >= 256 ? 0 : size;
    dir[at + 1] = size >= 256 ? 0 : size;
    dir.writeUInt16LE(1, at + 4);
    dir.writeUInt16LE(32, at + 6);
    dir.writeUInt32LE(data.length, at + 8);
    dir.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([dir, ...entries.map((e) => e.data)]);
}

export function encodeIcns(entries) {
  const parts = entries.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

async function renderAll(sizes) {
  const svgFor = (size) =>
    readFileSync(join(build, size <= 16 ? 'icon-16.svg' : size <= SMALL_MAX ? 'icon-small.svg' : 'icon.svg'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><canvas></canvas>');
    const pixels = new Map();
    for (const size of sizes) {
      const dataUrl = `data:image/svg+xml;base64,${svgFor(size).toString('base64')}`;
      const base64 = await page.evaluate(
        async ({ dataUrl, size }) => {
          // Evaluated inside Chromium: these are the page's globals, not Node's.
          const { Image, document } = globalThis;
          const img = new Image();
          img.src = dataUrl;
          await img.decode();
          const canvas = document.querySelector('canvas');
          canvas.width = size;
          canvas.height = size;
          const ctx = canvas.getContext('2d');
          ctx.clearRect(0, 0, size, size);
          ctx.drawImage(img, 0, 0, size, size);
          const { data } = ctx.getImageData(0, 0, size, size);
          let text = '';
          for (let i = 0; i < data.length; i += 0x8000) text += String.fromCharCode(...data.subarray(i, i + 0x8000));
          return btoa(text);
        },
        { dataUrl, size },
      );
      pixels.set(size, Buffer.from(base64, 'base64'));
    }
    return pixels;
  } finally {
    await browser.close();
  }
}

// Run as a script (not imported by a test); pathToFileURL keeps Windows paths right.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])].sort((a, b) => a - b);
  const pixels = await renderAll(sizes);
  const png = (size) => encodePng(size, pixels.get(size));
  mkdirSync(join(build, 'icons'), { recursive: true });
  writeFileSync(join(build, 'icon.png'), png(1024));
  for (const size of LINUX_SIZES) writeFileSync(join(build, 'icons', `${size}x${size}.png`), png(size));
  // Vista and later read PNG entries; the small ones stay BMP for older shell code and NSIS.
  writeFileSync(
    join(build, 'icon.ico'),
    encodeIco(ICO_SIZES.map((size) => ({ size, data: size >= 256 ? png(size) : encodeDib(size, pixels.get(size)) }))),
  );
  writeFileSync(join(build, 'icon.icns'), encodeIcns(ICNS_TYPES.map(([type, size]) => ({ type, data: png(size) }))));
  console.log(`Risalah: ikon dibuat di build/ (${sizes.join(', ')} px).`);
}
