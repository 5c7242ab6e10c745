import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { startWebShell, tempDataDir, type WebShell } from './support/webShell';

/*
 * Issue 15 in the built web shell: an archive export hashes and deflates the whole database in
 * the export worker. Her saves are answered meanwhile; SIGTERM during it ends the process within
 * 2 s with the file intact, and the export's work folder (a full copy) is gone at the next start.
 */
const MEETING = '00000000-0000-4000-8000-000000000001';
const SMALL_SECTION = '10000000-0000-4000-8000-000000000000';

function seededDataDir(): string {
  const dataDir = tempDataDir();
  const { db } = openDatabase(join(dataDir, 'risalah.db'));
  db.prepare(
    "INSERT INTO meetings (id, title, date, created_at, updated_at) VALUES (?, 'Rapat koordinasi', '2026-11-27', 1, 1)",
  ).run(MEETING);
  const insert = db.prepare(
    "INSERT INTO minute_sections (id, meeting_id, kind, position, content_text, created_at, updated_at) VALUES (?, ?, 'DISCUSSION', ?, ?, 1, 1)",
  );
  insert.run(SMALL_SECTION, MEETING, 0, 'Pembahasan singkat.');
  // ~40 MB that deflate cannot shrink much: the export takes seconds, not milliseconds.
  for (let i = 1; i <= 40; i += 1)
    insert.run(
      `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      MEETING,
      i,
      randomBytes(500_000).toString('base64'),
    );
  db.close();
  return dataDir;
}

function post(shell: WebShell, channel: string, input: unknown): Promise<{ ok: boolean }> {
  return fetch(`${shell.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${shell.token}` },
    body: JSON.stringify(input),
  }).then((response) => response.json() as Promise<{ ok: boolean }>);
}

const workFolders = (dataDir: string) => readdirSync(dataDir).filter((name) => name.startsWith('.arsip-'));

describe('an archive export in the web shell', () => {
  it('answers saves while it runs, stops on SIGTERM within 2 s with the file intact, and leaves no work folder', async () => {
    const dataDir = seededDataDir();
    let shell = await startWebShell(dataDir);
    const exporting = post(shell, 'backups:export-archive', {}).catch(() => ({ ok: false }));
    // Wait until the copy exists: the export is then past its start and into its long part.
    const until = performance.now() + 30_000;
    while (performance.now() < until && workFolders(dataDir).length === 0)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(workFolders(dataDir)).toHaveLength(1);
    const content = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ketikan selama ekspor.' }] }],
    };
    expect((await post(shell, 'minutes:save-section', { id: SMALL_SECTION, baseRevision: 0, content })).ok).toBe(true);

    const started = performance.now();
    const code = await shell.stop('SIGTERM');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(code).toBe(0);
    expect((await exporting).ok).toBe(false);

    const db = new Database(join(dataDir, 'risalah.db'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const saved = db.prepare('SELECT content_text AS text FROM minute_sections WHERE id = ?').get(SMALL_SECTION) as {
        text: string;
      };
      expect(saved.text).toContain('Ketikan selama ekspor.');
    } finally {
      db.close();
    }

    shell = await startWebShell(dataDir);
    try {
      expect(workFolders(dataDir)).toEqual([]);
    } finally {
      await shell.stop();
    }
  }, 120_000);
});
