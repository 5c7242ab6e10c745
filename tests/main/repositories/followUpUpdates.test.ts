import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NewProgressUpdate } from '../../../shared/ipc/followUpContract';
import { listAuditForEntity } from '../../../electron/main/repositories/auditRepository';
import { takeDelivered } from '../support/followUpContext';
import { countRows, seedCommitment, seedMeeting, seedUnit } from '../support/followUpSeed';
import { useFollowUpDb } from '../support/useTempDb';

const { temp, ctx } = useFollowUpDb();

function twoOwners() {
  const dinkes = seedUnit(temp.db, 'Dinas Kesehatan');
  const pupr = seedUnit(temp.db, 'Dinas PUPR');
  const meeting = seedMeeting(temp.db, '2026-09-25');
  const commitment = seedCommitment(temp.db, meeting, 'Bangun puskesmas pembantu', '2026-12-31', [
    [dinkes, 'BELUM'],
    [pupr, 'BELUM'],
  ]);
  const [dinkesOwner, puprOwner] = commitment.owners as [NewProgressUpdate['ownerId'], NewProgressUpdate['ownerId']];
  return { commitment, dinkesOwner, puprOwner, meeting };
}

const update = (ownerId: NewProgressUpdate['ownerId'], fields: Partial<NewProgressUpdate> = {}): NewProgressUpdate => ({
  ownerId,
  reportedOn: '2026-11-28',
  status: 'PROSES',
  reason: '',
  text: 'Lahan sudah tersedia',
  percent: 40,
  links: [],
  fileIds: [],
  ...fields,
});

describe('follow-up updates: per-owner status and roll-up', () => {
  it('is Selesai only when every owner is, newest updates first', async () => {
    const { commitment, dinkesOwner, puprOwner } = twoOwners();
    let detail = await ctx.call(
      'followup:add-update',
      update(dinkesOwner, { status: 'SELESAI', text: 'Selesai dibangun', percent: 100 }),
    );
    expect(detail.status).toBe('PROSES');
    expect(detail.owners.map((owner) => owner.status)).toEqual(['SELESAI', 'BELUM']);
    ctx.setNow('2026-11-29T03:00:00Z');
    detail = await ctx.call(
      'followup:add-update',
      update(puprOwner, { status: 'SELESAI', text: 'Akses jalan selesai', reportedOn: '2026-11-29' }),
    );
    expect(detail.status).toBe('SELESAI');
    expect(detail.updates.map((item) => item.text)).toEqual(['Akses jalan selesai', 'Selesai dibangun']);
    expect(detail.latest).toMatchObject({ text: 'Akses jalan selesai', unitName: 'Dinas PUPR' });
    const row = (await ctx.call('followup:list', { status: 'SELESAI' })).rows[0];
    expect(row?.id).toBe(commitment.id);
  });

  it('keeps a newer status when an older report is entered later', async () => {
    const { dinkesOwner } = twoOwners();
    await ctx.call('followup:add-update', update(dinkesOwner, { status: 'SELESAI', reportedOn: '2026-11-20' }));
    const detail = await ctx.call(
      'followup:add-update',
      update(dinkesOwner, { status: 'PROSES', reportedOn: '2026-11-10', text: 'Laporan lama' }),
    );
    expect(detail.owners[0]?.status).toBe('SELESAI');
    expect(detail.updates.map((item) => item.reportedOn)).toEqual(['2026-11-20', '2026-11-10']);
  });

  it('requires a reason for Tidak Dapat Ditindaklanjuti and keeps it in the history and on the owner', async () => {
    const { dinkesOwner, puprOwner } = twoOwners();
    const refused = await ctx.fail('followup:add-update', update(dinkesOwner, { status: 'TIDAK_DAPAT', reason: '  ' }));
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/Alasan wajib diisi/) });
    expect(countRows(temp.db, 'commitment_updates')).toBe(0);
    await ctx.call('followup:add-update', update(dinkesOwner, { status: 'TIDAK_DAPAT', reason: 'Anggaran dialihkan' }));
    const detail = await ctx.call('followup:add-update', update(puprOwner, { status: 'SELESAI' }));
    expect(detail.status).toBe('TIDAK_DAPAT');
    expect(detail.owners[0]).toMatchObject({ status: 'TIDAK_DAPAT', reason: 'Anggaran dialihkan' });
    expect(detail.updates.find((item) => item.status === 'TIDAK_DAPAT')?.reason).toBe('Anggaran dialihkan');
  });

  it('writes an audit entry for the update and for the owner status in the same call', async () => {
    const { dinkesOwner } = twoOwners();
    const detail = await ctx.call('followup:add-update', update(dinkesOwner));
    expect(listAuditForEntity(temp.db, 'commitment_update', detail.updates[0]?.id ?? '')).toHaveLength(1);
    expect(listAuditForEntity(temp.db, 'commitment_owner', dinkesOwner).map((entry) => entry.operation)).toEqual([
      'update',
    ]);
  });

  it('refuses an unknown owner or meeting and writes nothing', async () => {
    const { dinkesOwner } = twoOwners();
    expect(
      await ctx.fail(
        'followup:add-update',
        update('00000000-0000-4000-8000-000000000000' as NewProgressUpdate['ownerId']),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await ctx.fail(
        'followup:add-update',
        update(dinkesOwner, { meetingId: '00000000-0000-4000-8000-000000000001' as never }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(countRows(temp.db, 'commitment_updates')).toBe(0);
  });
});

describe('follow-up updates: evidence files and links', () => {
  it('stores files in bukti/ named by update id, returns them, and keeps links', async () => {
    const { dinkesOwner } = twoOwners();
    const staged = ctx.files.stage('evidence', 'Foto lokasi (1).png', Buffer.from('png-bytes'));
    const detail = await ctx.call(
      'followup:add-update',
      update(dinkesOwner, { fileIds: [staged.fileId], links: ['https://drive.example.go.id/bukti'] }),
    );
    const entry = detail.updates[0];
    expect(entry?.evidence).toEqual([
      { kind: 'file', index: 0, name: 'Foto lokasi (1).png', size: 9 },
      { kind: 'link', index: 1, url: 'https://drive.example.go.id/bukti' },
    ]);
    const stored = readdirSync(join(temp.dir, 'bukti'));
    expect(stored).toEqual([`${entry?.id}-1-Foto lokasi _1_.png`]);
    const delivery = await ctx.call('followup:evidence-download', { updateId: entry!.id, index: 0 });
    expect(takeDelivered(ctx, delivery)).toEqual({ fileName: 'Foto lokasi (1).png', bytes: Buffer.from('png-bytes') });
    expect(await ctx.fail('followup:evidence-download', { updateId: entry!.id, index: 1 })).toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('removes copied files when the database refuses the update', async () => {
    twoOwners();
    const staged = ctx.files.stage('evidence', 'bukti.pdf', Buffer.from('%PDF'));
    const refused = await ctx.fail(
      'followup:add-update',
      update('00000000-0000-4000-8000-000000000000' as NewProgressUpdate['ownerId'], { fileIds: [staged.fileId] }),
    );
    expect(refused.code).toBe('NOT_FOUND');
    expect(existsSync(join(temp.dir, 'bukti')) ? readdirSync(join(temp.dir, 'bukti')) : []).toEqual([]);
  });

  it('refuses links that are not web addresses', async () => {
    const { dinkesOwner } = twoOwners();
    const refused = await ctx.fail('followup:add-update', update(dinkesOwner, { links: ['javascript:alert(1)'] }));
    expect(refused.message).toMatch(/http:\/\/ atau https:\/\//);
  });
});
