import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronNativeBinding } from '../../../electron/main/nativeBinding';
import { abiProblem, electronAbi, moduleVersionFromError, moduleVersionOf } from '../../../scripts/nativeModule.mjs';

const root = resolve(import.meta.dirname, '../../..');
const nodeBuild = join(dirname(createRequire(join(root, 'package.json')).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

describe('the two builds of better-sqlite3', () => {
  it("reads the ABI out of Node's refusal", () => {
    const message =
      "The module '/x/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 150. This version of Node.js requires\nNODE_MODULE_VERSION 115. Please try re-compiling or re-installing";
    expect(moduleVersionFromError(message)).toBe(150);
    expect(moduleVersionFromError('Cannot find module')).toBeNull();
  });

  it('node_modules keeps the Node build that npm test and the web shell load', () => {
    expect(moduleVersionOf(nodeBuild)).toBe(Number(process.versions.modules));
  });

  it(`knows Electron ${electronVersion}'s ABI and refuses a Node build in its place (the npm nodedir trap)`, async () => {
    const abi = await electronAbi(electronVersion);
    expect(abi).toBeGreaterThan(Number(process.versions.modules));
    expect(abiProblem(nodeBuild, abi)).toMatch(new RegExp(`dibuat untuk ABI ${process.versions.modules}, padahal Electron memerlukan ABI ${abi}`));
    expect(abiProblem(nodeBuild, Number(process.versions.modules))).toBeNull();
  });

  it('cannot be fooled by a file that is not a module', () => {
    const junk = join(mkdtempSync(join(tmpdir(), 'risalah-abi-')), 'better_sqlite3.node');
    writeFileSync(junk, 'bukan modul');
    expect(moduleVersionOf(junk)).toBeNull();
    expect(abiProblem(junk, 150)).toMatch(/tidak dapat diperiksa/);
  });
});

describe('nativeBinding', () => {
  const base = mkdtempSync(join(tmpdir(), 'risalah-binding-'));
  const resourcesPath = join(base, 'resources');
  const appPath = join(base, 'app');

  it('finds the packaged build in resources/native', () => {
    mkdirSync(join(resourcesPath, 'native'), { recursive: true });
    writeFileSync(join(resourcesPath, 'native', 'better_sqlite3.node'), '');
    expect(electronNativeBinding({ isPackaged: true, resourcesPath, appPath, electronVersion })).toBe(join(resourcesPath, 'native', 'better_sqlite3.node'));
  });

  it("finds the development build for this Electron version in .native, not another version's", () => {
    expect(electronNativeBinding({ isPackaged: false, resourcesPath, appPath, electronVersion })).toBeUndefined();
    mkdirSync(join(appPath, '.native', 'electron-44.0.0'), { recursive: true });
    writeFileSync(join(appPath, '.native', 'electron-44.0.0', 'better_sqlite3.node'), '');
    expect(electronNativeBinding({ isPackaged: false, resourcesPath, appPath, electronVersion })).toBeUndefined();
    mkdirSync(join(appPath, '.native', `electron-${electronVersion}`), { recursive: true });
    writeFileSync(join(appPath, '.native', `electron-${electronVersion}`, 'better_sqlite3.node'), '');
    expect(electronNativeBinding({ isPackaged: false, resourcesPath, appPath, electronVersion })).toBe(
      join(appPath, '.native', `electron-${electronVersion}`, 'better_sqlite3.node'),
    );
  });
});
