import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL_SECTION } from '../main/support/largeSections';
import { dataDirWithLargeSections } from './support/sectionsDataDir';
import { postApi } from './support/shellApi';
import { startWebShell } from './support/webShell';

/*
 * Issue 15 in the built web shell: an archive export hashes and deflates the whole database in
 * the export worker. Her saves are answered meanwhile; SIGTERM during it ends the process within
 * 2 s with the file intact, and the export's work folder (a full copy) is gone at the next start.
 */
const workFolders = (dataDir: string) => readdirSync(dataDir).filter((name) => name.startsWith('.arsip-'));

describe('an archive export in the web shell', () => {
  it('answers saves while it runs, stops on SIGTERM within 2 s with the file intact, and leaves no work folder', async () => {
    // ~40 MB that deflate cannot shrink much: the export takes seconds, not milliseconds.
    const dataDir = dataDirWithLargeSections(40, () => randomBytes(500_000).toString('base64'));
    let shell = await startWebShell(dataDir);
    const exporting = postApi(shell, 'backups:export-archive', {}).catch(() => ({ ok: false }));
    // Wait until the copy exists: the export is then past its start and into its long part.
    const until = performance.now() + 30_000;
    while (performance.now() < until && workFolders(dataDir).length === 0)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(workFolders(dataDir)).toHaveLength(1);
    const content = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ketikan selama ekspor.' }] }],
    };
    expect((await postApi(shell, 'minutes:save-section', { id: SMALL_SECTION, baseRevision: 0, content })).ok).toBe(
      true,
    );

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
