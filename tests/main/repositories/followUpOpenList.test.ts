import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listFollowUps } from '../../../electron/main/repositories/followUpRepository';
import { OWNER_STATUSES } from '../../../shared/domain/commitment';
import type { FollowUpCursor, FollowUpQuery } from '../../../shared/domain/followUpViews';
import { useTempDb } from '../support/useTempDb';
import { seedCommitment, seedMeeting, seedUnit } from '../support/followUpSeed';

/*
 * The open view pages by keyset (repositories/followUpOpenList.ts): walking its pages must
 * give exactly the open (or late) commitments the numbered list finds, each once, late first,
 * then by due date, the undated last.
 */
const temp = useTempDb();

const TODAY = '2026-11-28';
const DUES = [null, '2026-10-01', '2026-11-27', TODAY, '2026-12-02', '2027-01-10'];

function walk(query: FollowUpQuery, pageSize: number): string[] {
  const ids: string[] = [];
  let after: FollowUpCursor | undefined;
  for (let guard = 0; guard < 100; guard += 1) {
    const page = listFollowUps(temp.db, { ...query, pageSize, ...(after ? { after } : {}) }, TODAY);
    expect(page.total).toBeNull();
    ids.push(...page.rows.map((row) => row.id));
    if (page.next === null) return ids;
    after = page.next;
  }
  throw new Error('the pages never ended');
}

describe('repositories/followUpOpenList', () => {
  it('walks every open (and every late) commitment once, in due-date order, as the numbered list finds them, for all OPD and for each', () => {
    const units = [seedUnit(temp.db, 'Dinas A'), seedUnit(temp.db, 'Dinas B')];
    const meetings = [seedMeeting(temp.db, '2026-09-01'), seedMeeting(temp.db, '2026-10-01')];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            due: fc.nat(DUES.length - 1),
            meeting: fc.nat(1),
            owners: fc.array(fc.nat(OWNER_STATUSES.length - 1), { maxLength: 2 }),
            deleted: fc.boolean(),
          }),
          { maxLength: 30 },
        ),
        fc.integer({ min: 1, max: 7 }),
        (rows, pageSize) => {
          temp.db.exec('DELETE FROM commitments');
          for (const [i, row] of rows.entries()) {
            const owners = row.owners.map((s, k) => [units[k]!, OWNER_STATUSES[s]!] as const);
            const seeded = seedCommitment(temp.db, meetings[row.meeting]!, `K${i}`, DUES[row.due] ?? null, owners);
            if (row.deleted && i % 3 === 0)
              temp.db.prepare('UPDATE commitments SET deleted_at = 1 WHERE id = ?').run(seeded.id);
          }
          // Everyone's list, then each OPD's own (its own status decides, as in the numbered list).
          const scopes = [{}, ...units.map((unitId) => ({ unitId }))];
          for (const [scope, status] of scopes.flatMap((scope) =>
            (['TERBUKA', 'TERLAMBAT'] as const).map((status) => [scope, status] as const),
          )) {
            const numbered = listFollowUps(temp.db, { ...scope, status, sort: 'ASAL', pageSize: 200 }, TODAY);
            const expected = [...numbered.rows]
              .sort(
                (a, b) =>
                  Number(a.dueDate === null) - Number(b.dueDate === null) ||
                  (a.dueDate ?? '').localeCompare(b.dueDate ?? '') ||
                  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
              )
              .map((row) => row.id);
            expect(walk({ ...scope, status }, pageSize)).toEqual(expected);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
