import type { Db } from '../../db/connection';
import { setOwnCheckpoints } from '../../db/walCheckpoint';
import type { PersonId, UnitId } from '../../../../shared/domain/ids';
import type { UnitFields } from '../../../../shared/domain/masterData';
import { AppError } from '../../../../shared/ipc/result';
import type { ImportedPerson } from '../../repositories/masterImportRepository';
import { stagePerson, stageUnit } from '../../repositories/masterImportStaging';
import type { WriteContext } from '../../repositories/writeContext';

/** Long enough to write a few hundred rows, short enough that a save waiting behind it stays far under 50 ms. */
export const SLICE_MS = 8;

export const IMPORT_STOPPED = 'Impor dihentikan sebelum selesai; tidak ada data yang disimpan. Jalankan impor lagi.';

/**
 * The pause after a slice: half as long as the slice took (its commit included), 2 to 20 ms.
 * setImmediate alone let one request through per slice, but an HTTP round trip needs several
 * turns of the event loop (read, dispatch, write), so a save waited behind three or four slices;
 * in a real pause it runs all its turns. The import takes about 1.5x as long, unnoticed behind
 * its progress, and her typing never waits for more than one slice.
 */
const pauseAfter = (sliceTook: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.min(20, Math.max(2, sliceTook / 2))));

/** Copies the WAL into the file off the main thread (the import handler runs it in the import worker). */
export type Checkpoint = () => Promise<unknown>;

/** How often the WAL is copied while the slices write: it stays a few MB, and no commit here pays for it. */
const CHECKPOINT_EVERY_MS = 250;

/**
 * Runs `write` with the main connection's own checkpoints off: with them on, the commit that
 * crosses 1,000 WAL pages copies and fsyncs them on the main thread (up to 0.3 s on a busy disk,
 * every ~10 slices), and a save waiting behind it waited as long. `checkpoint` does that work in
 * a worker instead, every CHECKPOINT_EVERY_MS and once at the end, before the connection's
 * checkpoints come back. Without one (unit tests' contexts) nothing changes.
 */
export async function withWorkerCheckpoints<T>(
  db: Db,
  checkpoint: Checkpoint | undefined,
  write: (tick: () => void) => Promise<T>,
): Promise<T> {
  if (!checkpoint) return write(() => undefined);
  let running: Promise<unknown> | null = null;
  let last = performance.now();
  const start = () => {
    // A failed checkpoint only leaves the WAL longer; the next one (or main's) copies it.
    running = checkpoint()
      .catch(() => undefined)
      .finally(() => {
        running = null;
        last = performance.now();
      });
  };
  const tick = () => {
    if (running === null && performance.now() - last >= CHECKPOINT_EVERY_MS) start();
  };
  setOwnCheckpoints(db, false);
  try {
    return await write(tick);
  } finally {
    await running;
    if (db.open) {
      start();
      await running;
      setOwnCheckpoints(db, true);
    }
  }
}

/**
 * Writes the checked rows hidden (masterImportStaging.ts), one short transaction per slice,
 * and lets the event loop answer her requests between slices. Stops with a refusal when the
 * connection was closed meanwhile (shutdown, a restore swapped the file): the hidden rows are
 * then discarded by the caller or by the next import.
 */
export async function stageInSlices(
  db: Db,
  units: ReadonlyArray<UnitFields>,
  people: ReadonlyArray<ImportedPerson>,
  ctx: WriteContext,
  tick: () => void = () => undefined,
  /** Throws to stop between slices (she cancelled); the caller discards what was written. */
  checkStop: () => void = () => undefined,
  sliceMs = SLICE_MS,
): Promise<{ unitIds: ReadonlyArray<UnitId>; personIds: ReadonlyArray<PersonId> }> {
  const unitIds: UnitId[] = [];
  const personIds: PersonId[] = [];
  const total = units.length + people.length;
  let next = 0;
  const writeOne = (index: number) => {
    if (index < units.length) {
      unitIds.push(stageUnit(db, units[index] as UnitFields, ctx));
      return;
    }
    const { unit, ...person } = people[index - units.length] as ImportedPerson;
    const unitId = unit === null ? null : 'existing' in unit ? unit.existing : (unitIds[unit.fileIndex] ?? null);
    personIds.push(stagePerson(db, { ...person, unitId }, ctx));
  };
  while (next < total) {
    if (!db.open) throw new AppError('CONFLICT', IMPORT_STOPPED);
    checkStop();
    const sliceStarted = performance.now();
    db.transaction(() => {
      const until = performance.now() + sliceMs;
      do {
        writeOne(next);
        next += 1;
      } while (next < total && (next % 16 !== 0 || performance.now() < until));
    })();
    tick();
    await pauseAfter(performance.now() - sliceStarted);
  }
  return { unitIds, personIds };
}
