import Database from 'better-sqlite3';

export type CheckpointOutcome = Readonly<{ busy: number; log: number; checkpointed: number }>;

/**
 * Copies what the WAL holds into the data file from a connection of its own, so the fsync a
 * checkpoint needs happens in the worker thread that calls this (workers/jobs.ts), not in the
 * commit of a write on the main thread. PASSIVE never waits for a lock: main keeps writing
 * meanwhile and the frames it adds are left for the next call. Closing this connection does
 * not checkpoint again (main still has the file open).
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

/** SQLite's default: the connection that commits checkpoints once the WAL passes this many pages. */
const DEFAULT_AUTOCHECKPOINT = 1000;

/** Whether `db`'s own commits checkpoint the WAL (off while a worker does it: checkpointWal). */
export function setOwnCheckpoints(db: Database.Database, on: boolean): void {
  db.pragma(`wal_autocheckpoint = ${on ? DEFAULT_AUTOCHECKPOINT : 0}`);
}
