import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from '../../../electron/main/db/connection';
import { AppDataStore } from '../../../electron/main/db/dataStore';
import { mergeSearchStep, searchSegmentCount } from '../../../electron/main/db/searchIndexMerge';
import { createSearchMaintenance, IDLE_MS } from '../../../electron/main/services/searchMaintenance';
import { generateArchive } from '../../bench/archiveGenerator';
import { writeInSmallTransactions } from '../support/smallSaves';
import { openTempDb, type TempDb } from '../support/tempDb';

/*
 * The background merge of the search index (issue 17) runs only while she is idle, a step at a
 * time with the event loop free in between, never while the file is being checked, restored or
 * is in recovery, and stops once the index is one segment. Timers and her requests are faked.
 */
let temp: TempDb;

/** A clock whose timers run only when a test moves it. */
function fakeClock() {
  let now = 0;
  let timers: { at: number; run: () => void }[] = [];
  return {
    now: () => now,
    setTimeout: (run: () => void, ms: number) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (timer: unknown) => {
      timers = timers.filter((t) => t !== timer);
    },
    get waiting() {
      return timers.length;
    },
    /** Runs the earliest timer alone, moving time to it. */
    runNext() {
      const due = [...timers].sort((a, b) => a.at - b.at)[0];
      if (!due) throw new Error('no timer waiting');
      timers = timers.filter((t) => t !== due);
      now = Math.max(now, due.at);
      due.run();
    },
    /** Moves time on by `ms`, running each timer that falls due, in order. */
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = Math.max(now, due.at);
        due.run();
      }
      now = until;
    },
  };
}

function setUp(store: AppDataStore) {
  const clock = fakeClock();
  let lastRequest = Number.NEGATIVE_INFINITY;
  const log = { info: vi.fn(), error: vi.fn() };
  const steps: number[] = [];
  const maintenance = createSearchMaintenance(store, log, {
    clock,
    quietFor: (now) => now - lastRequest,
    step: (db: Db) => {
      steps.push(clock.now());
      return mergeSearchStep(db, 8);
    },
  });
  return { clock, log, steps, maintenance, request: () => (lastRequest = clock.now()) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  temp = openTempDb();
  generateArchive(temp.db, { meetings: 40, sectionsPerMeeting: 3, wordsPerSection: 40, seed: 4 });
  writeInSmallTransactions(temp.db, 200);
});
afterEach(() => temp.dispose());

describe('search maintenance', () => {
  it('merges only while she is idle, one step per timer, and stops when the index is one segment', async () => {
    const store = new AppDataStore(temp.file, temp.db, { state: 'ok' });
    const { clock, log, steps, maintenance, request } = setUp(store);
    expect(searchSegmentCount(temp.db)).toBeGreaterThan(4);
    request();
    maintenance.start();
    await flush();
    clock.advance(IDLE_MS - 1);
    expect(steps).toHaveLength(0);
    clock.runNext();
    expect(steps).toEqual([IDLE_MS]);
    // Each step is its own timer: a request answered between two holds the next one back.
    request();
    clock.runNext();
    expect(steps).toHaveLength(1);
    clock.runNext();
    expect(steps).toEqual([IDLE_MS, 2 * IDLE_MS]);
    clock.advance(60_000);
    expect(searchSegmentCount(temp.db)).toBe(1);
    expect(maintenance.pending).toBe(false);
    expect(clock.waiting).toBe(0);
    const taken = steps.length;
    expect(taken).toBeGreaterThan(2);
    clock.advance(60_000);
    expect(steps).toHaveLength(taken);
    expect(log.info).toHaveBeenCalledWith(expect.stringMatching(/^search index merged: \d+ -> 1 segment/));
    expect(log.error).not.toHaveBeenCalled();
  });

  it('does not run while the start-up check runs, nor in recovery', async () => {
    const checking = new AppDataStore(temp.file, temp.db, { state: 'ok' });
    let pass: (verdict: { ok: true }) => void = () => undefined;
    const other = openDatabase(temp.file).db;
    void checking.beginCheck(new Promise((resolve) => (pass = resolve)), () => other);
    const { clock, steps, maintenance } = setUp(checking);
    maintenance.start();
    await flush();
    clock.advance(10 * IDLE_MS);
    expect(steps).toHaveLength(0);
    pass({ ok: true });
    await checking.checked();
    await flush();
    clock.advance(60_000);
    expect(steps.length).toBeGreaterThan(0);
    expect(searchSegmentCount(other)).toBe(1);
    other.close();

    const recovery = new AppDataStore(temp.file, null, { state: 'recovery', detail: 'rusak' });
    const inRecovery = setUp(recovery);
    inRecovery.maintenance.start();
    await flush();
    inRecovery.clock.advance(60_000);
    expect(inRecovery.steps).toHaveLength(0);
    inRecovery.maintenance.stop();
    expect(inRecovery.clock.waiting).toBe(0);
  });

  it('waits while a restore swaps the file, then merges the new one', async () => {
    const store = new AppDataStore(temp.file, temp.db, { state: 'ok' });
    const { clock, steps, maintenance } = setUp(store);
    maintenance.start();
    await flush();
    clock.advance(60_000);
    expect(maintenance.pending).toBe(false);
    const merged = steps.length;
    await store.exclusive('swap', async () => {
      // The new file is written in small pieces too (here: the same file written to again).
      writeInSmallTransactions(temp.db, 100, 9);
      expect(maintenance.pending).toBe(true);
      clock.advance(60_000);
      expect(steps).toHaveLength(merged);
    });
    clock.advance(60_000);
    expect(steps.length).toBeGreaterThan(merged);
    expect(searchSegmentCount(temp.db)).toBe(1);
  });

  it('a save of hers while the merge runs is kept, on the same connection or another; one holding the lock only postpones a step', async () => {
    const store = new AppDataStore(temp.file, temp.db, { state: 'ok' });
    const { clock, log, steps, maintenance } = setUp(store);
    const other = openDatabase(temp.file).db;
    try {
      maintenance.start();
      await flush();
      clock.runNext();
      expect(steps).toHaveLength(1);
      temp.db.prepare("UPDATE minute_sections SET content_text = 'simpanan pertama' WHERE rowid = 1").run();
      other.transaction(() => {
        other.prepare("UPDATE minute_sections SET content_text = 'simpanan kedua' WHERE rowid = 2").run();
      })();
      // Another connection in the middle of a save: the step due now finds the lock taken and waits its turn.
      other.exec('BEGIN IMMEDIATE');
      other.prepare("UPDATE minute_sections SET content_text = 'simpanan ketiga' WHERE rowid = 3").run();
      clock.runNext();
      clock.runNext();
      expect(steps).toHaveLength(3);
      expect(steps[2]).toBe((steps[1] ?? 0) + IDLE_MS);
      expect(maintenance.pending).toBe(true);
      other.exec('COMMIT');
      clock.advance(60_000);
      expect(maintenance.pending).toBe(false);
      expect(searchSegmentCount(temp.db)).toBe(1);
      expect(log.error).not.toHaveBeenCalled();
      const found = temp.db.prepare('SELECT count(*) FROM search_index WHERE search_index MATCH ?').pluck();
      for (const word of ['pertama', 'kedua', 'ketiga']) expect(found.get(`simpanan ${word}`), word).toBe(1);
    } finally {
      other.close();
    }
  });
});
