/** A decoded data-URL image with its pixel size, read from the file header. */
export type DecodedImage = Readonly<{ type: 'png' | 'jpg'; data: Buffer; width: number; height: number }>;

function pngSize(data: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (data.length < 24 || data.subarray(0, 8).toString('hex') !== signature) return null;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

// SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
function jpegSize(data: Buffer): { width: number; height: number } | null {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return null;
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return null;
    const marker = data[offset + 1] as number;
    const length = data.readUInt16BE(offset + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: data.readUInt16BE(offset + 5), width: data.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  return null;
}

/** Decodes a PNG or JPEG data URL; null for anything else or a damaged header. */
export function decodeImageDataUrl(dataUrl: string): DecodedImage | null {
  const match = /^data:image\/(png|jpe?g);base64,([A-Za-z0-9+/=\s]+)$/i.exec(dataUrl);
  if (!match) return null;
  const data = Buffer.from((match[2] as string).replace(/\s/g, ''), 'base64');
  const isPng = (match[1] as string).toLowerCase() === 'png';
  const size = isPng ? pngSize(data) : jpegSize(data);
  if (size === null || size.width === 0 || size.height === 0) return null;
  return { type: isPng ? 'png' : 'jpg', data, ...size };
}

/** Twips per CSS pixel: docx sizes images in 96-dpi pixels. */
const TWIPS_PER_PIXEL = 15;

/** The largest size, in docx pixels, that fits the box (twips) and keeps the aspect ratio. */
export function fitInBox(
  image: Pick<DecodedImage, 'width' | 'height'>,
  boxWidth: number,
  boxHeight: number,
): { width: number; height: number } {
  const scale = Math.min(boxWidth / image.width, boxHeight / image.height);
  return {
    width: Math.round((image.width * scale) / TWIPS_PER_PIXEL),
    height: Math.round((image.height * scale) / TWIPS_PER_PIXEL),
  };
}
