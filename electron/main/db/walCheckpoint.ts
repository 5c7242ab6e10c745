import Database from 'better-sqlite3';

export type CheckpointOutcome = Readonly<{ busy: number; log: number; checkpointed: number }>;

/**
 * PASSIVE copies what it can and never waits for a lock. TRUNCATE also empties the WAL file, for
 * which it needs the write lock and no reader in the WAL: here it does not wait for them either
 * (busy answers 1 and the caller tries again), so it never holds main's saves behind a reader.
 */
export type CheckpointMode = 'PASSIVE' | 'TRUNCATE';

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
    // TRUNCATE holds the write lock while it waits: waiting here would hold her save as long.
    ...(mode === 'TRUNCATE' ? { timeout: 0 } : {}),
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
