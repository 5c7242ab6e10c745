import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const requireFromRoot = createRequire(join(root, 'package.json'));

type BuilderConfig = Record<string, unknown> & {
  appId: string;
  productName: string;
  win: { target: Array<{ target: string; arch: string[] }>; icon: string };
  nsis: Record<string, unknown>;
  linux: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  extraResources: Array<{ from: string; to: string }>;
  asarUnpack: string[];
  files: string[];
  electronFuses: Record<string, boolean>;
  fileAssociations: Array<{ ext: string }>;
};

/** electron-builder's own loading and validation, exactly as `electron-builder` runs them first (no network). */
const builder = requireFromRoot('app-builder-lib/out/util/config/config') as {
  getConfig: (projectDir: string, configPath: string | null, fromOptions: unknown) => Promise<BuilderConfig>;
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
};
const { DebugLogger } = requireFromRoot('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const validate = (config: unknown) => builder.validateConfiguration(config, new DebugLogger(false));
const load = () => builder.getConfig(root, null, null);

describe('electron-builder.yml', () => {
  it("passes electron-builder's configuration schema", async () => {
    await expect(validate(await load())).resolves.toBeUndefined();
  });

  it('the validation is real: a misspelt option is refused', async () => {
    const config = await load();
    await expect(validate({ ...config, nsis: { ...config.nsis, perMachin: false } })).rejects.toThrow(/configuration\.nsis/);
    await expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).rejects.toThrow(/electronFuses/);
  });

  it('names the app and builds the targets of the issue', async () => {
    const config = await load();
    expect(config.appId).toBe('id.go.pemda.risalah');
    expect(config.productName).toBe('Risalah');
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('installs per user on Windows, in Indonesian or English, and keeps her data on uninstall', async () => {
    const { nsis } = await load();
    expect(nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      installerLanguages: ['id_ID', 'en_US'],
      language: '1057',
      multiLanguageInstaller: true,
      deleteAppDataOnUninstall: false,
    });
  });

  it('matches the AppUserModelID main sets for notifications', async () => {
    const main = readFileSync(join(root, 'electron/main/index.ts'), 'utf8');
    expect(main).toContain(`const APP_ID = '${(await load()).appId}'`);
  });

  it('ships the Electron build of SQLite outside the asar, where nativeBinding.ts looks', async () => {
    const config = await load();
    expect(config.npmRebuild).toBe(false);
    expect(config.extraResources).toContainEqual({ from: '.native/dist/better_sqlite3.node', to: 'native/better_sqlite3.node' });
    expect(config.asarUnpack).toContain('**/*.node');
    expect(readFileSync(join(root, 'electron/main/nativeBinding.ts'), 'utf8')).toContain("join(opts.resourcesPath, 'native', 'better_sqlite3.node')");
  });

  it('flips the fuses an app served from app:// and an asar does not need', async () => {
    expect((await load()).electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('associates the archive extension that openFileArgs opens', async () => {
    const { fileAssociations } = await load();
    expect(fileAssociations.map((a) => a.ext)).toEqual(['risalah']);
  });
});

/** Width and height from a PNG's IHDR. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('build/ icons', () => {
  const file = (name: string) => readFileSync(join(root, 'build', name));

  it('has a 1024 px icon.png and the Linux set at every size', () => {
    expect(pngSize(file('icon.png'))).toEqual({ width: 1024, height: 1024 });
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(file(`icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it('is the deep government blue, not an empty or placeholder image', () => {
    // The 16 px icon has no gradient: its centre-left pixel is #00359a; a blank PNG would fail here.
    const bytes = file('icons/16x16.png');
    expect(bytes.length).toBeGreaterThan(150);
    const ico = file('icon.ico');
    const entry16 = ico.readUInt32LE(6 + 12); // offset of the first (16 px, BMP) entry
    const pixel = (x: number, y: number) => {
      const at = entry16 + 40 + ((15 - y) * 16 + x) * 4; // BGRA, bottom-up
      return [ico[at + 2], ico[at + 1], ico[at], ico[at + 3]];
    };
    expect(pixel(1, 8)).toEqual([0x00, 0x35, 0x9a, 255]);
    expect(pixel(6, 12)).toEqual([255, 255, 255, 255]);
  });

  it('has a Windows icon with 16 to 256 px, the 256 one as PNG', () => {
    const ico = file('icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const at = 6 + i * 16;
      const size = ico[at] === 0 ? 256 : (ico[at] as number);
      sizes.push(size);
      const offset = ico.readUInt32LE(at + 12);
      const length = ico.readUInt32LE(at + 8);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      if (size === 256) expect(pngSize(ico.subarray(offset, offset + length))).toEqual({ width: 256, height: 256 });
      else expect(ico.readInt32LE(offset + 4)).toBe(size); // BITMAPINFOHEADER width
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('has a macOS icon with every standard and @2x size up to 1024 px', () => {
    const icns = file('icon.icns');
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found = new Map<string, number>();
    for (let at = 8; at < icns.length; ) {
      const type = icns.subarray(at, at + 4).toString('ascii');
      const length = icns.readUInt32BE(at + 4);
      found.set(type, pngSize(icns.subarray(at + 8, at + length)).width);
      at += length;
    }
    expect(Object.fromEntries(found)).toEqual({
      icp4: 16, icp5: 32, icp6: 64, ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic11: 32, ic12: 64, ic13: 256, ic14: 512,
    });
  });

  it('keeps the SVG sources beside the icons', () => {
    for (const name of ['icon.svg', 'icon-small.svg', 'icon-16.svg']) expect(existsSync(join(root, 'build', name))).toBe(true);
  });
});
