import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notulaSample } from '../../../electron/main/templates/sampleTemplates';
import { MEETING_TITLE, type PreparedMeeting } from '../../fixtures/document/meetingScript';
import { openPreparedDb, takeDelivered, type FollowUpTestContext } from '../support/followUpContext';
import { type TempDb } from '../support/tempDb';
import { paragraphTexts, partOf, phpWordTemplate, RESERVED_RUNS, unclosedLoopTemplate } from './templateFixtures';

/*
 * The office template through the app's own channels: uploaded from a staged file, its
 * `${...}` mapped, chosen, and used by documents:export (and Bawaan again when she says so).
 */
let temp: TempDb;
let ctx: FollowUpTestContext;
let prepared: PreparedMeeting;

beforeEach(async () => ({ temp, ctx, prepared } = await openPreparedDb()));
afterEach(() => temp.dispose());

const stage = (name: string, bytes: Buffer) => ctx.files.stage('template', name, bytes).fileId;

async function exportDaftarHadir(): Promise<string> {
  const delivery = await ctx.call('documents:export', {
    meetingId: prepared.meetingId,
    kinds: ['DAFTAR_HADIR'],
    paper: 'F4',
    readyForTte: false,
    fileName: '',
  });
  return partOf(takeDelivered(ctx, delivery).bytes);
}

describe('doctemplates channels', () => {
  it('uploads a PhpWord template, suggests loop fields, takes her mapping, and the export fills it', async () => {
    const uploaded = await ctx.call('doctemplates:upload', {
      kind: 'DAFTAR_HADIR',
      fileId: stage('Daftar hadir kantor.docx', await phpWordTemplate()),
    });
    expect(uploaded.active).toBe(true);
    // Suggested where one loop alone has the field; others wait for her (left as text).
    expect(uploaded.mapping).toEqual({
      judul: null,
      tempat: null,
      kode_lain: null,
      no: 'peserta[].no',
      nama: 'peserta[].nama',
      jabatan: 'peserta[].jabatan',
    });
    const mapped = await ctx.call('doctemplates:set-mapping', {
      kind: 'DAFTAR_HADIR',
      mapping: { ...uploaded.mapping, judul: 'rapat.judul', tempat: 'rapat.tempat' },
    });
    expect(mapped.mapping.judul).toBe('rapat.judul');

    const xml = await exportDaftarHadir();
    expect(paragraphTexts(xml)).toContain(`Hal: undangan ${MEETING_TITLE}`);
    for (const run of Object.values(RESERVED_RUNS)) expect(xml).toContain(run);

    // Bawaan again: the built-in Daftar Hadir, with none of her template's text.
    await ctx.call('doctemplates:set-active', { kind: 'DAFTAR_HADIR', active: false });
    expect(await exportDaftarHadir()).not.toContain('${nomor_naskah}');
  });

  it('never maps SRIKANDI names, nor names the template lacks, nor unknown fields', async () => {
    await ctx.call('doctemplates:upload', { kind: 'DAFTAR_HADIR', fileId: stage('a.docx', await phpWordTemplate()) });
    const reserved = await ctx.fail('doctemplates:set-mapping', {
      kind: 'DAFTAR_HADIR',
      mapping: { nomor_naskah: 'rapat.judul' },
    });
    expect(reserved.message).toMatch(/milik SRIKANDI/);
    const absent = await ctx.fail('doctemplates:set-mapping', { kind: 'DAFTAR_HADIR', mapping: { lain: null } });
    expect(absent.message).toMatch(/tidak ada di templat/);
    const field = await ctx.fail('doctemplates:set-mapping', {
      kind: 'DAFTAR_HADIR',
      mapping: { judul: 'rapat.judul_salah' },
    });
    expect(field.message).toMatch(/tidak dikenal/);
  });

  it('stores nothing when a template is refused, and removes one on request', async () => {
    const refused = await ctx.fail('doctemplates:upload', {
      kind: 'NOTULA',
      fileId: stage('rusak.docx', await unclosedLoopTemplate()),
    });
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.message).toMatch(/tidak ditutup/);
    expect(await ctx.call('doctemplates:list', {})).toEqual([]);

    const sample = await notulaSample();
    await ctx.call('doctemplates:upload', { kind: 'NOTULA', fileId: stage('notula.docx', sample) });
    const back = takeDelivered(ctx, await ctx.call('doctemplates:download', { kind: 'NOTULA' }));
    expect(back.fileName).toBe('notula.docx');
    expect(back.bytes.equals(sample)).toBe(true);
    await ctx.call('doctemplates:remove', { kind: 'NOTULA' });
    expect(await ctx.call('doctemplates:list', {})).toEqual([]);
  });

  it('refuses malformed input before any handler runs', async () => {
    const kind = await ctx.fail('doctemplates:upload', { kind: 'SURAT_LAIN', fileId: 'x' });
    expect(kind.code).toBe('INVALID_INPUT');
    expect(kind.message).toMatch(/Jenis dokumen templat tidak dikenal/);
    const target = await ctx.fail('doctemplates:set-mapping', { kind: 'NOTULA', mapping: { nama: 'DROP TABLE' } });
    expect(target.message).toMatch(/Isian tujuan tidak valid/);
  });
});
