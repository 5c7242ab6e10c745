import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OwnerId } from '../../../shared/domain/followUpViews';
import { readCarryOver } from '../../../electron/main/repositories/carryOverRepository';
import { openTempDb, type TempDb } from '../support/tempDb';
import { followUpContext, type FollowUpTestContext } from '../support/followUpContext';
import { countRows, seedCommitment, seedMeeting, seedSeries, seedUnit } from '../support/followUpSeed';

let temp: TempDb;
let ctx: FollowUpTestContext;
beforeEach(() => {
  temp = openTempDb();
  ctx = followUpContext(temp);
});
afterEach(() => temp.dispose());

function series() {
  const db = temp.db;
  const dinkes = seedUnit(db, 'Dinas Kesehatan');
  const pupr = seedUnit(db, 'Dinas PUPR');
  const seriesId = seedSeries(db);
  const september = seedMeeting(db, '2026-09-25', seriesId, 'Rakor September');
  const open = seedCommitment(db, september, 'Percepat vaksinasi', '2026-10-31', [[dinkes, 'PROSES'], [pupr, 'BELUM']]);
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

describe('carry-over: Tindak lanjut hasil rapat sebelumnya', () => {
  it('lists every open owner of earlier meetings of the series with its status at that moment', async () => {
    const w = series();
    await ctx.call('followup:add-update', report(w.open.owners[0] as OwnerId, 'Cakupan 70%', { percent: 70, reportedOn: '2026-11-01' }));
    const carry = await ctx.call('followup:carryover', { meetingId: w.november });
    expect(carry).toMatchObject({ inSeries: true, takenOn: '2026-11-28', meetingDate: '2026-11-27' });
    expect(carry.items.map((item) => [item.text, item.unitName, item.statusAtMeeting, item.progressAtMeeting, item.percentAtMeeting])).toEqual([
      ['Percepat vaksinasi', 'Dinas Kesehatan', 'PROSES', 'Cakupan 70%', 70],
      ['Percepat vaksinasi', 'Dinas PUPR', 'BELUM', '', null],
    ]);
    expect(carry.items[0]).toMatchObject({ originMeetingTitle: 'Rakor September', dueDate: '2026-10-31', reported: null });
    // The earlier meeting has nothing before it; a meeting outside the series carries nothing.
    expect((await ctx.call('followup:carryover', { meetingId: w.september })).items).toEqual([]);
    expect(await ctx.call('followup:carryover', { meetingId: w.other })).toMatchObject({ inSeries: false, items: [] });
  });

  it('keeps the snapshot unchanged by later updates; a report made in the meeting becomes its reported value', async () => {
    const w = series();
    const before = await ctx.call('followup:carryover', { meetingId: w.november });
    const dinkesOwner = w.open.owners[0] as OwnerId;
    // Reported during the November meeting.
    await ctx.call('followup:add-update', report(dinkesOwner, 'Cakupan 85%', { percent: 85, meetingId: w.november }));
    // After the meeting the OPD finishes; the November snapshot must not move.
    ctx.setNow('2026-12-10T03:00:00Z');
    await ctx.call('followup:add-update', report(dinkesOwner, 'Tuntas', { status: 'SELESAI', reportedOn: '2026-12-10', percent: 100 }));
    await ctx.call('followup:add-update', report(w.open.owners[1] as OwnerId, 'Mulai', { reportedOn: '2026-12-10' }));
    const after = readCarryOver(temp.db, w.november);
    expect(after.items.map((item) => [item.unitName, item.statusAtMeeting, item.progressAtMeeting])).toEqual(
      before.items.map((item) => [item.unitName, item.statusAtMeeting, item.progressAtMeeting]),
    );
    expect(after.items[0]?.reported).toEqual({ status: 'PROSES', reason: '', progress: 'Cakupan 85%', percent: 85 });
    expect(after.items[1]?.reported).toBeNull();
    // Opening the meeting again does not retake the snapshot.
    const reopened = await ctx.call('followup:carryover', { meetingId: w.november });
    expect(reopened.takenOn).toBe('2026-11-28');
    expect(reopened.items.map((item) => item.statusAtMeeting)).toEqual(['PROSES', 'BELUM']);
  });

  it('carries what is still open into the next meeting, including older items', async () => {
    const w = series();
    await ctx.call('followup:carryover', { meetingId: w.november });
    const novemberItem = seedCommitment(temp.db, w.november, 'Data stunting', '2026-12-20', [[w.dinkes, 'BELUM']]);
    await ctx.call('followup:add-update', report(w.open.owners[0] as OwnerId, 'Tuntas', { status: 'SELESAI' }));
    const january = seedMeeting(temp.db, '2027-01-29', w.seriesId, 'Rakor Januari');
    const carry = await ctx.call('followup:carryover', { meetingId: january });
    expect(carry.items.map((item) => [item.text, item.unitName])).toEqual([
      ['Percepat vaksinasi', 'Dinas PUPR'],
      ['Data stunting', 'Dinas Kesehatan'],
    ]);
    expect(carry.items.some((item) => item.commitmentId === novemberItem.id)).toBe(true);
  });

  it('refresh adds what became open later and keeps the rows already listed', async () => {
    const w = series();
    await ctx.call('followup:carryover', { meetingId: w.november });
    const late = seedCommitment(temp.db, w.september, 'Susulan', null, [[w.pupr, 'BELUM']]);
    const refreshed = await ctx.call('followup:carryover-refresh', { meetingId: w.november });
    expect(refreshed.items.map((item) => [item.text, item.position])).toEqual([
      ['Percepat vaksinasi', 1],
      ['Percepat vaksinasi', 2],
      ['Susulan', 3],
    ]);
    expect(refreshed.items[2]?.commitmentId).toBe(late.id);
    await ctx.call('followup:carryover-refresh', { meetingId: w.november });
    expect(countRows(temp.db, 'carryover_items')).toBe(3);
  });

  it('takes no snapshot for a meeting whose notula was approved before it had one', async () => {
    const w = series();
    temp.db.prepare(`UPDATE meetings SET status = 'DISAHKAN' WHERE id = ?`).run(w.november);
    expect(await ctx.call('followup:carryover', { meetingId: w.november })).toMatchObject({ takenOn: null, items: [] });
    expect(await ctx.fail('followup:carryover-refresh', { meetingId: w.november })).toMatchObject({ code: 'LOCKED' });
  });
});
