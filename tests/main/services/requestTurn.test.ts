import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packRows } from '../../../electron/main/services/import/packedRows';
import { stageInSlices } from '../../../electron/main/services/import/importSlices';
import {
  LONG_REQUEST_MS,
  MAX_WAIT_MS,
  QUIET_MS,
  requestStarted,
  requestsFirst,
  resetRequestTurn,
  waitBeforeSlice,
} from '../../../electron/main/services/requestTurn';
import type { ImportedPerson } from '../../../electron/main/repositories/masterImportRepository';
import { openTempDb, type TempDb } from '../support/tempDb';

/*
 * Issue 15, requests first: an import's slices on the main thread start only when no request of
 * hers is being answered and none was answered a moment ago, so a save never waits behind a
 * slice that began after it arrived.
 */
let temp: TempDb;

beforeEach(() => {
  resetRequestTurn();
  temp = openTempDb();
});
afterEach(() => {
  resetRequestTurn();
  temp.dispose();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the request turn', () => {
  it('holds slices while a request is answered and for a moment after, then lets them go', () => {
    expect(waitBeforeSlice(1000)).toBe(0);
    const answered = requestStarted(1000);
    expect(waitBeforeSlice(1001)).toBeGreaterThan(0);
    answered();
    const at = performance.now();
    expect(waitBeforeSlice(at)).toBeGreaterThan(0);
    expect(waitBeforeSlice(at + QUIET_MS)).toBe(0);
  });

  it('does not let a long job of hers (a search, the import itself) hold its own slices', () => {
    requestStarted(1000);
    expect(waitBeforeSlice(1000 + LONG_REQUEST_MS - 1)).toBeGreaterThan(0);
    expect(waitBeforeSlice(1000 + LONG_REQUEST_MS)).toBe(0);
  });

  it('waits a bounded time: requests back to back cannot stop an import for good', async () => {
    const started = performance.now();
    // Each fresh request is in flight when the next look comes.
    requestStarted();
    const keepBusy = setInterval(() => requestStarted(), 1);
    try {
      await requestsFirst();
    } finally {
      clearInterval(keepBusy);
    }
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(MAX_WAIT_MS - 1);
    expect(waited).toBeLessThan(MAX_WAIT_MS * 5);
  });

  it('starts no slice of an import while a save is being answered; the rows come once it is', async () => {
    const rows: ImportedPerson[] = Array.from({ length: 50 }, (_, i) => ({
      name: `Pegawai Uji ${i}`,
      nip: null,
      rankCode: null,
      position: 'Staf',
      unit: null,
      phone: '',
      email: '',
      isPolitical: false,
    }));
    const hidden = () =>
      (temp.db.prepare('SELECT count(*) AS n FROM people WHERE deleted_at = -1').get() as { n: number }).n;
    // Saves back to back, each answered as the next arrives: always one in flight, none long.
    let answered = requestStarted();
    const burst = setInterval(() => {
      const previous = answered;
      answered = requestStarted();
      previous();
    }, 5);
    const staging = stageInSlices(temp.db, packRows([]), packRows(rows), { now: 1, actor: 'impor' });
    try {
      await sleep(30);
      expect(hidden()).toBe(0);
    } finally {
      clearInterval(burst);
      answered();
    }
    await staging;
    expect(hidden()).toBe(50);
  });
});
