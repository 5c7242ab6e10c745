/*
 * The placeholders an office's own Word template may use (surat-undangan.md §4): `[[field]]`,
 * loops and conditions `[[#x]]…[[/x]]`, the inverse `[[^x]]`, rich text `[[@x]]` and the logo
 * by an image's alt text. Shared so the reference page, the mapping dialog and main's check
 * read one list. Keys are Indonesian snake_case with dotted namespaces.
 */
export const TEMPLATE_KINDS = [
  'NOTULA',
  'DAFTAR_HADIR',
  'MATRIKS_TINDAK_LANJUT',
  'LAPORAN_TINDAK_LANJUT',
  'PERMINTAAN_LAPORAN',
  'SURAT_UNDANGAN',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_KIND_LABELS: Readonly<Record<TemplateKind, string>> = {
  NOTULA: 'Notula',
  DAFTAR_HADIR: 'Daftar Hadir',
  MATRIKS_TINDAK_LANJUT: 'Matriks Tindak Lanjut',
  LAPORAN_TINDAK_LANJUT: 'Laporan Tindak Lanjut',
  PERMINTAAN_LAPORAN: 'Surat Permintaan Laporan',
  SURAT_UNDANGAN: 'Surat Undangan',
};

/** text: `[[key]]`; rich: `[[@key]]` (paragraphs and lists); condition: `[[#key]]…[[/key]]`; image: alt text. */
export type PlaceholderUse = 'text' | 'rich' | 'condition' | 'image';

export type PlaceholderField = Readonly<{ key: string; example: string; use: PlaceholderUse; note?: string }>;
export type PlaceholderLoop = Readonly<{ key: string; note: string; fields: ReadonlyArray<PlaceholderField> }>;
export type PlaceholderGroup = Readonly<{
  title: string;
  fields: ReadonlyArray<PlaceholderField>;
  loops: ReadonlyArray<PlaceholderLoop>;
}>;

const text = (key: string, example: string, note?: string): PlaceholderField =>
  note === undefined ? { key, example, use: 'text' } : { key, example, use: 'text', note };
const rich = (key: string, example: string): PlaceholderField => ({ key, example, use: 'rich' });
const condition = (key: string, note: string): PlaceholderField => ({
  key,
  example: 'ya/tidak',
  use: 'condition',
  note,
});

const INSTANSI: PlaceholderGroup = {
  title: 'Instansi',
  fields: [
    text('instansi.nama', 'PEMERINTAH KABUPATEN CONTOH'),
    text('instansi.unit', 'SEKRETARIAT DAERAH'),
    text('instansi.alamat', 'Jalan Merdeka No. 1, Tubei'),
    text('instansi.telepon', '(0732) 123456'),
    text('instansi.email', 'setda@contohkab.go.id'),
    text('instansi.laman', 'contohkab.go.id'),
    text('instansi.kota', 'Tubei'),
    {
      key: 'instansi.logo',
      example: 'logo instansi',
      use: 'image',
      note: 'Tulis [[instansi.logo]] di teks alternatif (alt text) sebuah gambar.',
    },
    text('tempat_tanggal', 'Tubei, 27 November 2026'),
  ],
  loops: [],
};

const SIGNER_FIELDS: ReadonlyArray<PlaceholderField> = [
  text('ttd.atas_nama', 'a.n. BUPATI CONTOH', 'kosong bila tidak atas nama'),
  text('ttd.jabatan', 'KEPALA DINAS KESEHATAN,'),
  text('ttd.ruang', '${ttd_pengirim}', 'penanda TTE SRIKANDI bila dokumen siap TTE, selain itu kosong'),
  text('ttd.nama', 'dr. Desi Purnomo, M.Kes.'),
  text('ttd.pangkat', 'Pembina Tingkat I (IV/b)'),
  text('ttd.nip', '19750101 200212 1 003'),
  condition('ttd.ada_nip', 'NIP dan pangkat dicetak (Pasal 44: bukan Kepala Daerah, Wakil, atau Sekda)'),
];

const SIGNER: PlaceholderGroup = { title: 'Penanda tangan', fields: SIGNER_FIELDS, loops: [] };

const MEETING: PlaceholderGroup = {
  title: 'Rapat',
  fields: [
    text('rapat.judul', 'Rapat Koordinasi Kepala OPD'),
    text('rapat.jenis', 'Rapat'),
    text('rapat.hari_tanggal', 'Jumat, 27 November 2026'),
    text('rapat.tanggal', '27 November 2026'),
    text('rapat.waktu', 'pukul 09.00 WIB s.d. selesai'),
    text('rapat.pukul_panggilan', 'pukul 08.30 WIB'),
    text('rapat.tempat', 'Ruang Rapat Bupati'),
    text('rapat.sifat', 'Biasa'),
    text('rapat.undangan', 'Nomor 000.1.5/214/Setda/2026 tanggal 20 November 2026'),
    text('rapat.ketua.nama', 'H. Ahmad Fauzi, S.H.'),
    text('rapat.ketua.jabatan', 'Wakil Bupati Contoh'),
    text('rapat.sekretaris.nama', 'Dra. Sri Lestari'),
    text('rapat.sekretaris.jabatan', 'Kepala Bagian Umum'),
    text('rapat.notulis.nama', 'Rina Wati, S.Sos.'),
    text('rapat.notulis.nip', '19900101 201501 2 001'),
    text('rapat.notulis.jabatan', 'Analis Kebijakan'),
    text('dokumen.kode_verifikasi', 'RSL-7K2M-9QXP', 'kosong sebelum disahkan'),
    condition('dokumen.draf', 'versi ini belum disahkan'),
  ],
  loops: [
    {
      key: 'agenda',
      note: 'Acara rapat',
      fields: [text('no', '1'), text('uraian', 'Pembukaan'), text('penyaji', 'Sekretaris Daerah')],
    },
  ],
};

const ATTENDEES: PlaceholderLoop = {
  key: 'peserta',
  note: 'Daftar hadir, satu baris per peserta',
  fields: [
    text('no', '1'),
    text('nama', 'dr. Desi Purnomo'),
    text('nip', '19750101 200212 1 003', '"-" bila tidak ada'),
    text('pangkat', 'Pembina (IV/a)'),
    text('jabatan', 'Kepala Dinas Kesehatan'),
    text('instansi', 'Dinas Kesehatan'),
    text('status', 'Hadir'),
    text('kode', 'H'),
    text('keterangan', 'Diwakili Sekretaris Dinas'),
  ],
};

const COUNTS: ReadonlyArray<PlaceholderField> = [
  text('jumlah.ringkas', '24 orang: hadir 20, diwakili 3, izin 1'),
  text('jumlah.hadir', '20'),
  text('jumlah.tidak_hadir', '4'),
];

const OWNER_LOOP: PlaceholderLoop = {
  key: 'pemilik',
  note: 'Di dalam tindak_lanjut: satu baris per OPD penanggung jawab',
  fields: [
    text('opd', 'Dinas Kesehatan'),
    text('status', 'Dalam Proses'),
    text('perkembangan', 'Pendataan 60% (60%)'),
    text('bukti', 'laporan.pdf'),
    text('keterangan', '-'),
  ],
};

const commitmentLoop = (key: string, note: string): PlaceholderLoop => ({
  key,
  note,
  fields: [
    text('no', '1'),
    text('hasil_rapat', 'Angka stunting belum turun'),
    text('uraian', 'Menyusun rencana aksi'),
    text('penanggung_jawab', 'Dinas Kesehatan; Bappeda'),
    text('batas_waktu', '31 Desember 2026'),
    text('status', 'Dinas Kesehatan: Dalam Proses'),
    text('perkembangan', 'Dinas Kesehatan: pendataan 60%'),
    text('rapat', 'Rakor Kepala OPD, 27 November 2026'),
  ],
});

const COMMITMENTS = commitmentLoop('tindak_lanjut', 'Tindak lanjut; berisi loop pemilik');
const CARRIED = commitmentLoop('tindak_lanjut_lama', 'Tindak lanjut rapat sebelumnya yang belum selesai');

const NOTULA_GROUP: PlaceholderGroup = {
  title: 'Notula',
  fields: [
    rich('notula.pembukaan', 'Rapat dibuka pukul 09.00 WIB …'),
    rich('notula.kesimpulan', 'paragraf dan daftar bernomor'),
    rich('notula.penutup', 'Rapat ditutup pukul 11.45 WIB.'),
    ...COUNTS,
    text('ttd_notulis.nama', 'Rina Wati, S.Sos.'),
    text('ttd_notulis.nip', '19900101 201501 2 001'),
    condition('ttd_notulis.ada_nip', 'NIP notulis dicetak'),
  ],
  loops: [
    {
      key: 'pembahasan',
      note: 'Satu per acara',
      fields: [text('no', '1'), text('agenda', 'Paparan Kepala Bappeda'), rich('isi', 'paragraf dan daftar')],
    },
    { key: 'keputusan', note: 'Keputusan rapat', fields: [text('no', '1'), text('isi', 'Rencana aksi disetujui.')] },
    COMMITMENTS,
    OWNER_LOOP,
    CARRIED,
  ],
};

const DAFTAR_HADIR_GROUP: PlaceholderGroup = { title: 'Daftar hadir', fields: COUNTS, loops: [ATTENDEES] };

const MATRIKS_GROUP: PlaceholderGroup = {
  title: 'Matriks',
  fields: [],
  loops: [COMMITMENTS, OWNER_LOOP, CARRIED],
};

const LAPORAN_GROUP: PlaceholderGroup = {
  title: 'Laporan',
  fields: [
    text('laporan.judul', 'Rakor Kepala OPD'),
    text('laporan.periode', '1 Oktober 2026 s.d. 30 November 2026'),
    text('laporan.keadaan_per', '5 Desember 2026'),
  ],
  loops: [COMMITMENTS, OWNER_LOOP],
};

const PERMINTAAN_GROUP: PlaceholderGroup = {
  title: 'Surat permintaan laporan',
  fields: [
    text('surat.nomor', '000.1.5/220/Setda/2026'),
    text('surat.tanggal', '5 Desember 2026'),
    text('surat.opd', 'Dinas Kesehatan'),
    text('surat.batas_jawab', '12 Desember 2026'),
    condition('surat.dengan_formulir', 'formulir Excel dilampirkan'),
  ],
  loops: [COMMITMENTS, OWNER_LOOP],
};

const UNDANGAN_GROUP: PlaceholderGroup = {
  title: 'Undangan',
  fields: [
    text('undangan.nomor', '000.1.5/214/Setda/2026', '${nomor_naskah} bila siap TTE SRIKANDI'),
    text('undangan.tempat_tanggal', 'Tubei, 20 November 2026'),
    text('undangan.sifat', 'Biasa'),
    text('undangan.lampiran', '1 (satu) lembar'),
    text('undangan.hal', 'Undangan Rapat Koordinasi Kepala OPD'),
    text('undangan.pembuka', 'Dalam rangka …, dengan ini kami mengundang Saudara untuk hadir pada:'),
    text('undangan.penutup', 'Atas perhatian Saudara, kami ucapkan terima kasih.'),
    condition('daftar_terlampir', 'penerima lebih dari 3: "(daftar terlampir)"'),
    text('undangan.bentuk', 'NOTA DINAS', 'SURAT UNDANGAN atau NOTA DINAS, seperti dipilih di Persiapan'),
    condition('undangan.nota_dinas', 'bentuk Nota Dinas: [[#undangan.nota_dinas]]…[[/undangan.nota_dinas]]'),
    text('undangan.dari', 'Sekretaris Daerah', 'baris Dari pada Nota Dinas: jabatan penanda tangan'),
    text('undangan.tanggal', '20 November 2026', '${tanggal_naskah} bila siap TTE SRIKANDI'),
    condition('kop.kepala_daerah', 'ditandatangani Bupati atas namanya sendiri: kop Garuda'),
    text('kop.jabatan', 'BUPATI CONTOH', 'baris kop Garuda'),
    text('kop.nama', 'PEMERINTAH KABUPATEN CONTOH', 'kop menurut penanda tangan (Sekda: kop Setda)'),
    text('kop.unit', 'SEKRETARIAT DAERAH'),
  ],
  loops: [
    { key: 'tujuan', note: 'Penerima; [[.]] mencetak satu nama', fields: [text('.', 'Kepala Dinas Kesehatan')] },
    { key: 'tembusan', note: 'Tembusan; [[.]] mencetak satu baris', fields: [text('.', 'Bupati Contoh')] },
    ATTENDEES,
  ],
};

/** The groups each kind's template may use, in the order the reference page shows them. */
export const TEMPLATE_VOCABULARY: Readonly<Record<TemplateKind, ReadonlyArray<PlaceholderGroup>>> = {
  NOTULA: [INSTANSI, MEETING, SIGNER, NOTULA_GROUP, DAFTAR_HADIR_GROUP],
  DAFTAR_HADIR: [INSTANSI, MEETING, SIGNER, DAFTAR_HADIR_GROUP],
  MATRIKS_TINDAK_LANJUT: [INSTANSI, MEETING, SIGNER, MATRIKS_GROUP],
  LAPORAN_TINDAK_LANJUT: [INSTANSI, SIGNER, LAPORAN_GROUP],
  PERMINTAAN_LAPORAN: [INSTANSI, SIGNER, PERMINTAAN_GROUP],
  SURAT_UNDANGAN: [INSTANSI, MEETING, SIGNER, UNDANGAN_GROUP],
};

/** Every name a kind knows: top-level fields, loop names, and each loop's item fields. */
export function knownNames(kind: TemplateKind): ReadonlySet<string> {
  const names = new Set<string>(['.']);
  for (const group of TEMPLATE_VOCABULARY[kind]) {
    for (const field of group.fields) names.add(field.key);
    for (const loop of group.loops) {
      names.add(loop.key);
      for (const field of loop.fields) names.add(field.key);
    }
  }
  return names;
}

/**
 * What a `${...}` of another program may be mapped to: a field (`rapat.judul`) or a loop's
 * field (`peserta.nama`, which repeats the table row or paragraph it stands in).
 */
export type MappingTarget = Readonly<{ value: string; label: string; loop: string | null; field: string }>;

export function mappingTargets(kind: TemplateKind): ReadonlyArray<MappingTarget> {
  const targets: MappingTarget[] = [];
  for (const group of TEMPLATE_VOCABULARY[kind]) {
    for (const field of group.fields)
      if (field.use === 'text') targets.push({ value: field.key, label: field.key, loop: null, field: field.key });
    for (const loop of group.loops)
      for (const field of loop.fields)
        if (field.use === 'text' && loop.key !== 'pemilik')
          targets.push({
            value: `${loop.key}[].${field.key}`,
            label: `${loop.key} → ${field.key}`,
            loop: loop.key,
            field: field.key,
          });
  }
  return targets;
}

/**
 * SRIKANDI's own variables (surat-undangan.md §3): filled by SRIKANDI at numbering and signing,
 * so the app never fills, maps or alters them.
 */
export function isSrikandiReserved(name: string): boolean {
  return /^(nomor_naskah|tanggal_naskah|ttd_pengirim\d*|nama_pengirim\d*|nip_pengirim\d*|jabatan_pengirim\d*|sifat|hal)$/.test(
    name,
  );
}

/** A `${...}` name mapped to a target value, or to null (left as it is, as text). */
export type TemplateMapping = Readonly<Record<string, string | null>>;
