import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL_SECTION } from '../main/support/largeSections';
import { dataDirWithLargeSections } from './support/sectionsDataDir';
import { postApi } from './support/shellApi';
import { startWebShell } from './support/webShell';

/*
 * Issue 15 in the built web shell: a search through sections holding one word 100,000
 * times used to keep the process from answering anything, SIGTERM included. Now it runs in
 * a worker: the shell keeps answering, and stops within 2 s with the file intact.
 */
const HUGE_SECTIONS = 40;

describe('the pathological search in the web shell', () => {
  it('keeps autosaves answering while it runs, and SIGTERM during it ends the process within 2 s, the file intact', async () => {
    const dataDir = dataDirWithLargeSections(HUGE_SECTIONS, () => 'kata '.repeat(100_000));
    const shell = await startWebShell(dataDir);
    await postApi(shell, 'search:query', { query: 'singkat' }); // starts the search worker

    let searching = true;
    const search = postApi(shell, 'search:query', { query: 'kata' }).finally(() => {
      searching = false;
    });
    const saves: number[] = [];
    for (let revision = 0; searching && revision < 200; revision += 1) {
      const started = performance.now();
      const content = {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: `Ketikan ke-${revision}.` }] }],
      };
      expect(
        (await postApi(shell, 'minutes:save-section', { id: SMALL_SECTION, baseRevision: revision, content })).ok,
      ).toBe(true);
      saves.push(performance.now() - started);
    }
    expect((await search).ok).toBe(true);
    expect(saves.length).toBeGreaterThanOrEqual(5);
    // Over HTTP on a shared 2-core machine the tail is the machine's: the 50 ms p95 is held in
    // process (tests/main/workers/nonBlockingSearch.test.ts) and measured by `npm run bench`.
    const sorted = [...saves].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)], sorted.map((ms) => ms.toFixed(0)).join(' ')).toBeLessThan(50);

    // Again, and this time she closes the app while it runs.
    const abandoned = postApi(shell, 'search:query', { query: 'kat' }).catch(() => ({ ok: false }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    const code = await shell.stop('SIGTERM');
    const elapsed = performance.now() - started;
    await abandoned;
    expect(elapsed).toBeLessThan(2000);
    expect(code).toBe(0);

    const db = new Database(join(dataDir, 'risalah.db'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(
        (db.prepare('SELECT revision FROM minute_sections WHERE id = ?').get(SMALL_SECTION) as { revision: number })
          .revision,
      ).toBe(saves.length);
    } finally {
      db.close();
    }
  });
});
