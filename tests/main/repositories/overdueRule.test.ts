import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitCounts } from '../../../electron/main/repositories/followUpDashboardRepository';
import { listFollowUps } from '../../../electron/main/repositories/followUpRepository';
import { commitmentsOf } from '../../../electron/main/repositories/documentCommitmentsRepository';
import { reportLines } from '../../../electron/main/repositories/opdRequestRepository';
import { docItems } from '../../../electron/main/services/followUp/followUpDocuments';
import { instansiToday } from '../../../electron/main/services/followUp/today';
import { buildMatriksTindakLanjut } from '../../../shared/document/buildMatriksTindakLanjut';
import { buildLaporanTindakLanjut } from '../../../shared/document/laporanTindakLanjut';
import type { TableCell } from '../../../shared/document/model';
import { OWNER_STATUSES, type OwnerStatus } from '../../../shared/domain/commitment';
import { addDays, isOverdue, OVERDUE_LABEL } from '../../../shared/domain/followUp';
import type { UnitId } from '../../../shared/domain/ids';
import type { IndonesianTimeZone } from '../../../shared/domain/instansi';
import { DEFAULT_INSTANSI } from '../../../shared/domain/instansi';
import { sampleSource } from '../../fixtures/document/sampleSource';
import { tableOf, textOf } from '../../shared/document/modelText';
import { seedCommitment, seedMeeting, seedUnit, setInstansiZone } from '../support/followUpSeed';
import { useTempDb } from '../support/useTempDb';

/*
 * One overdue rule: on random commitments, at a minute before and after midnight in WIB,
 * WITA and WIT, the list's Terlambat filter (all OPD and per OPD), the rows' flags the
 * screens show, the dashboard's counts, the Matriks and the Laporan all answer "is this
 * owner late?" exactly as shared/domain/followUp.ts isOverdue does on the instansi's day.
 */
const temp = useTempDb();

const ZONES: ReadonlyArray<readonly [IndonesianTimeZone, number]> = [
  ['Asia/Jakarta', 7],
  ['Asia/Makassar', 8],
  ['Asia/Jayapura', 9],
];
const DAY = '2026-12-05';
const RUNS = Number(process.env['RISALAH_FUZZ_RUNS'] ?? 12);

const ownerArb = fc.record({
  unit: fc.integer({ min: 0, max: 2 }),
  status: fc.constantFrom<OwnerStatus>(...OWNER_STATUSES),
});
const commitmentArb = fc.record({
  // Due dates around the day, so both sides of midnight matter.
  due: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }),
  owners: fc.uniqueArray(ownerArb, { selector: (owner) => owner.unit, maxLength: 3 }),
});

const cellText = (cell: TableCell | undefined) => cell?.paragraphs.map(textOf).join('|') ?? '';

describe('one overdue rule everywhere', () => {
  it.each(ZONES)(
    'list, flags, dashboard, Matriks and Laporan agree with isOverdue around midnight %s',
    (zone, offset) => {
      fc.assert(
        fc.property(
          fc.array(commitmentArb, { minLength: 1, maxLength: 8 }),
          fc.constantFrom(-1, 1),
          (commitments, side) => {
            const db = temp.db;
            db.exec('DELETE FROM commitment_owners; DELETE FROM commitments; DELETE FROM meetings; DELETE FROM units;');
            setInstansiZone(db, zone);
            // Local midnight of DAY is (24 - offset):00 UTC the day before; a minute either side.
            const midnight = Date.parse(`${addDays(DAY, -1)}T${String(24 - offset).padStart(2, '0')}:00:00Z`);
            const today = instansiToday(db, midnight + side * 60_000);
            expect(today).toBe(side < 0 ? addDays(DAY, -1) : DAY);

            const units = ['Dinas A', 'Dinas B', 'Dinas C'].map((name) => seedUnit(db, name));
            const meeting = seedMeeting(db, addDays(DAY, -10));
            const expected = new Map<string, boolean>();
            const lateOwners: number[] = [0, 0, 0];
            // A commitment with no owner yet is BELUM, so it is late too; the Matriks prints it with OPD "-".
            let lateOwnerless = 0;
            commitments.forEach((item, index) => {
              const due = item.due === null ? null : addDays(DAY, item.due);
              if (item.owners.length === 0 && isOverdue(due, 'BELUM', today)) lateOwnerless += 1;
              const owners = item.owners.map((o) => [units[o.unit] as UnitId, o.status] as const);
              const seeded = seedCommitment(db, meeting, `Butir ${index}`, due, owners);
              item.owners.forEach((owner, at) => {
                const late = isOverdue(due, owner.status, today);
                expected.set(seeded.owners[at] as string, late);
                if (late) lateOwners[owner.unit] = (lateOwners[owner.unit] ?? 0) + 1;
              });
            });

            // Screens: each owner's flag, and the list's Terlambat filter per OPD.
            const page = listFollowUps(db, { pageSize: 100 }, today);
            for (const row of page.rows)
              for (const owner of row.owners) expect(owner.overdue).toBe(expected.get(owner.id));
            units.forEach((unitId, index) => {
              const late = listFollowUps(db, { unitId, status: 'TERLAMBAT', pageSize: 100 }, today);
              // One OPD's Terlambat is a keyset page (no count): its rows are its late owners, one per commitment.
              expect(late.next, `OPD ${index}`).toBeNull();
              expect(late.rows.length, `OPD ${index}`).toBe(lateOwners[index] ?? 0);
            });
            // All OPD: a commitment is Terlambat when its rolled-up status is late; the flag says the same.
            const lateRows = listFollowUps(db, { status: 'TERLAMBAT', pageSize: 100 }, today)
              .rows.map((row) => row.id)
              .sort();
            expect(lateRows).toEqual(
              page.rows
                .filter((row) => row.overdue)
                .map((row) => row.id)
                .sort(),
            );
            expect(page.rows.every((row) => row.overdue === isOverdue(row.dueDate, row.status, today))).toBe(true);

            // Dashboard (SQL of its own).
            const counts = new Map(unitCounts(db, today, 7).map((count) => [count.unitId, count.overdue]));
            units.forEach((unitId, index) => expect(counts.get(unitId) ?? 0).toBe(lateOwners[index]));

            // Documents: one "(Terlambat)" per late owner in the Matriks and the Laporan.
            const lateTotal = lateOwners.reduce((sum, n) => sum + n, 0);
            const options = { ...sampleSource().options, asOf: today };
            const matriks = buildMatriksTindakLanjut(
              sampleSource({ commitments: commitmentsOf(db, meeting), options }),
            );
            const marks = (cells: ReadonlyArray<TableCell>) =>
              cells.filter((cell) => cellText(cell).endsWith(`(${OVERDUE_LABEL})`)).length;
            expect(marks(tableOf(matriks).bodyRows.flatMap((row) => row.cells))).toBe(lateTotal + lateOwnerless);
            const items = docItems(reportLines(db, { seriesId: null, from: null, to: null }), today);
            const scope = { seriesTitle: null, from: null, to: null };
            const laporan = buildLaporanTindakLanjut({
              instansi: DEFAULT_INSTANSI,
              ...scope,
              asOf: today,
              items,
              signer: null,
            });
            expect(marks(tableOf(laporan).bodyRows.flatMap((row) => row.cells))).toBe(lateTotal);
          },
        ),
        { numRuns: RUNS },
      );
    },
  );
});
