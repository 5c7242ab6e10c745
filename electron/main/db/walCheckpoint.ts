import Database from 'better-sqlite3';

export type CheckpointOutcome = Readonly<{ busy: number; log: number; checkpointed: number }>;

/**
 * PASSIVE copies what it can and never waits for a lock. RESTART also starts the WAL over and
 * TRUNCATE empties its file, for which they take the write lock and need no reader in the WAL:
 * here they wait for neither (busy answers 1 and the caller tries again), so main's saves never
 * wait behind a reader, only for the frames they copy.
 */
export type CheckpointMode = 'PASSIVE' | 'RESTART' | 'TRUNCATE';

/**
 * Copies what the WAL holds into the data file from a connection of its own, so the fsync a
 * checkpoint needs happens in the worker thread that calls this (workers/jobs.ts), not in the
 * commit of a write on the main thread. PASSIVE: main keeps writing meanwhile and the frames it
 * adds are left for the next call. Closing this connection does not checkpoint again (main
 * still has the file open).
 */
export function checkpointWal(
  file: string,
  nativeBinding?: string,
  mode: CheckpointMode = 'PASSIVE',
): CheckpointOutcome {
  const db = new Database(file, {
    fileMustExist: true,
    // RESTART and TRUNCATE hold the write lock while they wait: waiting here would hold her save as long.
    ...(mode === 'PASSIVE' ? {} : { timeout: 0 }),
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    const [outcome] = db.pragma(`wal_checkpoint(${mode})`) as CheckpointOutcome[];
    return outcome ?? { busy: 1, log: -1, checkpointed: -1 };
  } finally {
    db.close();
  }
}

/** Whether a checkpoint copied every frame the WAL held (so the next write may start it over). */
export const copiedAll = (outcome: CheckpointOutcome | null): boolean =>
  outcome !== null && outcome.busy === 0 && outcome.checkpointed >= outcome.log;

/** SQLite's default: the connection that commits checkpoints once the WAL passes this many pages. */
const DEFAULT_AUTOCHECKPOINT = 1000;

/** Whether `db`'s own commits checkpoint the WAL (off while a worker does it: checkpointWal). */
export function setOwnCheckpoints(db: Database.Database, on: boolean): void {
  db.pragma(`wal_autocheckpoint = ${on ? DEFAULT_AUTOCHECKPOINT : 0}`);
}
