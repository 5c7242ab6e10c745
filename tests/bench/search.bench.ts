import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../electron/main/db/connection';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { matchExpression } from '../../shared/domain/search';
import { generateArchive, type ArchiveShape } from './archiveGenerator';
import { percentile, printFigure } from './stats';

/*
 * search:query top 50 through dispatch (validation, MATCH building, snippets,
 * the live-meeting filter) next to the raw FTS5 query in the same run, on a
 * generated archive at 1x and at 10x. The full 10-year dataset (3,000 meetings,
 * ~200 MB of minutes) is a later issue; BENCH_SEARCH_SCALE=30 approaches it.
 * p0 (the fastest run) is printed too: on a shared, loaded machine it is the
 * figure least disturbed by other processes.
 */

const BASE: ArchiveShape = { meetings: 100, sectionsPerMeeting: 8, wordsPerSection: 700, seed: 20261127 };

/** What she might type: a common word, two or three words, a prefix while typing, a name, operators. */
const QUERIES = [
  'rapat',
  'imunisasi balita',
  'jembatan irigasi banjir',
  'pendid',
  'dinas kesehatan',
  '"stunting" -gizi',
  'pupuk benih penyuluh',
];

const ROUNDS = 15;
const log = { info: () => undefined, error: () => undefined };

type Archive = { db: Db; dir: string; megabytes: number; rows: number };

function buildArchive(scale: number): Archive {
  const dir = mkdtempSync(join(tmpdir(), 'risalah-bench-search-'));
  const file = join(dir, 'risalah.db');
  const { db } = openDatabase(file);
  const { rows } = generateArchive(db, { ...BASE, meetings: BASE.meetings * scale });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('optimize');
  return { db, dir, rows, megabytes: statSync(file).size / 1048576 };
}

async function measure(archive: Archive) {
  const ctx = {
    db: archive.db,
    now: () => Date.now(),
    actor: 'bench',
    appInfo: { version: 'bench', shell: 'web' as const, dataFile: '', dataId: '' },
    files: null as never,
  };
  const raw = archive.db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 50');
  const rawWithSnippets = archive.db.prepare(
    `SELECT rowid, highlight(search_index, 0, ?, ?) AS t, snippet(search_index, 1, ?, ?, '…', 24) AS s
     FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 50`,
  );
  const viaDispatch: number[] = [];
  const viaRaw: number[] = [];
  const viaRawSnippets: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const query of QUERIES) {
      const match = matchExpression(query) as string;
      let start = performance.now();
      const result = await dispatch('search:query', { query, limit: 50 }, ctx, log);
      viaDispatch.push(performance.now() - start);
      if (!result.ok) throw new Error(result.error.message);
      start = performance.now();
      raw.all(match);
      viaRaw.push(performance.now() - start);
      start = performance.now();
      rawWithSnippets.all('\uE000', '\uE001', '\uE000', '\uE001', match);
      viaRawSnippets.push(performance.now() - start);
    }
  }
  return { viaDispatch, viaRaw, viaRawSnippets };
}

export async function run(): Promise<void> {
  const tenfold = Number(process.env['BENCH_SEARCH_SCALE'] ?? 10);
  const results = [];
  for (const scale of [1, tenfold]) {
    const started = performance.now();
    const archive = buildArchive(scale);
    console.log(
      `archive ${scale}x: ${BASE.meetings * scale} meetings, ${archive.rows} rows, ${archive.megabytes.toFixed(1)} MB (generated in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    const figures = await measure(archive);
    for (const p of [0, 50, 95]) {
      printFigure({
        name: `search:query top 50 via dispatch ${scale}x, p${p}`,
        value: percentile(figures.viaDispatch, p),
        baseline: percentile(figures.viaRaw, p),
        unit: 'ms',
        goal: '<= 1.5x raw FTS MATCH',
      });
      printFigure({
        name: `  same, vs raw FTS with highlight+snippet ${scale}x, p${p}`,
        value: percentile(figures.viaDispatch, p),
        baseline: percentile(figures.viaRawSnippets, p),
        unit: 'ms',
      });
    }
    results.push(figures);
    archive.db.close();
    rmSync(archive.dir, { recursive: true, force: true });
  }
  const [one, ten] = results as [Awaited<ReturnType<typeof measure>>, Awaited<ReturnType<typeof measure>>];
  for (const p of [0, 50, 95]) {
    printFigure({
      name: `search:query growth ${tenfold}x data vs 1x, p${p}`,
      value: percentile(ten.viaDispatch, p),
      baseline: percentile(one.viaDispatch, p),
      unit: 'ms',
      goal: '<= 1.5x',
    });
    printFigure({
      name: `  raw FTS MATCH growth ${tenfold}x vs 1x, p${p}`,
      value: percentile(ten.viaRaw, p),
      baseline: percentile(one.viaRaw, p),
      unit: 'ms',
    });
  }
}
