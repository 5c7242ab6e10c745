import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { Logger } from '../../../electron/main/log';
import { SUPERSEDED } from '../../../electron/main/workers/readWorkers';
import type { SearchResults } from '../../../shared/domain/search';
import { SMALL_SECTION } from '../support/largeSections';
import { useLargeSectionsWithWorkers } from '../support/workersDb';

/*
 * Issue 15: a search through sections holding one word 100,000 times froze every other
 * request. Here the search runs in its worker while autosaves and app:info are sent
 * through the same dispatch: they must keep answering within 50 ms (p95), and several of
 * them must be answered before the search is (on the main thread none could be).
 */
const HUGE_SECTIONS = 40;

const log: Logger = { info: vi.fn(), error: vi.fn() };
const world = useLargeSectionsWithWorkers(HUGE_SECTIONS, () => 'kata '.repeat(100_000), log);

const p95 = (samples: ReadonlyArray<number>) =>
  [...samples].sort((a, b) => a - b)[Math.ceil(samples.length * 0.95) - 1] ?? Number.NaN;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the pathological search in its worker', () => {
  it('leaves autosaves and app:info answering within 50 ms while it runs', async () => {
    let searching = true;
    const search = dispatch('search:query', { query: 'kata' }, world.ctx, log).finally(() => {
      searching = false;
    });
    const saves: number[] = [];
    const infos: number[] = [];
    let revision = 0;
    while (searching) {
      let started = performance.now();
      const content = {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: `Ketikan ke-${revision}.` }] }],
      };
      const saved = await dispatch(
        'minutes:save-section',
        { id: SMALL_SECTION, baseRevision: revision, content },
        world.ctx,
        log,
      );
      saves.push(performance.now() - started);
      expect(saved.ok).toBe(true);
      revision += 1;
      started = performance.now();
      expect((await dispatch('app:info', {}, world.ctx, log)).ok).toBe(true);
      infos.push(performance.now() - started);
      await pause(10);
    }
    const result = await search;
    expect(result.ok).toBe(true);
    expect((result as { value: SearchResults }).value.total).toBe(HUGE_SECTIONS);
    // Answered while the search ran: proof it did not run on this thread.
    expect(saves.length).toBeGreaterThanOrEqual(5);
    expect(p95(saves), saves.map((ms) => ms.toFixed(1)).join(' ')).toBeLessThan(50);
    expect(p95(infos)).toBeLessThan(50);
  }, 60_000);

  it('a newer search ends the one still running; the newer one answers', async () => {
    const older = dispatch('search:query', { query: 'kata' }, world.ctx, log);
    await pause(50);
    // The first test's autosaves left "Ketikan ke-N." in the small section.
    const newer = dispatch('search:query', { query: 'ketikan' }, world.ctx, log);
    const [first, second] = await Promise.all([older, newer]);
    expect(first).toEqual({ ok: false, error: { code: 'CONFLICT', message: SUPERSEDED } });
    expect(second.ok && (second.value as SearchResults).total, JSON.stringify(second)).toBe(1);
  }, 60_000);
});
