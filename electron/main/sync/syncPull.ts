import type { Db } from '../db/connection';
import { applyPulledPage, type PulledChange } from '../repositories/syncApplyRepository';
import { readSyncedRow, readSyncState } from '../repositories/syncStateRepository';
import type { SyncClient } from './syncClient';
import { withFetchedEvidence } from './syncEvidence';

/** Changes per pull request: one page is one short write transaction here. */
export const PULL_LIMIT = 1000;

export type PullDeps = Readonly<{
  db: () => Db;
  client: SyncClient;
  dataFile: string;
  now: () => number;
  me: string;
}>;

export type PullSummary = { applied: number; conflicts: number; pages: number };

/**
 * Pulls since last_seq until the server says there is no more. Files of new reports are
 * fetched before their page's transaction (the network never runs inside one), then the page
 * is applied and last_seq moved in the same transaction: a crash between pages repeats at
 * most one page, and applying a page twice changes nothing.
 */
export async function pullChanges(deps: PullDeps): Promise<PullSummary> {
  const summary: PullSummary = { applied: 0, conflicts: 0, pages: 0 };
  for (;;) {
    const since = readSyncState(deps.db()).lastSeq;
    const answer = await deps.client.pull(since, PULL_LIMIT);
    const changes: PulledChange[] = [];
    for (const change of answer.changes) {
      const isNewReport =
        change.entity === 'commitment_updates' &&
        change.row !== null &&
        readSyncedRow(deps.db(), 'commitment_updates', change.id) === undefined;
      changes.push(
        isNewReport && change.row
          ? { ...change, row: await withFetchedEvidence({ ...change.row, id: change.id }, deps.dataFile, deps.client) }
          : change,
      );
    }
    const outcome = applyPulledPage(deps.db(), changes, Math.max(answer.last_seq, since), {
      now: deps.now(),
      me: deps.me,
    });
    summary.applied += outcome.applied;
    summary.conflicts += outcome.conflicts;
    summary.pages += 1;
    if (!answer.more || answer.changes.length === 0) return summary;
  }
}
