import { describe, expect, it } from 'vitest';
import type { OwnerId } from '../../../shared/domain/followUpViews';
import { freezeCarryOver, readCarryOver } from '../../../electron/main/repositories/carryOverRepository';
import { countRows, seedCommitment, seedMeeting, seedSeries, seedUnit } from '../support/followUpSeed';
import { useFollowUpDb } from '../support/useTempDb';

const { temp, ctx } = useFollowUpDb();

function series() {
  const db = temp.db;
  const dinkes = seedUnit(db, 'Dinas Kesehatan');
  const pupr = seedUnit(db, 'Dinas PUPR');
  const seriesId = seedSeries(db);
  const september = seedMeeting(db, '2026-09-25', seriesId, 'Rakor September');
  const open = seedCommitment(db, september, 'Percepat vaksinasi', '2026-10-31', [
    [dinkes, 'PROSES'],
    [pupr, 'BELUM'],
  ]);
  const done = seedCommitment(db, september, 'Laporkan serapan', '2026-10-15', [[pupr, 'SELESAI']]);
  const november = seedMeeting(db, '2026-11-27', seriesId, 'Rakor November');
  const other = seedMeeting(db, '2026-11-27', null, 'Rapat lain');
  return { dinkes, pupr, seriesId, september, november, other, open, done };
}

const report = (ownerId: OwnerId, text: string, extra: Record<string, unknown> = {}) => ({
  ownerId,
  reportedOn: '2026-11-27',
  status: 'PROSES' as const,
  reason: '',
  text,
  percent: null,
  links: [],
  fileIds: [],
  ...extra,
});

const writer = { now: Date.parse('2026-12-01T03:00:00Z'), actor: 'penguji' };

describe('carry-over: Tindak lanjut hasil rapat sebelumnya', () => {
  it('lists, live, every open owner of earlier meetings of the series with its latest status', async () => {
    const w = series();
    await ctx.call(
      'followup:add-update',
      report(w.open.owners[0] as OwnerId, 'Cakupan 70%', { percent: 70, reportedOn: '2026-11-01' }),
    );
    const carry = await ctx.call('followup:carryover', { meetingId: w.november });
    expect(carry).toMatchObject({ inSeries: true, live: true, takenOn: null, meetingDate: '2026-11-27' });
    expect(
      carry.items.map((item) => [
        item.text,
        item.unitName,
        item.statusAtMeeting,
        item.progressAtMeeting,
        item.percentAtMeeting,
      ]),
    ).toEqual([
      ['Percepat vaksinasi', 'Dinas Kesehatan', 'PROSES', 'Cakupan 70%', 70],
      ['Percepat vaksinasi', 'Dinas PUPR', 'BELUM', '', null],
    ]);
    expect(carry.items[0]).toMatchObject({
      originMeetingTitle: 'Rakor September',
      dueDate: '2026-10-31',
      reported: null,
    });
    // Reading stores nothing: there is no list to go stale.
    expect(countRows(temp.db, 'carryover_items')).toBe(0);
    expect(temp.db.prepare('SELECT count(*) AS n FROM carryover_snapshots').get()).toEqual({ n: 0 });
    // The earlier meeting has nothing before it; a meeting outside the series carries nothing.
    expect((await ctx.call('followup:carryover', { meetingId: w.september })).items).toEqual([]);
    expect(await ctx.call('followup:carryover', { meetingId: w.other })).toMatchObject({
      inSeries: false,
      live: false,
      items: [],
    });
  });

  it('follows every report until approval: one closed after the previous meeting stays listed, as done', async () => {
    const w = series();
    const dinkesOwner = w.open.owners[0] as OwnerId;
    await ctx.call('followup:carryover', { meetingId: w.november });
    // Reported in the November meeting, then finished before the minutes are approved.
    await ctx.call('followup:add-update', report(dinkesOwner, 'Cakupan 85%', { percent: 85, meetingId: w.november }));
    await ctx.call(
      'followup:add-update',
      report(dinkesOwner, 'Tuntas', { status: 'SELESAI', reportedOn: '2026-11-28', percent: 100 }),
    );
    const carry = readCarryOver(temp.db, w.november);
    expect(carry.items.map((item) => [item.unitName, item.statusAtMeeting, item.progressAtMeeting])).toEqual([
      ['Dinas Kesehatan', 'SELESAI', 'Tuntas'],
      ['Dinas PUPR', 'BELUM', ''],
    ]);
    expect(carry.items[0]?.reported).toEqual({ status: 'PROSES', reason: '', progress: 'Cakupan 85%', percent: 85 });
    // "Laporkan serapan" was done before September's meeting was over: not news to November.
    expect(carry.items.some((item) => item.text === 'Laporkan serapan')).toBe(false);
  });

  it('carries what is still open into the next meeting, including older items', async () => {
    const w = series();
    const novemberItem = seedCommitment(temp.db, w.november, 'Data stunting', '2026-12-20', [[w.dinkes, 'BELUM']]);
    await ctx.call('followup:add-update', report(w.open.owners[0] as OwnerId, 'Tuntas', { status: 'SELESAI' }));
    const january = seedMeeting(temp.db, '2027-01-29', w.seriesId, 'Rakor Januari');
    const carry = await ctx.call('followup:carryover', { meetingId: january });
    // Dinkes closed on the day of the November meeting, which carried it; January no longer does.
    expect(carry.items.map((item) => [item.text, item.unitName])).toEqual([
      ['Percepat vaksinasi', 'Dinas PUPR'],
      ['Data stunting', 'Dinas Kesehatan'],
    ]);
    expect(carry.items.some((item) => item.commitmentId === novemberItem.id)).toBe(true);
  });

  it('approval freezes the list as it stands, dated the day of approval; later reports change nothing', async () => {
    const w = series();
    const late = seedCommitment(temp.db, w.september, 'Susulan', null, [[w.pupr, 'BELUM']]);
    await ctx.call(
      'followup:add-update',
      report(w.open.owners[0] as OwnerId, 'Tuntas', { status: 'SELESAI', reportedOn: '2026-11-20' }),
    );
    const live = readCarryOver(temp.db, w.november);
    temp.db.transaction(() => freezeCarryOver(temp.db, w.november, '2026-11-30', writer))();
    approveRow(w.november);
    const frozen = readCarryOver(temp.db, w.november);
    expect(frozen).toMatchObject({ live: false, takenOn: '2026-11-30' });
    const rows = (carry: typeof live) =>
      carry.items.map((item) => [item.commitmentId, item.unitName, item.statusAtMeeting, item.position]);
    expect(rows(frozen)).toEqual(rows(live));
    expect(frozen.items.some((item) => item.commitmentId === late.id)).toBe(true);

    ctx.setNow('2026-12-10T03:00:00Z');
    await ctx.call('followup:add-update', report(w.open.owners[1] as OwnerId, 'Mulai', { reportedOn: '2026-12-10' }));
    await ctx.call(
      'followup:add-update',
      report(late.owners[0] as OwnerId, 'Selesai', { status: 'SELESAI', reportedOn: '2026-12-10' }),
    );
    expect(rows(readCarryOver(temp.db, w.november))).toEqual(rows(live));
    // A second approval (of a revision) keeps the first freeze.
    temp.db.transaction(() => freezeCarryOver(temp.db, w.november, '2026-12-11', writer))();
    expect(readCarryOver(temp.db, w.november)).toMatchObject({ takenOn: '2026-11-30' });
  });

  it('shows an empty frozen list for a meeting approved by an earlier version without one', async () => {
    const w = series();
    approveRow(w.november);
    expect(await ctx.call('followup:carryover', { meetingId: w.november })).toMatchObject({
      live: false,
      takenOn: null,
      items: [],
    });
  });
});

/** The documents row an approval writes: what marks a meeting's carry-over as frozen. */
function approveRow(meetingId: string): void {
  temp.db
    .prepare(
      `INSERT INTO documents (id, meeting_id, version, canonical_json, sha256, approved_at, approved_by, created_at)
       VALUES (?, ?, 1, '{}', 'x', 0, 'Ketua', 0)`,
    )
    .run(`doc-${meetingId}`, meetingId);
  temp.db.prepare(`UPDATE meetings SET status = 'DISAHKAN' WHERE id = ?`).run(meetingId);
}
