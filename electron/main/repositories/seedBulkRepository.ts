import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { MeetingId, UnitId } from '../../../shared/domain/ids';
import type { OwnerStatus } from '../../../shared/domain/commitment';
import { recordAudit } from './auditRepository';
import type { WriteContext } from './writeContext';

/*
 * Bulk writes for the big-dataset generator (scripts/seedBig.ts) only. The app's own
 * per-row repository calls (createCommitment, addUpdate) each run a transaction with
 * validation, a read-back and an audit row with before/after JSON: for 150,000
 * commitments, ~300,000 owners and 600,000 updates that is hours on this machine and
 * 1 M audit rows no real archive would have in that shape. These prepared statements
 * write the same columns those repositories write, one meeting per transaction, with one
 * audit row per meeting saying that it was seeded.
 */
export type SeedOwner = Readonly<{
  unitId: UnitId;
  status: OwnerStatus;
  updates: ReadonlyArray<Readonly<{ reportedOn: string; status: OwnerStatus; text: string; percent: number | null }>>;
}>;
export type SeedCommitment = Readonly<{
  text: string;
  dueDate: string | null;
  programTag: string;
  agendaItemId: string | null;
  owners: ReadonlyArray<SeedOwner>;
}>;

export function insertSeedCommitments(
  db: Db,
  meetingId: MeetingId,
  commitments: ReadonlyArray<SeedCommitment>,
  ctx: WriteContext,
): number {
  const commitment = db.prepare(
    'INSERT INTO commitments (id, meeting_id, agenda_item_id, text, due_date, program_tag, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const owner = db.prepare(
    'INSERT INTO commitment_owners (id, commitment_id, unit_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const update = db.prepare(
    'INSERT INTO commitment_updates (id, owner_id, reported_on, status, progress_text, percent, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  let rows = 0;
  db.transaction(() => {
    commitments.forEach((item, position) => {
      const commitmentId = randomUUID();
      commitment.run(
        commitmentId,
        meetingId,
        item.agendaItemId,
        item.text,
        item.dueDate,
        item.programTag,
        position + 1,
        ctx.now,
        ctx.now,
      );
      rows += 1;
      for (const entry of item.owners) {
        const ownerId = randomUUID();
        owner.run(ownerId, commitmentId, entry.unitId, entry.status, ctx.now, ctx.now);
        rows += 1;
        for (const progress of entry.updates) {
          update.run(
            randomUUID(),
            ownerId,
            progress.reportedOn,
            progress.status,
            progress.text,
            progress.percent,
            ctx.now,
            ctx.now,
          );
          rows += 1;
        }
      }
    });
    recordAudit(db, {
      at: ctx.now,
      actor: ctx.actor,
      entity: 'seed',
      entityId: meetingId,
      meetingId,
      operation: 'create',
      before: undefined,
      after: { commitments: commitments.length, rows },
    });
  })();
  return rows;
}

/** The column the generator's summary counts each table's rows by. */
const COUNTED_BY = { commitment_owners: 'status', search_keys: 'kind' } as const;

/** Rows of `table` per value of its counted column ({ BELUM: 120, … }), for the generator's summary and its tests. */
export function rowCountsBy(db: Db, table: keyof typeof COUNTED_BY): Record<string, number> {
  const column = COUNTED_BY[table];
  const rows = db.prepare(`SELECT ${column} AS value, count(*) AS n FROM ${table} GROUP BY ${column}`).all() as Array<{
    value: string;
    n: number;
  }>;
  return Object.fromEntries(rows.map((row) => [row.value, row.n]));
}
