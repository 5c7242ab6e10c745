import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronExecutable, isolatedEnv } from '../../desktop/electronRuntime';

const root = resolve(import.meta.dirname, '../../..');
const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
});

/** A project folder whose node_modules/electron has path.txt and, when asked, the binary it names. */
function fakeProject(opts: { pathTxt: boolean; binary: boolean }): string {
  const dir = mkdtempSync(join(tmpdir(), 'risalah-electron-'));
  const pkg = join(dir, 'node_modules', 'electron');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{}');
  if (opts.pathTxt) writeFileSync(join(pkg, 'path.txt'), 'electron');
  if (opts.binary) writeFileSync(join(pkg, 'dist', 'electron'), '');
  return dir;
}

describe('finding the Electron binary for the desktop smoke test', () => {
  it('says skipped when Electron was never downloaded, or its binary is gone', () => {
    delete process.env['ELECTRON_OVERRIDE_DIST_PATH'];
    expect(electronExecutable(fakeProject({ pathTxt: false, binary: false }))).toEqual({ skip: 'skipped: Electron binary not available' });
    expect(electronExecutable(fakeProject({ pathTxt: true, binary: false }))).toEqual({ skip: 'skipped: Electron binary not available' });
  });

  it('answers the downloaded binary (given a display)', () => {
    delete process.env['ELECTRON_OVERRIDE_DIST_PATH'];
    process.env['DISPLAY'] = ':0';
    const dir = fakeProject({ pathTxt: true, binary: true });
    expect(electronExecutable(dir)).toEqual({ path: join(dir, 'node_modules', 'electron', 'dist', 'electron') });
  });

  it('gives the app a data folder of its own', () => {
    const env = isolatedEnv('/tmp/x');
    expect(env['XDG_CONFIG_HOME']).toBe(join('/tmp/x', 'config'));
    expect(env['APPDATA']).toBe(join('/tmp/x', 'appdata'));
  });

  // A machine with Electron runs the real smoke test instead (npm run test:desktop).
  const here = electronExecutable(root);
  it.skipIf(!('skip' in here))('npm run test:desktop prints the one skipped line and exits 0 where the binary is missing', () => {
    if (!('skip' in here)) throw new Error('unreachable: skipped above');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/desktop/smoke.mts'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(here.skip);
  });
});
