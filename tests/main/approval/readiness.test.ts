import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getInstansi, updateInstansi } from '../../../electron/main/repositories/settingsRepository';
import type { TempDb } from '../support/tempDb';
import { openApprovalWorld, dumpTables, paragraph, submit, type World } from './approvalWorld';

/*
 * Issue 14: submission and approval check first. While a required part of the Notula is
 * missing they are refused with the list of what is missing (the state carries the same
 * list for the renderer), and the chair's decision cannot be dated before the submission
 * it decides or after today in the office's zone.
 */
let temp: TempDb;
let world: World;
beforeEach(async () => ({ temp, world } = await openApprovalWorld()));
afterEach(() => temp.dispose());

async function emptySection(kind: 'OPENING' | 'CONCLUSION' | 'DISCUSSION', index = 0) {
  const { sections } = await world.ctx.call('minutes:get', { meetingId: world.meetingId });
  const section = sections.filter((entry) => entry.kind === kind)[index]!;
  await world.ctx.call('minutes:save-section', {
    id: section.id,
    baseRevision: section.revision,
    content: { type: 'doc', content: [] },
  });
  return section;
}

describe('approval/readiness', () => {
  it('refuses the submission with every missing part listed, writing nothing, and the state names each one', async () => {
    const { ctx, meetingId } = world;
    await ctx.call('meetings:update-identity', { ...world.identity, startTime: null, endTime: null });
    await emptySection('OPENING');
    const discussion = await emptySection('DISCUSSION', 1);
    await ctx.call('decisions:delete', { id: world.decision });

    const state = await ctx.call('approval:state', { meetingId });
    expect(state.gaps.map((gap) => [gap.kind, gap.blocks, gap.agendaTitle])).toEqual([
      ['START_TIME', 'submit', null],
      ['END_TIME', 'approve', null],
      ['OPENING', 'submit', null],
      ['DISCUSSION', 'submit', 'Program prioritas OPD'],
      ['CONCLUSION', 'submit', null],
    ]);
    expect(state.gaps[3]?.sectionId).toBe(discussion.id);

    const before = dumpTables(temp.db);
    expect(await ctx.fail('approval:submit', { meetingId, note: '' })).toEqual({
      code: 'INVALID_INPUT',
      message:
        'Notula belum dapat diajukan karena belum lengkap: waktu mulai rapat belum diisi; Kata Pembukaan belum ditulis; ' +
        'Pembahasan acara "Program prioritas OPD" belum ditulis; Keputusan/Kesimpulan belum ditulis (tulis kesimpulan atau catat keputusan). ' +
        'Lengkapi dulu, lalu ajukan lagi.',
    });
    expect(dumpTables(temp.db)).toEqual(before);
  });

  it('needs an agenda, and takes a written conclusion in place of recorded decisions', async () => {
    const { ctx, meetingId } = world;
    await ctx.call('decisions:delete', { id: world.decision });
    const { sections } = await ctx.call('minutes:get', { meetingId });
    const conclusion = sections.find((entry) => entry.kind === 'CONCLUSION')!;
    await ctx.call('minutes:save-section', {
      id: conclusion.id,
      baseRevision: 0,
      content: paragraph('Seluruh OPD melapor tiap triwulan.'),
    });
    for (const id of world.agenda) await ctx.call('agenda:remove', { id });
    expect((await ctx.call('approval:state', { meetingId })).gaps.map((gap) => gap.kind)).toEqual(['AGENDA']);
    expect(await ctx.fail('approval:submit', { meetingId, note: '' })).toMatchObject({
      message: expect.stringMatching(/acara rapat belum diisi/),
    });
  });

  it('lets a draft without its end time be submitted, and refuses its approval until the end time is filled in', async () => {
    const { ctx, meetingId, seeded } = world;
    await ctx.call('meetings:update-identity', { ...world.identity, endTime: null });
    await submit(world);
    const decision = { meetingId, personId: seeded.people.wabup, decidedOn: '2026-11-28', decidedTime: '10:00' };
    const before = dumpTables(temp.db);
    expect(await ctx.fail('approval:approve', decision)).toEqual({
      code: 'INVALID_INPUT',
      message:
        'Notula belum dapat disahkan karena belum lengkap: waktu selesai rapat belum diisi. Kembalikan dengan catatan untuk melengkapinya.',
    });
    expect(dumpTables(temp.db)).toEqual(before);
    // The way out: return it, fill in the end time, submit again, approve.
    await ctx.call('approval:return', { ...decision, notes: 'Isi waktu selesai.' });
    await ctx.call('meetings:update-identity', world.identity);
    await submit(world);
    expect((await ctx.call('approval:approve', decision)).state.status).toBe('DISAHKAN');
    expect((await ctx.call('approval:state', { meetingId })).gaps).toEqual([]);
  });
});

describe('approval/submission stops the timers', () => {
  it('ends the running agenda item at the submission, so nothing counts behind the lock', async () => {
    const { ctx, meetingId } = world;
    ctx.setNow('2026-11-28T02:30:00Z');
    await ctx.call('agenda:start-item', { id: world.agenda[1]! });
    ctx.setNow('2026-11-28T03:00:00Z');
    await submit(world);
    const timers = await ctx.call('agenda:timers', { meetingId });
    expect(timers.find((timer) => timer.id === world.agenda[1])).toMatchObject({
      actualStartAt: Date.parse('2026-11-28T02:30:00Z'),
      actualEndAt: Date.parse('2026-11-28T03:00:00Z'),
    });
    expect(timers.every((timer) => timer.actualStartAt === null || timer.actualEndAt !== null)).toBe(true);
  });
});

describe('approval/decision dates', () => {
  it('refuses a return or an approval dated before the submission it decides', async () => {
    const { ctx, meetingId, seeded } = world;
    await submit(world);
    world.ctx.setNow('2026-11-28T05:00:00Z');
    const decision = { meetingId, personId: seeded.people.wabup, decidedOn: '2026-11-28' };
    const message =
      'Keputusan pimpinan tidak boleh bertanggal sebelum notula diajukan (Sabtu, 28 November 2026 pukul 10.00). Periksa tanggal dan waktunya.';
    expect(await ctx.fail('approval:approve', { ...decision, decidedTime: '09:59' })).toEqual({
      code: 'INVALID_INPUT',
      message,
    });
    expect(await ctx.fail('approval:return', { ...decision, decidedTime: '08:00', notes: 'x' })).toEqual({
      code: 'INVALID_INPUT',
      message,
    });
    expect(await ctx.fail('approval:approve', { ...decision, decidedOn: '2026-11-27', decidedTime: null })).toEqual({
      code: 'INVALID_INPUT',
      message,
    });
    // The day alone (no time) on the submission's day is not "before" it.
    expect((await ctx.call('approval:approve', { ...decision, decidedTime: null })).state.status).toBe('DISAHKAN');
  });

  it("refuses a date after today in the office's zone, where the meeting's zone would still be yesterday", async () => {
    const { ctx, meetingId, seeded } = world;
    await submit(world);
    // 16.30 UTC: 23.30 on the 28th in WIB (the meeting), 01.30 on the 29th in WIT (the office).
    ctx.setNow('2026-11-28T16:30:00Z');
    const decision = { meetingId, personId: seeded.people.wabup, decidedTime: null };
    updateInstansi(temp.db, { ...getInstansi(temp.db), timeZone: 'Asia/Jayapura' }, { now: 1, actor: 'penguji' });
    expect(await ctx.fail('approval:approve', { ...decision, decidedOn: '2026-11-30' })).toEqual({
      code: 'INVALID_INPUT',
      message: 'Tanggal dan waktu keputusan pimpinan tidak boleh di masa depan (hari ini Minggu, 29 November 2026).',
    });
    expect((await ctx.call('approval:approve', { ...decision, decidedOn: '2026-11-29' })).state.status).toBe(
      'DISAHKAN',
    );
  });
});
