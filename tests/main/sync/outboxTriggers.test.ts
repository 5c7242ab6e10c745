import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyPulledPage } from '../../../electron/main/repositories/syncApplyRepository';
import {
  dequeue,
  outboxPage,
  readSyncedRow,
  saveLink,
  type SyncAccount,
} from '../../../electron/main/repositories/syncStateRepository';
import type { MeetingId } from '../../../shared/domain/ids';
import { seedCommitment, seedMeeting, seedUnit } from '../support/followUpSeed';
import { useTempDb } from '../support/useTempDb';
import { unitRow } from '../../server/support/registryRows';

/*
 * Migration 0017's triggers, written to by plain SQL as any write path (a repository, an import,
 * an older app's restore) would: what is queued, what is not, and that applying pulled changes
 * queues nothing.
 */

const ACCOUNT: SyncAccount = { id: 'a1', username: 'ani', display_name: 'Ani', role: 'secretary', unit_id: null };
const temp = useTempDb();

const queued = () => outboxPage(temp.db, 10_000).map((entry) => `${entry.entity}:${entry.rowId}`);

function approveMeeting(meetingId: MeetingId): string {
  const id = randomUUID();
  temp.db
    .prepare(
      `INSERT INTO documents (id, meeting_id, version, canonical_json, sha256, approved_at, approved_by, created_at)
       VALUES (?, ?, 1, '{}', 'x', 1, 'Wakil Bupati', 1)`,
    )
    .run(id, meetingId);
  return id;
}

function update(ownerId: string): string {
  const id = randomUUID();
  temp.db
    .prepare(
      `INSERT INTO commitment_updates (id, owner_id, reported_on, status, created_at, updated_at)
       VALUES (?, ?, '2026-11-20', 'PROSES', 1, 1)`,
    )
    .run(id, ownerId);
  return id;
}

/**
 * Reports on the commitment's first owner, then approves its meeting; returns the outbox that
 * approval must leave: the unit, the meeting, its document, the commitment, its owner and the
 * report, parents first.
 */
function reportAndApprove(
  unit: string,
  meeting: MeetingId,
  commitment: Readonly<{ id: string; owners: ReadonlyArray<string> }>,
) {
  const owner = commitment.owners[0] as string;
  const report = update(owner);
  const document = approveMeeting(meeting);
  return [
    `units:${unit}`,
    `meetings:${meeting}`,
    `documents:${document}`,
    `commitments:${commitment.id}`,
    `commitment_owners:${owner}`,
    `commitment_updates:${report}`,
  ];
}

describe('sync outbox triggers (migration 0017)', () => {
  it('queue nothing before a server was ever linked', () => {
    seedUnit(temp.db, 'Dinas Kesehatan');
    expect(queued()).toEqual([]);
  });

  it('queue the whole registry at the first link, parents first, drafts left out', () => {
    const unit = seedUnit(temp.db, 'Dinas Kesehatan');
    const approved = seedMeeting(temp.db, '2026-11-02');
    const draft = seedMeeting(temp.db, '2026-11-09');
    const kept = seedCommitment(temp.db, approved, 'Susun rencana aksi', '2026-12-01', [[unit, 'BELUM']]);
    seedCommitment(temp.db, draft, 'Butir rapat draf', null, [[unit, 'BELUM']]);
    const chain = reportAndApprove(unit, approved, kept);
    saveLink(temp.db, { serverUrl: 'https://s', username: 'ani', account: ACCOUNT }, 1);
    expect(queued()).toEqual(chain);
  });

  it('queue every later change of a synced row once, and a re-queued row survives the push of its older version', () => {
    saveLink(temp.db, { serverUrl: 'https://s', username: 'ani', account: ACCOUNT }, 1);
    const unit = seedUnit(temp.db, 'Dinas Kesehatan');
    const meeting = seedMeeting(temp.db, '2026-11-02');
    const draftItem = seedCommitment(temp.db, meeting, 'Belum disahkan', null, [[unit, 'BELUM']]);
    expect(queued()).toEqual([`units:${unit}`]);

    // Approval sends the meeting with its commitments, owners and reports.
    const chain = reportAndApprove(unit, meeting, draftItem);
    expect(queued()).toEqual(chain);

    const [entry] = outboxPage(temp.db, 1);
    if (!entry) throw new Error('empty outbox');
    temp.db.prepare(`UPDATE units SET name = 'Dinas Kesehatan Kab.' WHERE id = ?`).run(unit);
    dequeue(temp.db, entry);
    expect(queued()).toContain(`units:${unit}`);
    dequeue(temp.db, { ...entry, version: entry.version + 1 });
    expect(queued()).not.toContain(`units:${unit}`);

    // A hard delete of an owner is queued too (sent as a tombstone).
    temp.db.prepare('DELETE FROM sync_outbox').run();
    temp.db.prepare('DELETE FROM commitment_owners WHERE id = ?').run(draftItem.owners[0]);
    expect(queued()).toEqual([`commitment_owners:${draftItem.owners[0]}`]);
  });

  it('queue nothing for rows written by applying a pulled page', () => {
    saveLink(temp.db, { serverUrl: 'https://s', username: 'ani', account: ACCOUNT }, 1);
    const unitId = randomUUID();
    const outcome = applyPulledPage(
      temp.db,
      [
        {
          seq: 4,
          entity: 'units',
          id: unitId,
          by: 'budi',
          row: unitRow(unitId, 'Dinas Sosial'),
        },
      ],
      4,
      { now: 5, me: 'ani' },
    );
    expect(outcome.applied).toBe(1);
    expect(queued()).toEqual([]);
    expect(temp.db.prepare('SELECT count(*) AS n FROM sync_applying').get()).toEqual({ n: 0 });
    // Her own change of the pulled row afterwards is queued again.
    temp.db.prepare(`UPDATE units SET name = 'Dinas Sosial Kab.' WHERE id = ?`).run(unitId);
    expect(queued()).toEqual([`units:${unitId}`]);
  });
});

describe('sync outbox and a master-data import', () => {
  it('queues hidden rows as the slices write them, holds them from the push, and does not queue the publish again', () => {
    saveLink(temp.db, { serverUrl: 'https://s', username: 'ani', account: ACCOUNT }, 1);
    const hidden = seedUnit(temp.db, 'Dinas Perikanan');
    temp.db.prepare('UPDATE units SET deleted_at = -1 WHERE id = ?').run(hidden);
    const [entry] = outboxPage(temp.db, 10);
    expect(entry?.version).toBe(2);
    expect(readSyncedRow(temp.db, 'units', hidden)?.['deleted_at']).toBe(-1);
    temp.db.exec(`INSERT INTO search_bulk (active) VALUES (1);
      UPDATE units SET deleted_at = NULL WHERE deleted_at = -1;
      DELETE FROM search_bulk;`);
    expect(outboxPage(temp.db, 10)).toEqual([expect.objectContaining({ rowId: hidden, version: 2 })]);
  });
});
