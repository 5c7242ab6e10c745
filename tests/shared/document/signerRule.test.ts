import { describe, expect, it } from 'vitest';
import { buildDaftarHadir } from '../../../shared/document/buildDaftarHadir';
import { buildMatriksTindakLanjut } from '../../../shared/document/buildMatriksTindakLanjut';
import { buildNotula } from '../../../shared/document/buildNotula';
import { buildSuratUndangan } from '../../../shared/document/buildSuratUndangan';
import { buildLaporanTindakLanjut } from '../../../shared/document/laporanTindakLanjut';
import type { OfficialDocument, SignatureColumn } from '../../../shared/document/model';
import { buildPermintaanLaporan } from '../../../shared/document/permintaanLaporan';
import { signerPersonOf, splitActing, type SignerRecord } from '../../../shared/document/signerOffice';
import type { SignerPerson } from '../../../shared/document/source';
import { SAMPLE_INSTANSI, sampleSource } from '../../fixtures/document/sampleSource';
import { signaturesOf } from './modelText';

/*
 * Every kind of signer through every document that prints a signature. The expected
 * block is written out by hand from Pasal 44 (notula-format.md READ FIRST), not computed
 * by the rule under test.
 */
const NIP = '197001011990031001';
const NIP_LINE = 'NIP. 19700101 199003 1 001';
const RANK = 'IV/c';
const RANK_LINE = 'Pembina Utama Muda (IV/c)';
const GELAR = 'Dr. H. Ahmad Fauzi, S.H., M.Si.';
const PLAIN = 'H. Ahmad Fauzi';

type Case = Readonly<{
  kind: string;
  record: SignerRecord;
  /** The meeting's role prefix (only the Notula and the Daftar Hadir have one). */
  roleActing?: string;
  jabatanLine: string;
  name: string;
  details: ReadonlyArray<string>;
}>;

const person = (
  position: string,
  isPolitical: boolean,
  nip: string | null = isPolitical ? null : NIP,
): SignerRecord => ({
  name: GELAR,
  nip,
  rankCode: nip === null ? null : RANK,
  position,
  isPolitical,
});

const CASES: ReadonlyArray<Case> = [
  { kind: 'Bupati', record: person('Bupati Contoh', true), jabatanLine: 'BUPATI CONTOH,', name: GELAR, details: [] },
  {
    kind: 'Wakil Bupati',
    record: person('Wakil Bupati Contoh', true),
    jabatanLine: 'WAKIL BUPATI CONTOH,',
    name: GELAR,
    details: [],
  },
  {
    kind: 'Sekda',
    record: person('Sekretaris Daerah Kabupaten Contoh', false),
    jabatanLine: 'SEKRETARIS DAERAH KABUPATEN CONTOH,',
    name: GELAR,
    details: [],
  },
  {
    kind: 'Sekda (short)',
    record: person('Sekda Kabupaten Contoh', false),
    jabatanLine: 'SEKDA KABUPATEN CONTOH,',
    name: GELAR,
    details: [],
  },
  // A Pj. Bupati is an ASN with a NIP, and still signs without gelar, NIP and pangkat (ayat 4).
  {
    kind: 'Pj. Bupati (typed)',
    record: person('Pj. Bupati Contoh', false),
    jabatanLine: 'Pj. BUPATI CONTOH,',
    name: PLAIN,
    details: [],
  },
  {
    kind: 'Plt. Bupati (role)',
    record: person('Bupati Contoh', true),
    roleActing: 'Plt.',
    jabatanLine: 'Plt. BUPATI CONTOH,',
    name: PLAIN,
    details: [],
  },
  {
    kind: 'Plh. Bupati (typed)',
    record: person('Plh Bupati Contoh', false),
    jabatanLine: 'Plh. BUPATI CONTOH,',
    name: PLAIN,
    details: [],
  },
  {
    kind: 'non-political "Bupati …"',
    record: person('Bupati Contoh', false),
    jabatanLine: 'BUPATI CONTOH,',
    name: GELAR,
    details: [],
  },
  {
    kind: 'Pj. Wakil Bupati',
    record: person('Pj. Wakil Bupati Contoh', false),
    jabatanLine: 'Pj. WAKIL BUPATI CONTOH,',
    name: GELAR,
    details: [],
  },
  {
    kind: 'Pj. Sekda',
    record: person('Pj. Sekretaris Daerah', false),
    jabatanLine: 'Pj. SEKRETARIS DAERAH,',
    name: PLAIN,
    details: [],
  },
  {
    kind: 'Plh. Sekda (role)',
    record: person('Sekretaris Daerah', false),
    roleActing: 'Plh.',
    jabatanLine: 'Plh. SEKRETARIS DAERAH,',
    name: PLAIN,
    details: [],
  },
  {
    kind: 'Plt. Sekda',
    record: person('Plt. Sekda Kabupaten Contoh', false),
    jabatanLine: 'Plt. SEKDA KABUPATEN CONTOH,',
    name: PLAIN,
    details: [],
  },
  {
    kind: 'political Ketua DPRD',
    record: person('Ketua DPRD Kabupaten Contoh', true),
    jabatanLine: 'KETUA DPRD KABUPATEN CONTOH,',
    name: GELAR,
    details: [],
  },
  {
    kind: 'ASN',
    record: person('Kepala Dinas Kesehatan', false),
    jabatanLine: 'KEPALA DINAS KESEHATAN,',
    name: GELAR,
    details: [RANK_LINE, NIP_LINE],
  },
  // Ayat (4)-(5) concern only the Kepala Daerah and the Sekda: a Plt. Kepala Dinas keeps all three.
  {
    kind: 'Plt. ASN',
    record: person('Plt. Kepala Dinas Kesehatan', false),
    jabatanLine: 'Plt. KEPALA DINAS KESEHATAN,',
    name: GELAR,
    details: [RANK_LINE, NIP_LINE],
  },
  {
    kind: 'political non-head (staf ahli)',
    record: person('Staf Khusus Bupati', true),
    jabatanLine: 'STAF KHUSUS BUPATI,',
    name: GELAR,
    details: [],
  },
  {
    kind: 'guest without NIP',
    record: person('Ketua Tim Penggerak PKK', false, null),
    jabatanLine: 'KETUA TIM PENGGERAK PKK,',
    name: GELAR,
    details: [],
  },
];

type Printed = Readonly<{ jabatanLine: string; name: string; details: ReadonlyArray<string> }>;

function printedBlock(doc: OfficialDocument, jabatanLine: string): Printed {
  const columns = signaturesOf(doc).columns.filter((column): column is SignatureColumn => column !== null);
  const column = columns.find((candidate) => candidate.headLines.includes(jabatanLine));
  if (!column)
    throw new Error(
      `${doc.kind}: no column with "${jabatanLine}" in ${JSON.stringify(columns.map((c) => c.headLines))}`,
    );
  return { jabatanLine, name: column.name, details: column.detailLines };
}

/** Every document that prints a signature, given the same signer. */
function everyDocument(signer: SignerPerson): ReadonlyArray<OfficialDocument> {
  const source = sampleSource({ chair: signer });
  return [
    buildNotula(source),
    buildDaftarHadir(source),
    buildLaporanTindakLanjut({
      instansi: SAMPLE_INSTANSI,
      seriesTitle: 'Rakor',
      from: null,
      to: null,
      asOf: '2026-11-27',
      items: [],
      signer,
    }),
    buildPermintaanLaporan({
      instansi: SAMPLE_INSTANSI,
      unitName: 'Dinas Kesehatan',
      letterNumber: '000/1',
      letterDate: '2026-11-27',
      replyBy: '2026-12-04',
      items: [],
      withForm: false,
      signer,
    }),
    buildSuratUndangan({
      ...source,
      letter: {
        hal: '',
        lampiran: '',
        addressee: '',
        opening: '',
        closing: '',
        tembusan: [],
        signer,
        onBehalfOf: '',
        form: '',
      },
    }),
  ];
}

describe('one signer rule for every document', () => {
  it.each(CASES)('$kind signs the same block in the Notula, Daftar Hadir, Laporan, Permintaan and Undangan', (item) => {
    const signer = signerPersonOf(item.record, item.roleActing ?? '');
    const docs = everyDocument(signer);
    expect(docs.map((doc) => doc.kind)).toEqual([
      'NOTULA',
      'DAFTAR_HADIR',
      'LAPORAN_TINDAK_LANJUT',
      'PERMINTAAN_LAPORAN',
      'SURAT_UNDANGAN',
    ]);
    for (const doc of docs) {
      const expected = { jabatanLine: item.jabatanLine, name: item.name, details: item.details };
      expect(printedBlock(doc, item.jabatanLine), doc.kind).toEqual(expected);
    }
  });

  it('the Matriks, a lampiran of the signed Notula, prints no signature of its own', () => {
    const doc = buildMatriksTindakLanjut(sampleSource({ chair: signerPersonOf(person('Bupati Contoh', true)) }));
    expect(doc.blocks.some((block) => block.kind === 'signatures')).toBe(false);
  });

  it('a guest without NIP is named in a warning, never printed with an empty NIP line', () => {
    const signer = signerPersonOf(person('Ketua Tim Penggerak PKK', false, null));
    for (const doc of everyDocument(signer)) {
      expect(
        doc.warnings.some((warning) => warning.startsWith('NIP ') && warning.endsWith('belum diisi.')),
        doc.kind,
      ).toBe(true);
    }
  });

  it('splits an acting prefix typed in the jabatan, however it is spelled', () => {
    expect(splitActing(' plt  Kepala Dinas ')).toEqual({ acting: 'Plt.', position: 'Kepala Dinas' });
    expect(splitActing('Pjs. Bupati Contoh')).toEqual({ acting: 'Pjs.', position: 'Bupati Contoh' });
    expect(splitActing('Pjabat Fungsional')).toEqual({ acting: '', position: 'Pjabat Fungsional' });
    // The meeting's role prefix wins over the typed one, and is printed once.
    const byRole = signerPersonOf(person('Plt. Bupati Contoh', false), 'Pj.');
    expect(byRole).toMatchObject({ acting: 'Pj.', position: 'Bupati Contoh', office: 'KEPALA_DAERAH' });
  });
});
