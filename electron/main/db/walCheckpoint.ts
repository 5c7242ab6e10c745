import Database from 'better-sqlite3';

export type CheckpointOutcome = Readonly<{ busy: number; log: number; checkpointed: number }>;

/**
 * Copies what the WAL holds into the data file from a connection of its own, so the fsync a
 * checkpoint needs happens in the worker thread that calls this (workers/jobs.ts), not in the
 * commit of a write on the main thread. Only PASSIVE from another connection: it takes no lock
 * main's saves need (importSlices.ts copyAll); main keeps writing meanwhile and the frames it
 * adds are left for the next call. Closing this connection does not checkpoint again (main
 * still has the file open).
 */
export function checkpointWal(file: string, nativeBinding?: string): CheckpointOutcome {
  const db = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const [outcome] = db.pragma('wal_checkpoint(PASSIVE)') as CheckpointOutcome[];
    return outcome ?? { busy: 1, log: -1, checkpointed: -1 };
  } finally {
    db.close();
  }
}

/** Whether a checkpoint copied every frame the WAL held (so the next write may start it over). */
export const copiedAll = (outcome: CheckpointOutcome | null): boolean =>
  outcome !== null && outcome.busy === 0 && outcome.checkpointed >= outcome.log;

/**
 * Empties the WAL file from `db` itself (main's connection: none of its own saves can run
 * meanwhile), without waiting for a reader; true when it did. Meant for right after a copy of
 * every frame, so it copies nothing and only cuts the file.
 */
export function truncateWal(db: Database.Database): boolean {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    return copiedAll((db.pragma('wal_checkpoint(TRUNCATE)') as CheckpointOutcome[])[0] ?? null);
  } catch {
    return false;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

/** SQLite's default: the connection that commits checkpoints once the WAL passes this many pages. */
const DEFAULT_AUTOCHECKPOINT = 1000;

/** Whether `db`'s own commits checkpoint the WAL (off while a worker does it: checkpointWal). */
export function setOwnCheckpoints(db: Database.Database, on: boolean): void {
  db.pragma(`wal_autocheckpoint = ${on ? DEFAULT_AUTOCHECKPOINT : 0}`);
}
