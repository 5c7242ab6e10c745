import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportableKind } from '../../../shared/document/fileNames';
import type { OwnerId } from '../../../shared/domain/followUpViews';
import type { CommitmentId, MeetingId } from '../../../shared/domain/ids';
import { takeDelivered } from '../support/followUpContext';
import { seedSeries } from '../support/followUpSeed';
import { openTempDb, type TempDb } from '../support/tempDb';
import { paragraphs } from '../export/docxXml';
import { approve, buildMeeting, verifyFile, type World } from './approvalWorld';

/*
 * Issue 14 part 1: an approved version is frozen. Its documents come from its snapshot, so
 * changing every person, unit and commitment they name (and deleting some) leaves every
 * re-export byte-identical and still "Cocok"; a version that is not approved says DRAF.
 */

const KINDS: ReadonlyArray<ExportableKind> = ['NOTULA', 'DAFTAR_HADIR', 'MATRIKS_TINDAK_LANJUT'];

let temp: TempDb;
let world: World;
let earlier: MeetingId;
let carried: { commitment: CommitmentId; owner: OwnerId };
beforeEach(async () => {
  temp = openTempDb();
  world = await buildMeeting(temp);
  // An earlier meeting of the same series, with one commitment still open: it is carried over.
  const seriesId = seedSeries(temp.db);
  temp.db.prepare('UPDATE meetings SET series_id = ? WHERE id = ?').run(seriesId, world.meetingId);
  earlier = (
    await world.ctx.call('meetings:create', { title: 'Rakor Oktober', date: '2026-10-30', place: 'Aula', seriesId })
  ).id;
  const c1 = await world.ctx.call('commitments:create', {
    meetingId: earlier,
    text: 'Verifikasi data balita gizi buruk.',
    agendaItemId: null,
    dueDate: '2026-11-20',
    ownerUnitIds: [world.seeded.units.dinkes, world.seeded.units.bappeda],
    programTag: '',
    fundingSource: '',
  });
  const owner = temp.db
    .prepare('SELECT id FROM commitment_owners WHERE commitment_id = ? ORDER BY created_at LIMIT 1')
    .get(c1.id) as {
    id: OwnerId;
  };
  carried = { commitment: c1.id, owner: owner.id };
});
afterEach(() => temp.dispose());

async function exportOf(kinds: ReadonlyArray<ExportableKind>) {
  const input = { meetingId: world.meetingId, kinds, paper: 'F4', readyForTte: false, fileName: '' } as const;
  const delivery = await world.ctx.call('documents:export', input);
  return takeDelivered(world.ctx, delivery);
}

async function exportAll(): Promise<Buffer[]> {
  const files: Buffer[] = [];
  for (const kind of KINDS) files.push((await exportOf([kind])).bytes);
  files.push((await exportOf(KINDS)).bytes);
  return files;
}

async function partText(bytes: Buffer, part: RegExp): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => part.test(name));
  const xml = await Promise.all(names.map(async (name) => (await zip.file(name)?.async('string')) ?? ''));
  return xml.flatMap(paragraphs).join('\n');
}

const verify = (bytes: Buffer) => verifyFile(world, 'Notula.docx', bytes);

/** Every person, unit and commitment the meeting names, changed; one person and one commitment deleted. */
async function changeEverything(): Promise<void> {
  const { ctx, seeded } = world;
  temp.db.exec(`
    UPDATE people SET name = 'Prof. Dr. ' || name || ', M.A.', position = 'Jabatan Baru ' || position, rank_code = 'IV/c',
      nip = CASE WHEN nip IS NULL THEN NULL ELSE '19850505' || substr(nip, 9) END;
    UPDATE units SET name = name || ' (nomenklatur baru)';
  `);
  await ctx.call('commitments:update', {
    id: carried.commitment,
    text: 'Teks butir yang diubah sesudah pengesahan.',
    agendaItemId: null,
    dueDate: '2027-01-31',
    ownerUnitIds: [seeded.units.dinkes, seeded.units.bappeda],
    programTag: '',
    fundingSource: '',
  });
  const report = { reportedOn: '2026-11-28', reason: '', text: 'Sudah tuntas.', percent: 100, links: [], fileIds: [] };
  await ctx.call('followup:add-update', { ...report, ownerId: carried.owner, status: 'SELESAI' });
  await ctx.call('followup:add-update', { ...report, ownerId: world.ownerId, status: 'SELESAI' });
  // The app refuses to delete a person a meeting names; she can deactivate one, and the row may still go.
  await ctx.call('people:set-active', { id: seeded.people.kadinkes, active: false });
  temp.db.prepare('UPDATE people SET deleted_at = 1 WHERE id = ?').run(seeded.people.kadinkes);
  await ctx.call('commitments:delete', { id: carried.commitment });
}

describe('approval/frozen export (issue 14)', () => {
  it('re-exports an approved version byte for byte after every person, unit and commitment it names changed', async () => {
    await approve(world);
    const before = await exportAll();
    const notula = await partText(before[0] as Buffer, /^word\/document\.xml$/);
    expect(notula).toContain('Nama Wakil Bupati Contoh, S.E.');
    expect(notula).toContain('Verifikasi data balita gizi buruk.');
    expect(notula).toContain('Dinas Kesehatan: Belum Ditindaklanjuti');

    world.ctx.setNow('2026-12-02T03:00:00Z');
    await changeEverything();
    // The live data did move: a draft built now would print the new names.
    const person = temp.db.prepare('SELECT name FROM people WHERE id = ?').get(world.seeded.people.wabup) as {
      name: string;
    };
    expect(person.name).toBe('Prof. Dr. Nama Wakil Bupati Contoh, S.E., M.A.');

    const after = await exportAll();
    after.forEach((bytes, index) => expect(bytes.equals(before[index] as Buffer), `export ${index}`).toBe(true));
    for (const bytes of after.slice(0, KINDS.length)) {
      expect(await verify(bytes)).toMatchObject({ verdict: 'MATCH', by: 'file' });
      const text = await partText(bytes, /^word\/(document|header\d*|footer\d*)\.xml$/);
      expect(text).not.toMatch(/DRAF|nomenklatur baru|Prof\. Dr\.|Jabatan Baru|sesudah pengesahan/);
    }
  }, 60_000);

  it('prints DRAF on every document of a version that is not approved, and no verification code', async () => {
    for (const kind of KINDS) {
      const { bytes } = await exportOf([kind]);
      expect(await partText(bytes, /^word\/header\d*\.xml$/), kind).toBe('DRAF');
      expect(await partText(bytes, /^word\/footer\d*\.xml$/), kind).not.toMatch(/Kode verifikasi/);
    }
    const preview = await world.ctx.call('documents:preview', { meetingId: world.meetingId, kind: 'NOTULA' });
    expect(preview.document.mark).toBe('DRAF');
    // Submitted is not approved either.
    await world.ctx.call('approval:submit', { meetingId: world.meetingId, note: '' });
    expect(await partText((await exportOf(['MATRIKS_TINDAK_LANJUT'])).bytes, /^word\/header\d*\.xml$/)).toBe('DRAF');
  }, 60_000);

  it('a revision in progress is a draft again; the approved version 1 files still verify', async () => {
    await approve(world);
    const approved = (await exportOf(['NOTULA'])).bytes;
    await world.ctx.call('approval:create-revision', {
      meetingId: world.meetingId,
      reason: 'Salah ketik nama tempat.',
    });
    const draft = (await exportOf(['NOTULA'])).bytes;
    expect(await partText(draft, /^word\/header\d*\.xml$/)).toBe('DRAF');
    expect(await verify(approved)).toMatchObject({ verdict: 'MATCH', version: { version: 1 } });
  }, 60_000);

  it('exports a version stored as format 2 (the invitation as one object) byte for byte as format 3 prints it', async () => {
    await approve(world);
    const current = await exportAll();
    expect(await partText(current[0] as Buffer, /^word\/document\.xml$/)).toContain('Nomor 005/123/Setda');
    const row = temp.db.prepare('SELECT canonical_json FROM documents WHERE meeting_id = ?').get(world.meetingId) as {
      canonical_json: string;
    };
    const v3 = JSON.parse(row.canonical_json) as Record<string, unknown> & {
      format: string;
      meeting: Record<string, unknown> & { invitationNumber: string; invitationDate: string | null };
    };
    expect(v3.format).toBe('risalah-notula/3');
    const { invitationNumber, invitationDate, ...meeting } = v3.meeting;
    const v2 = {
      ...v3,
      format: 'risalah-notula/2',
      meeting: { ...meeting, invitation: { number: invitationNumber, date: invitationDate } },
    };
    temp.db
      .prepare('UPDATE documents SET canonical_json = ? WHERE meeting_id = ?')
      .run(JSON.stringify(v2), world.meetingId);

    const stored = await exportAll();
    stored.forEach((bytes, index) => expect(bytes.equals(current[index] as Buffer), `export ${index}`).toBe(true));
  }, 60_000);

  it('still exports a version approved with snapshot format 1 from what it stored, and its files still verify', async () => {
    await approve(world);
    // Rewrite the stored snapshot as format 1 held it: commitment texts and units, no statuses, no carry-over.
    const row = temp.db.prepare('SELECT canonical_json FROM documents WHERE meeting_id = ?').get(world.meetingId) as {
      canonical_json: string;
    };
    const v2 = JSON.parse(row.canonical_json) as Record<string, unknown> & {
      commitments: Array<{ owners: Array<{ unit: string }> }>;
    };
    const { carryOver: _dropped, ...rest } = v2;
    const v1 = {
      ...rest,
      format: 'risalah-notula/1',
      commitments: v2.commitments.map((commitment) => ({
        ...commitment,
        owners: commitment.owners.map((owner) => owner.unit),
      })),
    };
    temp.db
      .prepare('UPDATE documents SET canonical_json = ? WHERE meeting_id = ?')
      .run(JSON.stringify(v1), world.meetingId);

    temp.db.prepare('UPDATE people SET name = ? WHERE id = ?').run('Nama Lain', world.seeded.people.wabup);
    const report = { reportedOn: '2026-11-28', reason: '', text: 'Tuntas.', percent: null, links: [], fileIds: [] };
    await world.ctx.call('followup:add-update', { ...report, ownerId: world.ownerId, status: 'SELESAI' });
    const { bytes } = await exportOf(['MATRIKS_TINDAK_LANJUT']);
    const text = await partText(bytes, /^word\/document\.xml$/);
    expect(text).toContain('Menyusun rencana aksi penurunan stunting.');
    // Format 1 kept no statuses: the owner's status is read live, as before format 2.
    expect(text).toContain('Selesai');
    const signed = await partText((await exportOf(['NOTULA'])).bytes, /^word\/document\.xml$/);
    expect(signed).toContain('Nama Wakil Bupati Contoh, S.E.');
    expect(signed).not.toContain('Nama Lain');
    expect(await verify(bytes)).toMatchObject({ verdict: 'MATCH' });
  }, 60_000);
});
