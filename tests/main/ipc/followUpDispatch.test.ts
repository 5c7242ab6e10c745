import { describe, expect, it } from 'vitest';
import type { IndonesianTimeZone } from '../../../shared/domain/instansi';
import { countRows, seedCommitment, seedMeeting, seedUnit, setInstansiZone } from '../support/followUpSeed';
import { useFollowUpDb } from '../support/useTempDb';

const { temp, ctx } = useFollowUpDb();

const OWNER = '7a1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** A valid progress report but for what `change` breaks. */
const progressUpdate = (change: Readonly<Record<string, unknown>>) => ({
  ownerId: OWNER,
  reportedOn: '2026-11-28',
  status: 'PROSES',
  reason: '',
  text: '',
  percent: null,
  links: [],
  fileIds: [],
  ...change,
});

describe('ipc/followUp: bad input is refused in Indonesian and writes nothing', () => {
  it('passes the schema with the base report, so each case below is refused for its own change', async () => {
    const error = await ctx.fail('followup:add-update', progressUpdate({}));
    expect(error.code).not.toBe('INVALID_INPUT');
  });

  it.each([
    ['followup:add-update', progressUpdate({ reportedOn: '2026-02-30' }), /Tanggal laporan tidak valid/],
    ['followup:add-update', progressUpdate({ status: 'HAMPIR' }), /Status harus/],
    ['followup:add-update', progressUpdate({ percent: 101 }), /paling besar 100/],
    ['followup:add-update', progressUpdate({ percent: 12.5 }), /bilangan bulat/],
    ['followup:add-update', progressUpdate({ fileIds: ['../../etc/passwd'] }), /Berkas bukti tidak valid/],
    ['followup:add-update', progressUpdate({ sql: 'x' }), /.+/],
    ['followup:list', { pageSize: 5000 }, /200 baris/],
    ['followup:list', { dueFrom: '2026-12-01', dueTo: '2026-11-01' }, /dari.*sebelum/],
    ['followup:list', { status: 'LUPA' }, /Status penyaring/],
    ['followup:carryover', { meetingId: 'rapat-1' }, /Id rapat tidak valid/],
    [
      'followup:request-export',
      { unitIds: [], letter: false, form: false, letterNumber: '', replyBy: '2026-12-05', signerPersonId: null },
      /Pilih surat, formulir/,
    ],
    ['followup:update-reminder-settings', { daysBefore: -1 }, /paling kecil 0/],
    ['followup:update-reminder-settings', { daysBefore: 61 }, /paling besar 60/],
    ['followup:import-apply', { fileId: 'C:\\Users\\notulis\\balasan.xlsx' }, /tidak valid/],
  ] as const)('%s %j', async (channel, input, message) => {
    const error = await ctx.fail(channel, input);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(message);
    expect(countRows(temp.db, 'commitment_updates')).toBe(0);
  });
});

describe("ipc/followUp: Terlambat and reminders counted on the instansi's day", () => {
  const zones: ReadonlyArray<readonly [IndonesianTimeZone, string, string]> = [
    ['Asia/Jakarta', '2026-11-27T16:59:00Z', '2026-11-27T17:00:00Z'],
    ['Asia/Makassar', '2026-11-27T15:59:00Z', '2026-11-27T16:00:00Z'],
    ['Asia/Jayapura', '2026-11-27T14:59:00Z', '2026-11-27T15:00:00Z'],
  ];

  it.each(zones)('%s: the dashboard turns the item late at local midnight', async (zone, before, after) => {
    setInstansiZone(temp.db, zone);
    const unit = seedUnit(temp.db, 'Dinas Kesehatan');
    seedCommitment(temp.db, seedMeeting(temp.db, '2026-10-01'), 'Vaksinasi', '2026-11-27', [[unit, 'PROSES']]);
    ctx.setNow(before);
    expect(await ctx.call('followup:dashboard', {})).toMatchObject({
      today: '2026-11-27',
      totals: { overdue: 0, dueSoon: 1 },
    });
    expect((await ctx.call('followup:list', { status: 'TERLAMBAT' })).rows).toHaveLength(0);
    ctx.setNow(after);
    expect(await ctx.call('followup:dashboard', {})).toMatchObject({
      today: '2026-11-28',
      totals: { overdue: 1, dueSoon: 0 },
    });
    expect((await ctx.call('followup:list', { status: 'TERLAMBAT' })).rows[0]).toMatchObject({
      text: 'Vaksinasi',
      overdue: true,
    });
  });

  it('keeps the reminder days as a setting and shows the inbox as unread once a day', async () => {
    const unit = seedUnit(temp.db, 'Dinas PUPR');
    const meeting = seedMeeting(temp.db, '2026-10-01');
    seedCommitment(temp.db, meeting, 'Jalan', '2026-11-01', [[unit, 'BELUM']]);
    seedCommitment(temp.db, meeting, 'Jembatan', '2026-12-08', [[unit, 'BELUM']]);
    expect(await ctx.call('followup:get-reminder-settings', {})).toEqual({ daysBefore: 7 });
    expect(await ctx.call('followup:reminders', {})).toMatchObject({ overdue: 1, dueSoon: 0, unread: true });
    expect(await ctx.call('followup:update-reminder-settings', { daysBefore: 14 })).toEqual({ daysBefore: 14 });
    expect(await ctx.call('followup:reminders', {})).toMatchObject({
      overdue: 1,
      dueSoon: 1,
      reminderDays: 14,
      unread: true,
    });
    expect(await ctx.call('followup:reminders-seen', {})).toMatchObject({ unread: false });
    expect((await ctx.call('followup:reminders', {})).unread).toBe(false);
    ctx.setNow('2026-11-29T03:00:00Z');
    expect((await ctx.call('followup:reminders', {})).unread).toBe(true);
  });
});
