import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCanonicalSnapshot } from '../../../electron/main/services/approval/canonicalSnapshot';
import type { MeetingId } from '../../../shared/domain/ids';
import type { TempDb } from '../support/tempDb';
import { approve, openApprovalWorld, type World } from './approvalWorld';

let temp: TempDb;
let world: World;
beforeEach(async () => ({ temp, world } = await openApprovalWorld()));
afterEach(() => temp.dispose());

const CODE = /^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{2}$/;

function documents(meetingId: MeetingId) {
  return temp.db
    .prepare(
      'SELECT version, canonical_json, sha256, approved_at, approved_by, verification_code FROM documents WHERE meeting_id = ? ORDER BY version',
    )
    .all(meetingId) as Array<{
    version: number;
    canonical_json: string;
    sha256: string;
    approved_at: number;
    approved_by: string;
    verification_code: string;
  }>;
}

describe('approval/workflow', () => {
  it('walks Draf -> Diajukan -> Dikembalikan -> Diajukan -> Disahkan, recording who and when', async () => {
    const { ctx, meetingId, seeded } = world;
    const chair = seeded.people.wabup;

    const submitted = await ctx.call('approval:submit', { meetingId, note: 'Mohon diperiksa.' });
    expect(submitted.meeting.status).toBe('DIAJUKAN');
    expect(submitted.state.steps).toEqual([
      expect.objectContaining({
        step: 'DIAJUKAN',
        personId: chair,
        personName: 'Nama Wakil Bupati Contoh, S.E.',
        note: 'Mohon diperiksa.',
        decidedOn: '2026-11-28',
        decidedTime: '10:00',
        recordedBy: 'penguji',
      }),
    ]);

    expect(
      await ctx.fail('approval:return', {
        meetingId,
        personId: chair,
        decidedOn: '2026-11-28',
        decidedTime: '09:00',
        notes: '  ',
      }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Catatan pimpinan wajib diisi.',
    });
    ctx.setNow('2026-11-28T03:30:00Z');
    const returned = await ctx.call('approval:return', {
      meetingId,
      personId: chair,
      decidedOn: '2026-11-28',
      decidedTime: '10:15',
      notes: 'Lengkapi arahan tentang stunting.',
    });
    expect(returned.meeting.status).toBe('DIKEMBALIKAN');
    expect(returned.state.lastReturn).toMatchObject({
      note: 'Lengkapi arahan tentang stunting.',
      personName: 'Nama Wakil Bupati Contoh, S.E.',
      decidedTime: '10:15',
    });

    // Returned minutes are editable again.
    await ctx.call('decisions:create', {
      meetingId,
      text: 'Dinas Kesehatan memimpin percepatan penurunan stunting.',
      agendaItemId: null,
    });
    await ctx.call('approval:submit', { meetingId, note: '' });
    ctx.setNow('2026-11-28T04:00:00Z');
    // The approval decides the second submission (10.30), not the first.
    expect(
      await ctx.fail('approval:approve', { meetingId, personId: chair, decidedOn: '2026-11-28', decidedTime: '10:20' }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      message:
        'Keputusan pimpinan tidak boleh bertanggal sebelum notula diajukan (Sabtu, 28 November 2026 pukul 10.30). Periksa tanggal dan waktunya.',
    });
    const approved = await ctx.call('approval:approve', {
      meetingId,
      personId: chair,
      decidedOn: '2026-11-28',
      decidedTime: '10:45',
    });

    expect(approved.meeting.status).toBe('DISAHKAN');
    expect(approved.state.approved).toMatchObject({
      version: 1,
      approvedOn: '2026-11-28',
      approvedTime: '10:45',
      approvedBy: 'Nama Wakil Bupati Contoh, S.E. (Wakil Bupati Contoh)',
    });
    expect(approved.state.approved?.verificationCode).toMatch(CODE);
    expect(approved.state.steps.map((step) => step.step)).toEqual(['DIAJUKAN', 'DIKEMBALIKAN', 'DIAJUKAN', 'DISAHKAN']);
    // 10.45 WIB is 03.45 UTC.
    expect(documents(meetingId)[0]?.approved_at).toBe(Date.UTC(2026, 10, 28, 3, 45));
  });

  it('refuses steps out of order with a message that says what to do', async () => {
    const { ctx, meetingId, seeded } = world;
    const decision = { meetingId, personId: seeded.people.wabup, decidedOn: '2026-11-28', decidedTime: '10:00' };
    expect(await ctx.fail('approval:approve', decision)).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/belum diajukan/),
    });
    expect(await ctx.fail('approval:return', { ...decision, notes: 'x' })).toMatchObject({ code: 'CONFLICT' });
    expect(await ctx.fail('approval:create-revision', { meetingId, reason: 'x' })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/sudah disahkan/),
    });

    await ctx.call('approval:submit', { meetingId, note: '' });
    expect(await ctx.fail('approval:submit', { meetingId, note: '' })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/sudah diajukan/),
    });
    expect(await ctx.fail('approval:approve', { ...decision, personId: seeded.people.sekdinkes })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/orang-orang rapat ini/),
    });
    expect(await ctx.fail('approval:approve', { ...decision, decidedOn: '2026-11-29' })).toMatchObject({
      message: expect.stringMatching(/masa depan/),
    });
    expect(await ctx.fail('approval:approve', { ...decision, decidedTime: '10:01' })).toMatchObject({
      message: expect.stringMatching(/masa depan/),
    });
    expect(await ctx.fail('approval:approve', { ...decision, decidedOn: '2026-11-26' })).toMatchObject({
      message: expect.stringMatching(/sebelum tanggal rapat/),
    });
    expect(await ctx.fail('approval:approve', { ...decision, decidedTime: '09:30' })).toMatchObject({
      message: expect.stringMatching(/sebelum notula diajukan/),
    });
    expect(await ctx.fail('approval:return', { ...decision, decidedOn: '2026-11-27', notes: 'x' })).toMatchObject({
      message: expect.stringMatching(/sebelum notula diajukan/),
    });
    expect(documents(meetingId)).toEqual([]);

    await ctx.call('approval:approve', decision);
    expect(await ctx.fail('approval:approve', decision)).toMatchObject({
      code: 'CONFLICT',
      message: 'Versi ini sudah disahkan.',
    });
    expect(await ctx.fail('approval:submit', { meetingId, note: '' })).toMatchObject({ code: 'LOCKED' });
    expect(await ctx.fail('approval:return', { ...decision, notes: 'x' })).toMatchObject({ code: 'CONFLICT' });
  });

  it('needs a chair before the minutes can be submitted', async () => {
    const { ctx, meetingId } = world;
    await ctx.call('meetings:update-identity', { ...world.identity, chair: { personId: null, acting: '' } });
    expect(await ctx.fail('approval:submit', { meetingId, note: '' })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/Pimpinan Rapat \(Ketua\)/),
    });
  });

  it('stores the canonical JSON and its SHA-256, which depend on the content only', async () => {
    const { ctx, meetingId } = world;
    const again = buildCanonicalSnapshot(temp.db, meetingId, 1);
    ctx.setNow('2026-11-28T05:00:00Z');
    expect(buildCanonicalSnapshot(temp.db, meetingId, 1)).toEqual(again);

    await approve(world, '12:00');
    const [stored] = documents(meetingId);
    expect(stored?.sha256).toBe(
      createHash('sha256')
        .update(stored?.canonical_json ?? '')
        .digest('hex'),
    );
    expect(stored?.canonical_json).toBe(again.json);
    const snapshot = JSON.parse(stored?.canonical_json ?? '{}') as Record<string, unknown>;
    expect(Object.keys(snapshot)).toEqual([...Object.keys(snapshot)].sort());
    expect(snapshot).toMatchObject({
      format: 'risalah-notula/3',
      meetingId,
      version: 1,
      meeting: { title: 'Rakor Kepala OPD', place: 'Ruang Rapat Bupati' },
      decisions: ['Seluruh OPD menyampaikan laporan capaian triwulan IV.'],
      commitments: [
        {
          text: 'Menyusun rencana aksi penurunan stunting.',
          dueDate: '2026-12-15',
          owners: [{ unit: 'Dinas Kesehatan', status: 'BELUM' }],
        },
      ],
      carryOver: [],
    });
    expect(stored?.canonical_json).toContain('Rapat dibuka oleh Wakil Bupati pukul 09.05 WIB.');
    // Progress after approval moves the live data, never the stored snapshot (its documents print from it).
    await ctx.call('followup:add-update', {
      ownerId: world.ownerId,
      reportedOn: '2026-11-28',
      status: 'SELESAI',
      reason: '',
      text: 'Selesai.',
      percent: 100,
      links: [],
      fileIds: [],
    });
    expect(buildCanonicalSnapshot(temp.db, meetingId, 1).sha256).not.toBe(stored?.sha256);
    expect(documents(meetingId)).toEqual([stored]);
  });

  it('opens version 2 with a reason, unlocks it, and keeps version 1 as approved', async () => {
    const { ctx, meetingId, seeded } = world;
    const decision = { meetingId, personId: seeded.people.wabup, decidedOn: '2026-11-28', decidedTime: '10:00' };
    await ctx.call('approval:submit', { meetingId, note: '' });
    await ctx.call('approval:approve', decision);
    expect((await ctx.fail('meetings:rename', { id: meetingId, title: 'Rakor (ubah)' })).code).toBe('LOCKED');

    expect(await ctx.fail('approval:create-revision', { meetingId, reason: '' })).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Alasan revisi wajib diisi.',
    });
    const revised = await ctx.call('approval:create-revision', {
      meetingId,
      reason: 'Nama Kepala Bapperida salah ketik.',
    });
    expect(revised.meeting.status).toBe('DRAF');
    expect(revised.state).toMatchObject({
      version: 2,
      status: 'DRAF',
      approved: null,
      steps: [expect.objectContaining({ step: 'REVISI', version: 2, note: 'Nama Kepala Bapperida salah ketik.' })],
    });

    await ctx.call('meetings:rename', { id: meetingId, title: 'Rakor Kepala OPD Triwulan IV' });
    await ctx.call('approval:submit', { meetingId, note: '' });
    await ctx.call('approval:approve', decision);

    const versions = await ctx.call('approval:versions', { meetingId });
    expect(versions.map((v) => [v.version, v.status, v.current, v.revisionReason])).toEqual([
      [1, 'DISAHKAN', false, null],
      [2, 'DISAHKAN', true, 'Nama Kepala Bapperida salah ketik.'],
    ]);
    const [first, second] = documents(meetingId);
    expect(first?.canonical_json).toContain('"title":"Rakor Kepala OPD"');
    expect(second?.canonical_json).toContain('"title":"Rakor Kepala OPD Triwulan IV"');
    expect(first?.sha256).not.toBe(second?.sha256);
    expect(first?.verification_code).not.toBe(second?.verification_code);
  });
});
