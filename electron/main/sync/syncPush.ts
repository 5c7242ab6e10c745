import type { Db } from '../db/connection';
import {
  baseSeqOf,
  countAttempt,
  dequeue,
  outboxPage,
  readSyncedRow,
  recordConflict,
  rememberSeq,
  type OutboxEntry,
} from '../repositories/syncStateRepository';
import type { PushChange, PushResult, SyncClient } from './syncClient';
import { withUploadedEvidence } from './syncEvidence';

/** The protocol's limit per request. */
export const PUSH_BATCH = 500;
/** A row whose parent the server still lacks is tried this many runs, then shown to her as refused. */
const MAX_PARENT_ATTEMPTS = 5;

export type PushDeps = Readonly<{
  db: () => Db;
  client: SyncClient;
  clientId: string;
  dataFile: string;
  now: () => number;
}>;

export type PushSummary = { sent: number; refused: number };

type Pending = Readonly<{ entry: OutboxEntry; change: PushChange }>;

/**
 * Sends the outbox, parents first, in batches of at most 500. Rows are read when their batch
 * is made (so ten edits are one change) and removed only at the version sent: an edit made
 * while the request travels stays queued. Each outbox row is tried once per run.
 */
export async function pushOutbox(deps: PushDeps): Promise<PushSummary> {
  const summary: PushSummary = { sent: 0, refused: 0 };
  const uploaded = new Set<string>();
  let cursor = { rank: -1, seq: 0 };
  for (;;) {
    const batch: Pending[] = [];
    let exhausted = false;
    while (batch.length < PUSH_BATCH && !exhausted) {
      const page = outboxPage(deps.db(), PUSH_BATCH * 2, cursor.rank, cursor.seq);
      if (page.length === 0) exhausted = true;
      for (const entry of page) {
        if (batch.length >= PUSH_BATCH) break;
        cursor = { rank: entry.rank, seq: entry.seq };
        const change = changeOf(deps.db(), entry);
        if (change) batch.push({ entry, change });
      }
    }
    if (batch.length === 0) return summary;
    const changes: PushChange[] = [];
    for (const { change } of batch)
      changes.push(
        change.entity === 'commitment_updates' && change.row
          ? { ...change, row: await withUploadedEvidence(change.row, deps.dataFile, deps.client, uploaded) }
          : change,
      );
    const answer = await deps.client.push(deps.clientId, changes);
    const db = deps.db();
    db.transaction(() => {
      batch.forEach(({ entry }, index) => {
        const result = answer.results[index];
        if (!result || result.entity !== entry.entity || result.id !== entry.rowId) return;
        if (settle(db, entry, result, deps.now())) summary.refused += 1;
        else if (result.outcome !== 'refused') summary.sent += 1;
      });
    })();
  }
}

/** What the server will get for this outbox row; null when nothing should go (and it leaves the queue). */
function changeOf(db: Db, entry: OutboxEntry): PushChange | null {
  const row = readSyncedRow(db, entry.entity, entry.rowId);
  const baseSeq = baseSeqOf(db, entry.entity, entry.rowId);
  // A master-data import's hidden rows (deleted_at = -1) wait until it publishes them.
  if (row && row['deleted_at'] === -1) return null;
  if (!row && baseSeq === null) {
    // Made and removed before the server ever saw it (a discarded import, a deleted draft owner).
    db.transaction(() => dequeue(db, entry))();
    return null;
  }
  return { entity: entry.entity, id: entry.rowId, row: row ?? null, base_seq: baseSeq };
}

/** True when the row was refused for good (recorded for her). */
function settle(db: Db, entry: OutboxEntry, result: PushResult, now: number): boolean {
  if (result.outcome !== 'refused') {
    if (result.seq !== null) rememberSeq(db, entry.entity, entry.rowId, result.seq);
    dequeue(db, entry);
    return false;
  }
  if (result.code === 'MISSING_PARENT' && entry.attempts + 1 < MAX_PARENT_ATTEMPTS) {
    countAttempt(db, entry);
    return false;
  }
  const row = readSyncedRow(db, entry.entity, entry.rowId);
  recordConflict(db, {
    at: now,
    kind: 'refused',
    entity: entry.entity,
    rowId: entry.rowId,
    label: labelOf(row),
    otherBy: '',
    seq: null,
    message: result.message ?? 'Ditolak server bersama.',
    lostRow: row,
  });
  dequeue(db, entry);
  return true;
}

function labelOf(row: Record<string, unknown> | undefined): string {
  for (const key of ['text', 'title', 'name', 'progress_text']) {
    const value = row?.[key];
    if (typeof value === 'string' && value !== '') return value.slice(0, 120);
  }
  return '';
}
