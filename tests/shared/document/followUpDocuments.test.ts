import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTANSI } from '../../../shared/domain/instansi';
import type { FollowUpDocItem } from '../../../shared/document/followUpDocParts';
import { buildLaporanTindakLanjut, LAPORAN_COLUMNS, recap } from '../../../shared/document/laporanTindakLanjut';
import { buildPermintaanLaporan } from '../../../shared/document/permintaanLaporan';
import type { SignerPerson } from '../../../shared/document/source';
import { cellText, signaturesOf, tableOf, textOf } from './modelText';

const instansi = { ...DEFAULT_INSTANSI, city: 'Tubei' };

const items: FollowUpDocItem[] = [
  {
    text: 'Percepat vaksinasi',
    meetingTitle: 'Rakor September',
    meetingDate: '2026-09-25',
    dueDate: '2026-10-31',
    owners: [
      {
        unit: 'Dinas Kesehatan',
        status: 'PROSES',
        reason: '',
        progress: 'Cakupan 80%',
        percent: 80,
        evidence: ['laporan.pdf'],
        overdue: true,
      },
      {
        unit: 'Dinas PUPR',
        status: 'TIDAK_DAPAT',
        reason: 'Anggaran dialihkan',
        progress: '',
        percent: null,
        evidence: [],
        overdue: false,
      },
    ],
  },
  {
    text: 'Laporkan serapan',
    meetingTitle: 'Rakor September',
    meetingDate: '2026-09-25',
    dueDate: null,
    owners: [
      { unit: 'Bappeda', status: 'SELESAI', reason: '', progress: 'Sudah', percent: 100, evidence: [], overdue: false },
    ],
  },
];

const asn: SignerPerson = {
  name: 'Drs. Ahmad Fauzi, M.Si.',
  nip: '197001011990031001',
  rankLabel: 'Pembina Tingkat I (IV/b)',
  position: 'Asisten Pemerintahan',
  acting: '',
  office: 'ASN',
};

describe('document/laporanTindakLanjut', () => {
  it('is landscape, with per-OPD sub-rows, Terlambat as text and the reason under Keterangan', () => {
    const doc = buildLaporanTindakLanjut({
      instansi,
      seriesTitle: 'Rakor Kepala OPD',
      from: '2026-07-01',
      to: '2026-12-31',
      asOf: '2026-11-28',
      items,
      signer: asn,
    });
    expect(doc.page.orientation).toBe('landscape');
    expect(doc.kind).toBe('LAPORAN_TINDAK_LANJUT');
    const table = tableOf(doc);
    expect(table.headerRows[0]?.cells.map(cellText)).toEqual([...LAPORAN_COLUMNS]);
    const [first, second, third] = table.bodyRows;
    expect(first?.cells.map(cellText)).toEqual([
      '1.',
      'Rakor September|25 September 2026',
      'Percepat vaksinasi',
      'Dinas Kesehatan',
      '31 Oktober 2026',
      'Dalam Proses|(Terlambat)',
      'Cakupan 80%',
      'laporan.pdf',
      '-',
    ]);
    expect(first?.cells[0]?.rowSpan).toBe(2);
    expect(second?.cells.map(cellText)).toEqual([
      'Dinas PUPR',
      'Tidak Dapat Ditindaklanjuti',
      '-',
      '-',
      'Alasan: Anggaran dialihkan',
    ]);
    expect(third?.cells.map(cellText)?.slice(0, 5)).toEqual([
      '2.',
      'Rakor September|25 September 2026',
      'Laporkan serapan',
      'Bappeda',
      '-',
    ]);
    expect(signaturesOf(doc).columns[1]?.headLines).toEqual(['Tubei, 28 November 2026', 'ASISTEN PEMERINTAHAN,']);
    expect(doc.warnings).toEqual([]);
  });

  it('sums the statuses per OPD in the recap line', () => {
    expect(recap(items)).toBe(
      'Jumlah 2 butir tindak lanjut dengan 3 penanggung jawab: Belum Ditindaklanjuti 0, Dalam Proses 1, Selesai 1, Tidak Dapat Ditindaklanjuti 1, Terlambat 1.',
    );
  });
});

describe('document/permintaanLaporan', () => {
  it('addresses the OPD, lists its items, gives the reply date and warns about a missing number and signer', () => {
    const doc = buildPermintaanLaporan({
      instansi,
      unitName: 'Dinas Kesehatan',
      letterNumber: '',
      letterDate: '2026-11-28',
      replyBy: '2026-12-05',
      items: items.slice(0, 1),
      withForm: true,
      signer: null,
    });
    const paragraphs = doc.blocks.flatMap((block) => (block.kind === 'paragraph' ? [textOf(block)] : []));
    expect(paragraphs).toContain('Yth. Kepala Dinas Kesehatan');
    expect(paragraphs.join(' ')).toMatch(
      /paling lambat tanggal 5 Desember 2026 dengan mengisi formulir isian terlampir/,
    );
    expect(tableOf(doc).bodyRows).toHaveLength(2);
    expect(doc.warnings).toEqual(['Nomor surat belum diisi.', 'Penanda tangan belum dipilih.']);
  });
});

describe('document/carryOverEntries', () => {
  it('prints the status of that meeting: reported there, else as taken; owners grouped under their commitment', async () => {
    const { carryOverEntries } = await import('../../../shared/document/carryOverEntries');
    const base = {
      commitmentId: 'c1',
      text: 'Percepat vaksinasi',
      dueDate: '2026-10-31',
      originMeetingTitle: 'Rakor September',
      originMeetingDate: '2026-09-25',
      reasonAtMeeting: '',
      progressAtMeeting: 'Cakupan 70%',
      percentAtMeeting: 70,
    };
    const entries = carryOverEntries([
      {
        ...base,
        id: 'i1',
        ownerId: 'o1',
        position: 1,
        unitName: 'Dinas Kesehatan',
        statusAtMeeting: 'PROSES',
        reported: { status: 'SELESAI', reason: '', progress: 'Tuntas', percent: 100 },
      },
      {
        ...base,
        id: 'i2',
        ownerId: 'o2',
        position: 2,
        unitName: 'Dinas PUPR',
        statusAtMeeting: 'BELUM',
        progressAtMeeting: '',
        percentAtMeeting: null,
        reported: null,
      },
      {
        ...base,
        id: 'i3',
        commitmentId: 'c2',
        ownerId: 'o3',
        position: 3,
        text: 'Jalan desa',
        unitName: 'Dinas PUPR',
        statusAtMeeting: 'PROSES',
        reported: null,
      },
    ] as never);
    expect(entries).toEqual([
      {
        context: 'Rakor September (25 September 2026)',
        text: 'Percepat vaksinasi',
        dueDate: '2026-10-31',
        owners: [
          { unit: 'Dinas Kesehatan', status: 'SELESAI', progress: 'Tuntas (100%)', evidence: [], remarks: '' },
          { unit: 'Dinas PUPR', status: 'BELUM', progress: '', evidence: [], remarks: '' },
        ],
      },
      expect.objectContaining({
        text: 'Jalan desa',
        owners: [{ unit: 'Dinas PUPR', status: 'PROSES', progress: 'Cakupan 70%', evidence: [], remarks: '' }],
      }),
    ]);
  });
});
