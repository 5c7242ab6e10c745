import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * `npm run bench` in its reduced form (--quick: scale 0.01 and 0.1, two rounds), so the
 * benchmarks cannot rot between the runs by hand. Nothing here judges a timing: it checks
 * that every bench ran, printed its figures against a baseline, and that the report keeps
 * its hand-written part.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'risalah-bench-smoke-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('e2e: npm run bench, reduced', () => {
  it('runs every quick benchmark and writes the report with its figures', () => {
    const report = join(work, 'PERFORMANCE.md');
    copyFileSync(join(ROOT, 'docs/PERFORMANCE.md'), report);
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'tests/bench/run.mts', '--quick', '--write-report', '--report', report],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 600_000,
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const text = readFileSync(report, 'utf8');
    expect(text).not.toMatch(/\*\*failed\*\*/);
    const figures = [...text.matchAll(/^\| (.+?) \| ([\d.]+) (\S+) \| ([\d.]+) \S+ \| ([\d.]+)x \|/gm)];
    const names = figures.map((match) => match[1] ?? '');
    for (const expected of [
      /^P1 keystroke -> next paint, p95/,
      /^P2 autosave round trip .*p95/,
      /^per-OPD dashboard at scale 0\.01 vs its raw SQL, p50/,
      /^per-OPD dashboard at scale 0\.1 vs its raw SQL, p50/,
      /^search:query top 50, common words, growth scale 0\.1 vs scale 0\.01, p50/,
      /^Tindak Lanjut first page, one OPD Terlambat, growth scale 0\.1 vs scale 0\.01, p50/,
      /^open a meeting \(its channels up to the first tab, in process\), growth scale 0\.1 vs scale 0\.01, p50/,
      /^carry-over first page, growth scale 0\.1 vs scale 0\.01, p50/,
      /^P3 start to Beranda painted \(scale 0\.1,/,
      /^P3 open a meeting \(scale 0\.01,/,
      /^P5 initial JS \(gzip\)/,
    ]) {
      expect(
        names.some((name) => expected.test(name)),
        `${expected} in the report`,
      ).toBe(true);
    }
    for (const match of figures) {
      expect(Number(match[2]), match[1]).toBeGreaterThan(0);
      expect(Number.isFinite(Number(match[5])), match[1]).toBe(true);
    }
    // The hand-written part (runs by hand, reasons) comes through the regeneration unchanged.
    const original = readFileSync(join(ROOT, 'docs/PERFORMANCE.md'), 'utf8');
    const handWritten = original.slice(original.indexOf('\n## Runs by hand and reasons'));
    expect(handWritten.length).toBeGreaterThan(200);
    expect(text.endsWith(handWritten)).toBe(true);
  }, 900_000);
});
