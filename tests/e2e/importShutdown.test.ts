import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { api, postApi } from './support/shellApi';
import { startWebShell, tempDataDir, type WebShell } from './support/webShell';

/*
 * Issue 15 in the built web shell: a big import is written in slices (hidden rows), decided in
 * one tiny transaction, then made live in slices. SIGTERM while the slices run ends the process
 * within 2 s, the file intact and none of the file's officials live; a kill before the decision
 * leaves nothing at the next start, a kill after it leaves the whole file (never half of it).
 */
const OFFICIALS = 30_000;

async function upload(shell: WebShell, csv: string): Promise<string> {
  const dataBase64 = Buffer.from(csv).toString('base64');
  const staged = await api<{ fileId: string }>(shell, 'files:upload', {
    purpose: 'import-master',
    name: 'pejabat.csv',
    dataBase64,
  });
  return staged.fileId;
}

/** A new data folder whose shell is applying an import of OFFICIALS officials (not awaited). */
async function startBigImport() {
  const dataDir = tempDataDir();
  const file = join(dataDir, 'risalah.db');
  openDatabase(file).db.close();
  const shell = await startWebShell(dataDir);
  const lines = ['nama,jabatan'];
  for (let i = 0; i < OFFICIALS; i += 1) lines.push(`Pegawai Uji ${i},Staf Pelaksana`);
  const fileId = await upload(shell, lines.join('\n'));
  const applying = postApi(shell, 'import:apply-master', { fileId }).catch(() => ({ ok: false }));
  return { dataDir, file, shell, applying };
}

function count(file: string, sql: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Polls `reached` every `pollMs` until it holds or `ms` have passed: the moment a test cuts the import at. */
async function pollUntil(reached: () => boolean, ms: number, pollMs: number): Promise<void> {
  const until = performance.now() + ms;
  while (performance.now() < until && !reached()) await new Promise((resolve) => setTimeout(resolve, pollMs));
}

/** Starts the big import and kills the app (SIGKILL, a power cut) once `sql` counts a row; the request ends. */
async function killBigImportOnceCounted(sql: string, ms: number, pollMs: number) {
  const { dataDir, file, applying, shell } = await startBigImport();
  const rows = () => count(file, sql);
  await pollUntil(() => rows() > 0, ms, pollMs);
  await shell.stop('SIGKILL');
  await applying;
  return { dataDir, file, rows };
}

/** Starts the app again on the data folder, waits for its start-up check, runs `check` on the file, and stops it. */
async function afterRestart(dataDir: string, check: () => void): Promise<void> {
  const shell = await startWebShell(dataDir);
  try {
    // backups:health waits for the start-up check, after which the file is open for writing.
    expect((await postApi(shell, 'backups:health', {})).ok).toBe(true);
    check();
  } finally {
    await shell.stop();
  }
}

describe('a big import in the web shell', () => {
  it('stops on SIGTERM within 2 s while its slices run, leaving the file intact and nothing of the file live', async () => {
    const big = await startBigImport();
    const { dataDir, file, applying } = big;
    let shell = big.shell;
    await pollUntil(() => count(file, 'SELECT count(*) AS n FROM people WHERE deleted_at IS NOT NULL') > 0, 60_000, 20);
    expect(count(file, 'SELECT count(*) AS n FROM people WHERE deleted_at IS NOT NULL')).toBeGreaterThan(0);
    const started = performance.now();
    const code = await shell.stop('SIGTERM');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(code).toBe(0);
    expect((await applying).ok).toBe(false);

    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((db.prepare('SELECT count(*) AS n FROM people WHERE deleted_at IS NULL').get() as { n: number }).n).toBe(
        0,
      );
    } finally {
      db.close();
    }

    shell = await startWebShell(dataDir);
    try {
      const small = await upload(shell, 'nama,jabatan\nIbu Sekretaris,Sekretaris Daerah');
      expect(await postApi(shell, 'import:apply-master', { fileId: small })).toMatchObject({
        ok: true,
        value: { peopleCreated: 1 },
      });
    } finally {
      await shell.stop();
    }
    expect(count(file, 'SELECT count(*) AS n FROM people')).toBe(1);
    expect(count(file, "SELECT count(*) AS n FROM audit_log WHERE entity = 'person'")).toBe(1);
  }, 120_000);

  it('killed while its slices run, leaves nothing hidden once the app has started again, without another import', async () => {
    const {
      dataDir,
      file,
      rows: hidden,
    } = await killBigImportOnceCounted('SELECT count(*) AS n FROM people WHERE deleted_at IS NOT NULL', 60_000, 20);
    expect(hidden()).toBeGreaterThan(0);

    await afterRestart(dataDir, () => {
      expect(hidden()).toBe(0);
      expect(count(file, "SELECT count(*) AS n FROM search_keys WHERE meeting_id = 'impor-belum-terbit'")).toBe(0);
      expect(count(file, "SELECT count(*) AS n FROM audit_log WHERE entity = 'person'")).toBe(0);
      expect(count(file, 'SELECT count(*) AS n FROM people')).toBe(0);
    });
  }, 120_000);

  it('killed after the decision, while its rows go live, is finished at the next start: the whole file, nothing hidden', async () => {
    const {
      dataDir,
      file,
      rows: live,
    } = await killBigImportOnceCounted('SELECT count(*) AS n FROM people WHERE deleted_at IS NULL', 90_000, 5);
    const seen = live();
    expect(seen).toBeGreaterThan(0);
    expect(count(file, "SELECT count(*) AS n FROM settings WHERE key = 'import.publishing'")).toBe(1);

    await afterRestart(dataDir, () => {
      expect(live()).toBe(OFFICIALS);
      expect(count(file, 'SELECT count(*) AS n FROM people WHERE deleted_at IS NOT NULL')).toBe(0);
      expect(count(file, "SELECT count(*) AS n FROM search_keys WHERE kind = 'person' AND meeting_id IS NULL")).toBe(
        OFFICIALS,
      );
      expect(count(file, "SELECT count(*) AS n FROM settings WHERE key = 'import.publishing'")).toBe(0);
    });
  }, 150_000);
});
