import { describe, expect, it } from 'vitest';
import { OWNER_STATUSES, type OwnerStatus } from '../../../shared/domain/commitment';
import { FOLLOW_UP_FILTER_STATUSES, matchesStatusFilter, rollUpStatus } from '../../../shared/domain/followUp';
import { filterOptions, unitCounts } from '../../../electron/main/repositories/followUpDashboardRepository';
import { getFollowUp, listFollowUps } from '../../../electron/main/repositories/followUpRepository';
import { useTempDb } from '../support/useTempDb';
import { seedCommitment, seedMeeting, seedSeries, seedUnit } from '../support/followUpSeed';
import type { UnitId } from '../../../shared/domain/ids';

const temp = useTempDb();

const TODAY = '2026-11-28';

function world() {
  const db = temp.db;
  const dinkes = seedUnit(db, 'Dinas Kesehatan');
  const pupr = seedUnit(db, 'Dinas PUPR');
  const bappeda = seedUnit(db, 'Bappeda');
  const series = seedSeries(db);
  const first = seedMeeting(db, '2026-09-25', series, 'Rakor September');
  const second = seedMeeting(db, '2026-11-27', series, 'Rakor November');
  const alone = seedMeeting(db, '2026-10-10', null, 'Rapat Stunting');
  const a = seedCommitment(
    db,
    first,
    'Percepat vaksinasi',
    '2026-10-31',
    [
      [dinkes, 'PROSES'],
      [pupr, 'BELUM'],
    ],
    'Kesehatan',
  );
  const b = seedCommitment(db, first, 'Perbaiki jalan desa', '2026-12-15', [[pupr, 'BELUM']], 'Infrastruktur');
  const c = seedCommitment(db, first, 'Laporkan serapan', '2026-11-20', [[bappeda, 'SELESAI']]);
  const d = seedCommitment(
    db,
    second,
    'Data stunting',
    '2026-12-01',
    [
      [dinkes, 'BELUM'],
      [bappeda, 'TIDAK_DAPAT'],
    ],
    'Kesehatan',
  );
  const e = seedCommitment(db, alone, 'Posyandu aktif', null, [[dinkes, 'BELUM']]);
  return { dinkes, pupr, bappeda, series, first, second, alone, a, b, c, d, e };
}

describe('repositories/followUpRepository: roll-up in SQL', () => {
  it('agrees with shared rollUpStatus for every mix of up to three owners', () => {
    const db = temp.db;
    const units = [seedUnit(db, 'U1'), seedUnit(db, 'U2'), seedUnit(db, 'U3')];
    const meeting = seedMeeting(db, '2026-11-01');
    const mixes: OwnerStatus[][] = [[]];
    for (const a of OWNER_STATUSES) {
      mixes.push([a]);
      for (const b of OWNER_STATUSES) {
        mixes.push([a, b]);
        for (const c of OWNER_STATUSES) mixes.push([a, b, c]);
      }
    }
    const expected = new Map<string, OwnerStatus>();
    for (const mix of mixes) {
      const seeded = seedCommitment(
        db,
        meeting,
        mix.join('+') || 'tanpa PJ',
        null,
        mix.map((status, index) => [units[index] as UnitId, status] as const),
      );
      expected.set(seeded.id, rollUpStatus(mix));
    }
    const page = listFollowUps(db, { pageSize: 200 }, TODAY);
    expect(page.total).toBe(mixes.length);
    for (const row of page.rows) expect(row.status, row.text).toBe(expected.get(row.id));
    // Status filters test owners instead of rolling up: each must pick exactly the same rows.
    for (const filter of FOLLOW_UP_FILTER_STATUSES) {
      const ids = listFollowUps(db, { status: filter, pageSize: 200 }, TODAY)
        .rows.map((row) => row.id)
        .sort();
      const want = [...expected]
        .filter(([, status]) => matchesStatusFilter(filter, status, null, TODAY))
        .map(([id]) => id)
        .sort();
      if (filter !== 'TERLAMBAT') expect(ids, filter).toEqual(want);
      else expect(ids).toEqual([]);
    }
    for (const filter of OWNER_STATUSES) {
      const ranked = listFollowUps(db, { status: filter, sort: 'STATUS', pageSize: 200 }, TODAY).rows;
      expect(
        ranked.every((row) => row.status === filter),
        filter,
      ).toBe(true);
    }
  });
});

describe('repositories/followUpRepository: list', () => {
  it('lists every live commitment across meetings with owners, badges and Terlambat', () => {
    const w = world();
    const page = listFollowUps(temp.db, {}, TODAY);
    expect(page.total).toBe(5);
    // Default order: due date first, no due date last.
    expect(page.rows.map((row) => row.text)).toEqual([
      'Percepat vaksinasi',
      'Laporkan serapan',
      'Data stunting',
      'Perbaiki jalan desa',
      'Posyandu aktif',
    ]);
    const a = page.rows[0];
    expect(a).toMatchObject({
      status: 'PROSES',
      overdue: true,
      meetingTitle: 'Rakor September',
      programTag: 'Kesehatan',
      seriesId: w.series,
    });
    expect(a?.owners.map((owner) => [owner.unitName, owner.status, owner.overdue])).toEqual([
      ['Dinas Kesehatan', 'PROSES', true],
      ['Dinas PUPR', 'BELUM', true],
    ]);
    expect(page.rows.find((row) => row.text === 'Laporkan serapan')).toMatchObject({
      status: 'SELESAI',
      overdue: false,
    });
    expect(page.rows.find((row) => row.text === 'Data stunting')?.status).toBe('BELUM');
  });

  it("filters by OPD using that OPD's own status", () => {
    const w = world();
    const pupr = listFollowUps(temp.db, { unitId: w.pupr }, TODAY);
    expect(pupr.rows.map((row) => [row.text, row.status])).toEqual([
      ['Percepat vaksinasi', 'BELUM'],
      ['Perbaiki jalan desa', 'BELUM'],
    ]);
    const bappedaCannot = listFollowUps(temp.db, { unitId: w.bappeda, status: 'TIDAK_DAPAT' }, TODAY);
    expect(bappedaCannot.rows.map((row) => row.text)).toEqual(['Data stunting']);
  });

  it('filters by status including the computed Terlambat, by due window, meeting, series and tag', () => {
    const w = world();
    const texts = (query: Parameters<typeof listFollowUps>[1]) =>
      listFollowUps(temp.db, query, TODAY).rows.map((row) => row.text);
    expect(texts({ status: 'TERLAMBAT' })).toEqual(['Percepat vaksinasi']);
    expect(texts({ status: 'SELESAI' })).toEqual(['Laporkan serapan']);
    expect(texts({ status: 'TERBUKA' })).toEqual([
      'Percepat vaksinasi',
      'Data stunting',
      'Perbaiki jalan desa',
      'Posyandu aktif',
    ]);
    expect(texts({ status: 'TERBUKA', unitId: w.dinkes, dueFrom: TODAY, dueTo: '2026-12-05' })).toEqual([
      'Data stunting',
    ]);
    expect(texts({ status: 'BELUM' })).toEqual(['Data stunting', 'Perbaiki jalan desa', 'Posyandu aktif']);
    expect(texts({ dueFrom: TODAY, dueTo: '2026-12-05' })).toEqual(['Data stunting']);
    expect(texts({ dueNone: true })).toEqual(['Posyandu aktif']);
    expect(texts({ meetingId: w.second })).toEqual(['Data stunting']);
    expect(texts({ seriesId: w.series })).toHaveLength(4);
    expect(texts({ programTag: 'Kesehatan' })).toEqual(['Percepat vaksinasi', 'Data stunting']);
    // A day later "Data stunting" is not late yet; after 1 December it is.
    expect(listFollowUps(temp.db, { status: 'TERLAMBAT' }, '2026-12-02').rows.map((row) => row.text)).toEqual([
      'Percepat vaksinasi',
      'Data stunting',
    ]);
  });

  it('sorts by origin, text and status and pages with a total', () => {
    world();
    const sorted = (sort: 'ASAL' | 'URAIAN' | 'STATUS', descending = false) =>
      listFollowUps(temp.db, { sort, descending }, TODAY).rows.map((row) => row.text);
    expect(sorted('ASAL')).toEqual([
      'Percepat vaksinasi',
      'Perbaiki jalan desa',
      'Laporkan serapan',
      'Posyandu aktif',
      'Data stunting',
    ]);
    expect(sorted('ASAL', true)[0]).toBe('Data stunting');
    expect(sorted('URAIAN')).toEqual([
      'Data stunting',
      'Laporkan serapan',
      'Perbaiki jalan desa',
      'Percepat vaksinasi',
      'Posyandu aktif',
    ]);
    expect(sorted('STATUS')[0]).toBe('Percepat vaksinasi');
    expect(sorted('STATUS').at(-1)).toBe('Laporkan serapan');
    const page2 = listFollowUps(temp.db, { pageSize: 2, page: 2 }, TODAY);
    expect(page2).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page2.rows.map((row) => row.text)).toEqual(['Data stunting', 'Perbaiki jalan desa']);
    // Past the last page there are no rows to carry the total: it is counted apart.
    expect(listFollowUps(temp.db, { pageSize: 2, page: 9 }, TODAY)).toMatchObject({ total: 5, rows: [] });
  });

  it('hides deleted commitments and commitments of deleted meetings', () => {
    const w = world();
    temp.db.prepare('UPDATE commitments SET deleted_at = 1 WHERE id = ?').run(w.b.id);
    temp.db.prepare('UPDATE meetings SET deleted_at = 1 WHERE id = ?').run(w.alone);
    expect(listFollowUps(temp.db, {}, TODAY).total).toBe(3);
    expect(unitCounts(temp.db, TODAY, 7).find((unit) => unit.unitId === w.pupr)?.open).toBe(1);
    expect(() => getFollowUp(temp.db, w.b.id, TODAY)).toThrow(/tidak ditemukan/);
  });
});

describe('repositories/followUpRepository: dashboard and options', () => {
  it('counts per OPD: open, Terlambat, due soon, done, cannot (matches a hand count)', () => {
    const w = world();
    const counts = unitCounts(temp.db, TODAY, 7);
    const byName = Object.fromEntries(counts.map((unit) => [unit.unitName, unit]));
    // Dinas Kesehatan: vaksinasi (PROSES, late), stunting (BELUM, due 1 Dec: soon), posyandu (BELUM, no date).
    expect(byName['Dinas Kesehatan']).toMatchObject({ open: 3, overdue: 1, dueSoon: 1, done: 0, cannot: 0 });
    // Dinas PUPR: vaksinasi (late), jalan (due 15 Dec: not within 7 days).
    expect(byName['Dinas PUPR']).toMatchObject({ open: 2, overdue: 1, dueSoon: 0, done: 0, cannot: 0 });
    expect(byName['Bappeda']).toMatchObject({ open: 0, overdue: 0, dueSoon: 0, done: 1, cannot: 1 });
    expect(counts.map((unit) => unit.unitId).slice(0, 2)).toEqual([w.dinkes, w.pupr]);
    expect(unitCounts(temp.db, TODAY, 30).find((unit) => unit.unitId === w.pupr)?.dueSoon).toBe(1);
  });

  it('agrees with the plain definition (every owner joined) on random data with deletions', () => {
    const db = temp.db;
    const units = Array.from({ length: 6 }, (_, i) => seedUnit(db, `OPD ${i}`));
    const meetings = Array.from({ length: 5 }, (_, i) => seedMeeting(db, `2026-0${i + 1}-15`));
    let state = 99;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const commitments: string[] = [];
    for (let i = 0; i < 120; i += 1) {
      const owners = units
        .filter(() => random() < 0.35)
        .map((unit) => [unit, OWNER_STATUSES[Math.floor(random() * OWNER_STATUSES.length)]] as [UnitId, OwnerStatus]);
      const due =
        random() < 0.15
          ? null
          : `2026-${String(9 + Math.floor(random() * 4)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      commitments.push(seedCommitment(db, meetings[i % meetings.length] as never, `Komitmen ${i}`, due, owners).id);
    }
    db.prepare('UPDATE meetings SET deleted_at = 1 WHERE id = ?').run(meetings[2]);
    for (const id of commitments.filter((_, i) => i % 9 === 0))
      db.prepare('UPDATE commitments SET deleted_at = 1 WHERE id = ?').run(id);
    const plain = db
      .prepare(
        `SELECT o.unit_id AS unitId, u.name AS unitName, sum(o.status IN ('BELUM', 'PROSES')) AS open,
           sum(o.status IN ('BELUM', 'PROSES') AND c.due_date < @today) AS overdue,
           sum(o.status IN ('BELUM', 'PROSES') AND c.due_date >= @today AND c.due_date <= @soon) AS dueSoon,
           sum(o.status = 'SELESAI') AS done, sum(o.status = 'TIDAK_DAPAT') AS cannot
         FROM commitment_owners o JOIN commitments c ON c.id = o.commitment_id JOIN meetings m ON m.id = c.meeting_id JOIN units u ON u.id = o.unit_id
         WHERE c.deleted_at IS NULL AND m.deleted_at IS NULL GROUP BY o.unit_id ORDER BY overdue DESC, open DESC, u.name COLLATE NOCASE`,
      )
      .all({ today: TODAY, soon: '2026-12-05' });
    expect(plain.length).toBe(6);
    expect(unitCounts(db, TODAY, 7)).toEqual(plain);
  });

  it('offers only units, meetings and tags that have commitments', () => {
    const w = world();
    seedUnit(temp.db, 'Satpol PP');
    const options = filterOptions(temp.db);
    expect(options.units.map((unit) => unit.name)).toEqual(['Bappeda', 'Dinas Kesehatan', 'Dinas PUPR']);
    expect(options.meetings.map((meeting) => meeting.id)).toEqual([w.second, w.alone, w.first]);
    expect(options.series.map((series) => series.title)).toEqual(['Rakor Kepala OPD']);
    expect(options.programTags).toEqual(['Infrastruktur', 'Kesehatan']);
  });
});
