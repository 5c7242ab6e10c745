import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeTempDataDirs, startWebShell, tempDataDir } from './support/webShell';

/*
 * The harness's data folders go at the end of each file (support/setup.ts calls
 * removeTempDataDirs): 1,294 were once left in /tmp. A shell a failed test left running is
 * stopped first; RISALAH_KEEP_E2E_DATA=1 keeps the folders for a look after a failure.
 */
afterEach(() => {
  delete process.env['RISALAH_KEEP_E2E_DATA'];
});

describe('the e2e data folders', () => {
  it('are removed with what they hold, after the shell left running on one is stopped', async () => {
    const empty = tempDataDir();
    const form = tempDataDir('risalah-e2e-form-');
    writeFileSync(join(form, 'Formulir.xlsx'), 'x');
    const shell = await startWebShell(tempDataDir());
    expect(existsSync(join(shell.dataDir, 'risalah.db'))).toBe(true);
    await removeTempDataDirs();
    expect(shell.process.exitCode !== null || shell.process.signalCode !== null).toBe(true);
    expect([empty, form, shell.dataDir].filter((dir) => existsSync(dir))).toEqual([]);
  });

  it('are kept with RISALAH_KEEP_E2E_DATA=1', async () => {
    process.env['RISALAH_KEEP_E2E_DATA'] = '1';
    const kept = tempDataDir();
    try {
      await removeTempDataDirs();
      expect(existsSync(kept)).toBe(true);
    } finally {
      rmSync(kept, { recursive: true, force: true });
    }
  });
});
