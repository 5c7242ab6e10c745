import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadNotulaSource } from '../../../electron/main/repositories/documentSourceRepository';
import type { MeetingId } from '../../../shared/domain/ids';
import { plainTextOf, type RichBlock } from '../../../shared/document/richText';
import { signerOfficeOf } from '../../../shared/document/signerOffice';
import { GUEST_NAME, PREPARED_IDENTITY, type PreparedMeeting } from '../../fixtures/document/meetingScript';
import { openPreparedDb, type FollowUpTestContext } from '../support/followUpContext';
import { type TempDb } from '../support/tempDb';

let temp: TempDb;
let ctx: FollowUpTestContext;
let prepared: PreparedMeeting;

beforeEach(async () => ({ temp, ctx, prepared } = await openPreparedDb()));
afterEach(() => temp.dispose());

/** The words of some rich blocks, speaker labels included. */
function words(blocks: ReadonlyArray<RichBlock>): string {
  return blocks
    .map((block) =>
      block.kind === 'list'
        ? block.items.map(words).join(' ')
        : `${block.kind === 'speaker' ? `${block.label}: ` : ''}${plainTextOf(block.inlines)}`,
    )
    .join('\n');
}

describe('repositories/documentSource: a meeting as the documents read it', () => {
  it('reads the identity rows, the instansi and the three signers with Pasal 44 offices', () => {
    const source = loadNotulaSource(temp.db, prepared.meetingId);
    // What prepareMeeting stored, every field read back under its own name.
    expect(source.meeting).toEqual(PREPARED_IDENTITY);
    expect(source.instansi.kopLines).toEqual(['Pemerintah Kabupaten Contoh', 'Sekretariat Daerah']);
    expect(source.instansi.paper).toBe('F4');
    expect(source.chair).toEqual({
      name: 'Nama Wakil Bupati Contoh, S.E.',
      nip: null,
      rankLabel: null,
      position: 'Wakil Bupati Contoh',
      acting: '',
      office: 'WAKIL_KEPALA_DAERAH',
    });
    expect(source.secretary?.rankLabel).toBe('Pembina Utama Madya (IV/d)');
    expect(source.notulis).toEqual({
      name: 'H. Irwan Setiawan, M.Si.',
      nip: '199108182017031008',
      rankLabel: 'Penata Muda Tingkat I (III/b)',
      position: 'Analis Pemerintahan Bagian Pemerintahan',
      acting: '',
      office: 'ASN',
    });
  });

  it('takes the agenda in order with the presenter as jabatan or free text', () => {
    expect(loadNotulaSource(temp.db, prepared.meetingId).agenda).toEqual([
      { title: 'Pembukaan dan arahan Wakil Bupati', presenter: '' },
      { title: 'Paparan capaian intervensi', presenter: 'Kepala Dinas Kesehatan' },
      { title: 'Diskusi dan penyusunan rencana tindak lanjut', presenter: 'Seluruh OPD' },
    ]);
  });

  it('lists attendance with Hadir, Diwakili (and who stood in), Izin and a guest', () => {
    const rows = loadNotulaSource(temp.db, prepared.meetingId).attendance;
    expect(rows.map((row) => [row.unit, row.status])).toEqual([
      ['Dinas Kesehatan', 'HADIR'],
      ['Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah', 'DIWAKILI'],
      ['Dinas Kependudukan dan Pencatatan Sipil', 'IZIN'],
      ['Dinas Pekerjaan Umum dan Penataan Ruang', 'HADIR'],
      ['Universitas Contoh', 'HADIR'],
    ]);
    const [dinkes, bappeda, dukcapil, pupr, guest] = rows;
    expect(dinkes).toMatchObject({
      name: 'H. Doni Purnomo, S.Kom.',
      nip: '197403122003031012',
      rankLabel: 'Pembina Utama Madya (IV/d)',
      position: 'Kepala Dinas Kesehatan',
    });
    expect(bappeda?.representative).toEqual({
      name: 'Hj. Ratna Gunawan',
      nip: '197612022006072007',
      position: 'Sekretaris Bapperida',
    });
    expect(dukcapil).toMatchObject({
      name: "Joko O'Neil Siregar, S.H.",
      note: 'Dinas luar kota',
      representative: null,
    });
    // PUPR's head is not in the master data: the seat is named after the unit.
    expect(pupr).toMatchObject({ name: '', position: 'Pimpinan Dinas Pekerjaan Umum dan Penataan Ruang', nip: null });
    expect(guest).toMatchObject({ name: GUEST_NAME, nip: null, position: 'Tenaga Ahli' });
  });

  it('reads the minutes from TipTap JSON: opening, one discussion per agenda item, speakers', () => {
    const { minutes } = loadNotulaSource(temp.db, prepared.meetingId);
    expect(words(minutes.opening)).toContain('Rapat dibuka pukul 09.05 WIB');
    expect(minutes.discussions.map((entry) => entry.agendaTitle)).toEqual([
      'Pembukaan dan arahan Wakil Bupati',
      'Paparan capaian intervensi',
      'Diskusi dan penyusunan rencana tindak lanjut',
    ]);
    expect(minutes.discussions[0]?.blocks).toEqual([]);
    const discussion = minutes.discussions[1]?.blocks ?? [];
    expect(discussion[0]).toMatchObject({ kind: 'speaker', label: 'Kepala Dinas Kesehatan (H. Doni Purnomo, S.Kom.)' });
    expect(words(discussion)).toContain('Tanggapan Wakil Bupati: Data agar dipadankan dengan Disdukcapil.');
    expect(minutes.conclusions).toEqual([]);
  });

  it('reads decisions and commitments with both owners, status, latest progress and evidence', () => {
    const source = loadNotulaSource(temp.db, prepared.meetingId, { asOf: '2026-12-20' });
    expect(source.decisions).toEqual([
      'Data sasaran dipadankan paling lambat 15 Desember 2026.',
      'Rakor berikutnya dilaksanakan pada bulan Januari 2027.',
    ]);
    expect(source.options.asOf).toBe('2026-12-20');
    expect(source.commitments).toEqual([
      {
        // The arahan recorded under its agenda item (not the item's title); OPD in the order typed.
        context: 'Data sasaran dipadankan paling lambat 15 Desember 2026.',
        text: 'Memadankan data keluarga berisiko stunting dengan data kependudukan.',
        dueDate: '2026-12-15',
        fundingSource: '',
        owners: [
          {
            unit: 'Dinas Kesehatan',
            status: 'PROSES',
            progress: 'Padan 70 persen.',
            evidence: ['https://contohkab.go.id/padanan'],
            remarks: '',
          },
          { unit: 'Dinas Kependudukan dan Pencatatan Sipil', status: 'BELUM', progress: '', evidence: [], remarks: '' },
        ],
      },
      {
        context: '',
        text: 'Menyusun jadwal rakor triwulan berikutnya.',
        dueDate: null,
        fundingSource: '',
        owners: [
          {
            unit: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
            status: 'BELUM',
            progress: '',
            evidence: [],
            remarks: '',
          },
        ],
      },
    ]);
  });

  it('applies the paper and "siap TTE" chosen for this document over the instansi settings', () => {
    const source = loadNotulaSource(temp.db, prepared.meetingId, { paper: 'A4', readyForTte: true });
    expect(source.instansi.paper).toBe('A4');
    expect(source.instansi.notula.readyForTte).toBe(true);
    expect(loadNotulaSource(temp.db, prepared.meetingId).instansi.notula.readyForTte).toBe(false);
  });

  it('leaves out deleted decisions and commitments and keeps an acting prefix', async () => {
    const decisions = await ctx.call('decisions:list', { meetingId: prepared.meetingId });
    await ctx.call('decisions:delete', { id: decisions[0]!.id });
    const commitments = await ctx.call('commitments:list', { meetingId: prepared.meetingId });
    await ctx.call('commitments:delete', { id: commitments[1]!.id });
    temp.db.prepare("UPDATE meetings SET notulis_acting = 'Plh.' WHERE id = ?").run(prepared.meetingId);
    const source = loadNotulaSource(temp.db, prepared.meetingId);
    expect(source.decisions).toEqual(['Rakor berikutnya dilaksanakan pada bulan Januari 2027.']);
    expect(source.commitments.map((entry) => entry.text)).toEqual([
      'Memadankan data keluarga berisiko stunting dengan data kependudukan.',
    ]);
    expect(source.notulis?.acting).toBe('Plh.');
  });

  it('refuses a meeting that does not exist, with an Indonesian message', () => {
    expect(() => loadNotulaSource(temp.db, '00000000-0000-4000-8000-000000000000' as MeetingId)).toThrow(
      'Rapat tidak ditemukan',
    );
  });
});

describe('document/signerOfficeOf', () => {
  it.each([
    ['Bupati Contoh', true, 'KEPALA_DAERAH'],
    ['Wakil Bupati Contoh', true, 'WAKIL_KEPALA_DAERAH'],
    ['Wali Kota Contoh', true, 'KEPALA_DAERAH'],
    // A Pj. Bupati is an ASN, yet signs as the Kepala Daerah.
    ['Bupati Contoh', false, 'KEPALA_DAERAH'],
    ['Sekretaris Daerah', false, 'SEKDA'],
    ['Sekretaris Daerah Kabupaten Contoh', false, 'SEKDA'],
    ['Sekretaris Dinas Kesehatan', false, 'ASN'],
    ['Kepala Dinas Kesehatan', false, 'ASN'],
    ['Ketua DPRD', true, 'WAKIL_KEPALA_DAERAH'],
  ] as const)('%s (political: %s) signs as %s', (position, political, office) => {
    expect(signerOfficeOf(position, political)).toBe(office);
  });
});
