import type { Db } from '../../db/connection';
import { copiedAll, setOwnCheckpoints, truncateWal, type CheckpointOutcome } from '../../db/walCheckpoint';
import type { PersonId, UnitId } from '../../../../shared/domain/ids';
import type { UnitFields } from '../../../../shared/domain/masterData';
import { AppError } from '../../../../shared/ipc/result';
import type { ImportedPerson } from '../../repositories/masterImportRepository';
import { rowAt, rowCount, type PackedRows } from './packedRows';
import { stagePerson, stageUnit } from '../../repositories/masterImportStaging';
import { endPublishing, publishSome, startCursor } from '../../repositories/masterImportPublish';
import type { WriteContext } from '../../repositories/writeContext';
import { requestsFirst } from '../requestTurn';

/**
 * How long one slice may hold the main thread, its commit included: a save that arrives during
 * a slice waits for the rest of it (services/requestTurn.ts spares every other one). Measured
 * (docs/PERFORMANCE.md, issue 15): the commit of a slice costs as much as writing its rows again
 * (FTS5 flushes its terms, the WAL takes the pages), so a 4 ms budget for the rows held the
 * thread 7-8 ms and her p95 during an import was 3-4x idle; 2 ms 'gave nothing' for the same
 * reason. The rows' share is now what is left after the commit the last slices needed.
 */
export const SLICE_MS = 2;
/** The rows always get this much, however long the commits were: the import must move on. */
const MIN_ROWS_MS = 0.5;

export const IMPORT_STOPPED = 'Impor dihentikan sebelum selesai; tidak ada data yang disimpan. Jalankan impor lagi.';
/** Cut off while publishing: the import was decided, and the next start finishes it (masterImportPublish.ts). */
export const PUBLISH_STOPPED = 'Impor sudah disimpan dan akan selesai diterbitkan saat Risalah dibuka lagi.';

/**
 * The pause after a slice: half as long as the slice took (its commit included), 1 to 20 ms, so
 * the main thread is never busier with the import than two thirds of the time and timers and
 * her screens' other work keep their turns even when no request holds the slices
 * (requestsFirst). Longer pauses would not help her p95: any pause long enough to spare most
 * saves would make the import many times slower; what a save that lands in a slice waits is
 * the slice, hence its short budget.
 */
const pauseAfter = (sliceTook: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.min(20, Math.max(1, sliceTook / 2))));

/** Copies the WAL into the file off the main thread (the import handler runs it in the import worker). */
export type Checkpoint = () => Promise<CheckpointOutcome>;

/** How often the WAL is copied while the slices write: it stays a few MB, and no commit here pays for it. */
const CHECKPOINT_EVERY_MS = 250;
/** Copies in a row until one meets no save of hers (copyAll). */
const COPY_TRIES = 4;
/** Tries of the closing copies: a reader of hers can hold the WAL for a moment. */
const LAST_TRIES = 5;

/**
 * Runs `write` with the main connection's own checkpoints off: with them on, the commit that
 * crosses 1,000 WAL pages copies and fsyncs them on the main thread (up to 0.3 s on a busy disk,
 * every ~10 slices), and a save waiting behind it waited as long. `checkpoint` does that work in
 * a worker instead, every CHECKPOINT_EVERY_MS and at the end, before the connection's checkpoints
 * come back. The slices wait for the copies rather than write beside them: SQLite starts the WAL
 * over only at a write that finds every frame copied, and a copy made while slices kept adding
 * frames never finished, so the WAL grew by every page of every commit (2.2 GB for a 50 MB
 * file, issue 17). Her saves go on during a copy (PASSIVE takes no lock). Without `checkpoint`
 * (unit tests' contexts) nothing changes.
 */
export async function withWorkerCheckpoints<T>(
  db: Db,
  checkpoint: Checkpoint | undefined,
  write: (tick: () => Promise<void>) => Promise<T>,
): Promise<T> {
  if (!checkpoint) return write(async () => undefined);
  let last = performance.now();
  const tick = async () => {
    if (performance.now() - last < CHECKPOINT_EVERY_MS) return;
    await copyAll(checkpoint);
    last = performance.now();
  };
  setOwnCheckpoints(db, false);
  try {
    return await write(tick);
  } finally {
    if (db.open) {
      await emptyWal(db, checkpoint);
      setOwnCheckpoints(db, true);
    }
  }
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

/**
 * PASSIVE copies, between her requests, until one finds every frame copied, so the next write
 * starts the WAL over. Her saves go on during a copy and add frames it leaves behind; the next
 * copy, of those few frames only, is short and usually meets none. Never RESTART or TRUNCATE
 * from the worker: they take the write lock, and a save that had begun by reading then failed at
 * once with "database is locked" (SQLite calls no busy handler on a read-to-write upgrade). A
 * failed checkpoint only leaves the WAL longer; the next turn copies it.
 */
async function copyAll(checkpoint: Checkpoint): Promise<boolean> {
  for (let attempt = 0; attempt < COPY_TRIES; attempt += 1) {
    if (attempt > 0) await requestsFirst();
    if (copiedAll(await checkpoint().catch(() => null))) return true;
  }
  return false;
}

/**
 * The last copies before main's own checkpoints come back: with the WAL still long, her next save
 * would otherwise make that copy on the main thread (0.2-0.3 s at the end of a 50 MB import); a
 * reader still on an old snapshot is waited for a little. Then the WAL file is emptied on main's
 * own connection, which no save can interleave with, between her requests and right after a full
 * copy, so there is nothing left to copy; without waiting for a reader (busy_timeout 0): should
 * one hold it, the file is cut at its next start over instead (journal_size_limit).
 */
async function emptyWal(db: Db, checkpoint: Checkpoint): Promise<void> {
  for (let attempt = 0; attempt < LAST_TRIES; attempt += 1) {
    if (await copyAll(checkpoint)) {
      await requestsFirst();
      if (db.open && truncateWal(db)) return;
    }
    await pause();
  }
}

/**
 * Runs `writeSome` in short transactions until it answers false, letting the event loop answer
 * her requests between them, and starting none while one is being answered (requestsFirst):
 * each call writes until `until` (performance.now()) and says whether work is left. Stops with
 * a refusal when the connection was closed meanwhile (shutdown, a restore swapped the file), or
 * when `checkStop` throws (she cancelled).
 */
export async function writeInSlices(
  db: Db,
  writeSome: (until: number) => boolean,
  tick: () => Promise<void>,
  checkStop: () => void,
  sliceMs: number,
  stopped = IMPORT_STOPPED,
): Promise<void> {
  // What the last commits took (ms, a moving average): the rows get the rest of the slice.
  let commitMs = sliceMs / 2;
  for (let more = true; more;) {
    await requestsFirst();
    if (!db.open) throw new AppError('CONFLICT', stopped);
    checkStop();
    const sliceStarted = performance.now();
    let rowsEnded = sliceStarted;
    more = db.transaction(() => {
      const left = writeSome(sliceStarted + Math.max(MIN_ROWS_MS, sliceMs - commitMs));
      rowsEnded = performance.now();
      return left;
    })();
    const sliceEnded = performance.now();
    commitMs = 0.7 * commitMs + 0.3 * (sliceEnded - rowsEnded);
    await tick();
    await pauseAfter(sliceEnded - sliceStarted);
  }
}

/** Rows written between two looks at the clock (about 0.05 ms each), so a slice ends close to its time. */
const ROWS_PER_CLOCK = 4;

/**
 * Writes the checked rows hidden (masterImportStaging.ts), one short transaction per slice;
 * the caller discards them when this stops early (writeInSlices).
 */
export async function stageInSlices(
  db: Db,
  units: PackedRows<UnitFields>,
  people: PackedRows<ImportedPerson>,
  ctx: WriteContext,
  tick: () => Promise<void> = async () => undefined,
  /** Throws to stop between slices (she cancelled); the caller discards what was written. */
  checkStop: () => void = () => undefined,
  sliceMs = SLICE_MS,
): Promise<{ unitIds: ReadonlyArray<UnitId>; personIds: ReadonlyArray<PersonId> }> {
  const unitIds: UnitId[] = [];
  const personIds: PersonId[] = [];
  const unitCount = rowCount(units);
  const total = unitCount + rowCount(people);
  let next = 0;
  const writeOne = (index: number) => {
    if (index < unitCount) {
      unitIds.push(stageUnit(db, rowAt(units, index), ctx));
      return;
    }
    const { unit, ...person } = rowAt(people, index - unitCount);
    const unitId = unit === null ? null : 'existing' in unit ? unit.existing : (unitIds[unit.fileIndex] ?? null);
    personIds.push(stagePerson(db, { ...person, unitId }, ctx));
  };
  if (total === 0) return { unitIds, personIds };
  await writeInSlices(
    db,
    (until) => {
      do {
        writeOne(next);
        next += 1;
      } while (next < total && (next % ROWS_PER_CLOCK !== 0 || performance.now() < until));
      return next < total;
    },
    tick,
    checkStop,
    sliceMs,
  );
  return { unitIds, personIds };
}

/** Rows flipped per statement: ~0.2 ms of work, so a slice ends close to its time. */
const PUBLISH_ROWS = 64;

/**
 * Makes the hidden rows of a decided import live (masterImportPublish.ts), a few hundred per
 * statement, slices as short as the writing ones. Never cancelled: the import is saved.
 */
export async function publishInSlices(
  db: Db,
  tick: () => Promise<void> = async () => undefined,
  sliceMs = SLICE_MS,
): Promise<void> {
  const cursor = startCursor();
  await writeInSlices(
    db,
    (until) => {
      let more = publishSome(db, cursor, PUBLISH_ROWS);
      while (more && performance.now() < until) more = publishSome(db, cursor, PUBLISH_ROWS);
      return more;
    },
    tick,
    () => undefined,
    sliceMs,
    PUBLISH_STOPPED,
  );
  endPublishing(db, cursor);
}
