import type { RichDoc, RichNode } from '../../../../shared/domain/minutes';

/*
 * Text that reads like the minutes of a Pemkab rakor, from a seeded PRNG (mulberry32) over
 * phrase lists: same seed, same archive. Used by the big-dataset generator (seedBig) and the smaller archive of tests/bench/archiveGenerator.ts.
 */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(random: Random, list: ReadonlyArray<T>): T => list[Math.floor(random() * list.length)] as T;

/** Names of officials, for the big dataset and the search benchmarks' archive (tests/bench/archiveGenerator.ts). */
export const FIRST_NAMES = [
  'Ahmad',
  'Siti',
  'Budi',
  'Dewi',
  'Hendra',
  'Nur',
  'Rudi',
  'Sri',
  'Agus',
  'Rina',
  'Yusuf',
  'Wati',
  'Made',
  'Ketut',
  'Andi',
  'Fitri',
  'Joko',
  'Desi',
];
export const LAST_NAMES = [
  'Santoso',
  'Rahayu',
  'Hidayat',
  'Lestari',
  'Saputra',
  'Wulandari',
  'Nugroho',
  'Pratama',
  'Susanti',
  'Kurniawan',
  'Siregar',
  'Wijaya',
  'Purnomo',
];
export const OPD: ReadonlyArray<readonly [code: string, name: string, short: string, kind: string]> = [
  ['SETDA', 'Sekretariat Daerah', 'Setda', 'sekretariat'],
  ['SETWAN', 'Sekretariat Dewan Perwakilan Rakyat Daerah', 'Setwan', 'sekretariat'],
  ['ITDA', 'Inspektorat Daerah', 'Inspektorat', 'inspektorat'],
  ['BAPPERIDA', 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah', 'Bapperida', 'badan'],
  ['BPKAD', 'Badan Pengelolaan Keuangan dan Aset Daerah', 'BPKAD', 'badan'],
  ['BAPENDA', 'Badan Pendapatan Daerah', 'Bapenda', 'badan'],
  ['BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BKPSDM', 'badan'],
  ['BPBD', 'Badan Penanggulangan Bencana Daerah', 'BPBD', 'badan'],
  ['KESBANGPOL', 'Badan Kesatuan Bangsa dan Politik', 'Kesbangpol', 'badan'],
  ['DISDIK', 'Dinas Pendidikan', 'Disdik', 'dinas'],
  ['DINKES', 'Dinas Kesehatan', 'Dinkes', 'dinas'],
  ['PUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas PUPR', 'dinas'],
  ['PERKIM', 'Dinas Perumahan dan Kawasan Permukiman', 'Disperkim', 'dinas'],
  ['SATPOLPP', 'Satuan Polisi Pamong Praja', 'Satpol PP', 'satuan'],
  ['DINSOS', 'Dinas Sosial', 'Dinsos', 'dinas'],
  [
    'DP3AP2KB',
    'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana',
    'DP3AP2KB',
    'dinas',
  ],
  ['DKP', 'Dinas Ketahanan Pangan', 'DKP', 'dinas'],
  ['DLH', 'Dinas Lingkungan Hidup', 'DLH', 'dinas'],
  ['DISDUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil', 'dinas'],
  ['DPMD', 'Dinas Pemberdayaan Masyarakat dan Desa', 'DPMD', 'dinas'],
  ['DISHUB', 'Dinas Perhubungan', 'Dishub', 'dinas'],
  ['DISKOMINFO', 'Dinas Komunikasi dan Informatika', 'Diskominfo', 'dinas'],
  ['DISKOPUKM', 'Dinas Koperasi, Usaha Kecil dan Menengah', 'Diskop UKM', 'dinas'],
  ['DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP', 'dinas'],
  ['DISPORAPAR', 'Dinas Kepemudaan, Olahraga dan Pariwisata', 'Disporapar', 'dinas'],
  ['DISPERPUS', 'Dinas Perpustakaan dan Kearsipan', 'Disperpus', 'dinas'],
  ['DISKANLA', 'Dinas Perikanan', 'Diskan', 'dinas'],
  ['DISTAN', 'Dinas Pertanian', 'Distan', 'dinas'],
  ['DISPERINDAG', 'Dinas Perindustrian dan Perdagangan', 'Disperindag', 'dinas'],
  ['DISNAKER', 'Dinas Tenaga Kerja', 'Disnaker', 'dinas'],
  ['RSUD', 'Rumah Sakit Umum Daerah', 'RSUD', 'rumah_sakit'],
  ['BAGPEM', 'Bagian Tata Pemerintahan', 'Bag. Pemerintahan', 'bagian'],
  ['BAGHUKUM', 'Bagian Hukum', 'Bag. Hukum', 'bagian'],
  ['BAGEKO', 'Bagian Perekonomian dan Sumber Daya Alam', 'Bag. Perekonomian', 'bagian'],
  ['BAGPBJ', 'Bagian Pengadaan Barang dan Jasa', 'Bag. PBJ', 'bagian'],
  ['BAGPROKOPIM', 'Bagian Protokol dan Komunikasi Pimpinan', 'Bag. Prokopim', 'bagian'],
  ['KEC-KOTA', 'Kecamatan Kota', 'Kec. Kota', 'kecamatan'],
  ['KEC-UTARA', 'Kecamatan Utara', 'Kec. Utara', 'kecamatan'],
  ['KEC-SELATAN', 'Kecamatan Selatan', 'Kec. Selatan', 'kecamatan'],
  ['KEC-PESISIR', 'Kecamatan Pesisir', 'Kec. Pesisir', 'kecamatan'],
];

export const SERIES = [
  'Rapat Koordinasi Kepala OPD',
  'Rakor Tim Percepatan Penurunan Stunting',
  'Rakor Tim Pengendalian Inflasi Daerah',
  'Rapat Evaluasi Realisasi Anggaran',
  'Rakor Penanggulangan Kemiskinan Ekstrem',
  'Rapat Monitoring Tindak Lanjut Hasil Pemeriksaan',
  'Rakor Kesiapsiagaan Bencana',
  'Rapat Pembahasan RKPD',
];

const PROGRAMS = [
  'percepatan penurunan stunting',
  'pengendalian inflasi daerah',
  'penghapusan kemiskinan ekstrem',
  'realisasi anggaran',
  'Sistem Pemerintahan Berbasis Elektronik',
  'pelayanan administrasi kependudukan',
  'pembangunan jalan kabupaten',
  'rehabilitasi ruang kelas',
  'penanganan sampah',
  'ketahanan pangan',
  'Musrenbang',
  'pendapatan asli daerah',
  'tindak lanjut LHP BPK',
  'penurunan angka kematian ibu',
];
const SUBJECTS = [
  'Kepala Dinas Kesehatan',
  'Kepala Bapperida',
  'Kepala BPKAD',
  'Sekretaris Daerah',
  'Asisten Perekonomian dan Pembangunan',
  'Kepala Dinas Sosial',
  'Kepala Dinas PUPR',
  'Inspektur Daerah',
  'Camat Kota',
  'Kepala Dinas Pendidikan',
  'Kepala BPBD',
  'Kepala Dinas Ketahanan Pangan',
];
const VERBS = [
  'melaporkan',
  'menyampaikan',
  'menjelaskan',
  'menegaskan',
  'mengusulkan',
  'meminta',
  'menginformasikan',
  'mengingatkan',
];
const FACTS = [
  'realisasi anggaran triwulan berjalan baru mencapai {p} persen dari pagu',
  'prevalensi stunting turun menjadi {p} persen berdasarkan hasil penimbangan serentak',
  'inflasi daerah bulan lalu tercatat {p} persen year on year, dipicu kenaikan harga cabai dan beras',
  'capaian program {g} telah mencapai {p} persen dari target tahunan',
  'pengadaan barang dan jasa untuk kegiatan {g} masih dalam tahap tender',
  'data penerima bantuan sosial perlu dipadankan dengan data kependudukan',
  'sebanyak {n} desa belum menyampaikan laporan penggunaan dana desa',
  'gerakan pangan murah akan dilaksanakan di {n} titik pada minggu depan',
  'rekomendasi hasil pemeriksaan yang belum ditindaklanjuti tersisa {n} temuan',
  'ketersediaan stok beras di gudang mencukupi kebutuhan {n} hari ke depan',
];
const ASKS = [
  'setiap OPD agar menyampaikan laporan paling lambat tanggal {d}',
  'Bapperida agar mengoordinasikan pemutakhiran data bersama OPD terkait',
  'BPKAD agar mempercepat proses pencairan anggaran kegiatan {g}',
  'camat agar memantau langsung pelaksanaan kegiatan di tingkat desa',
  'Dinas Kesehatan bersama Dinas Sosial agar melakukan verifikasi lapangan',
  'hasil pembahasan dilaporkan kepada Bupati melalui Sekretaris Daerah',
];

function fill(random: Random, template: string): string {
  return template
    .replace('{p}', (random() * 100).toFixed(1).replace('.', ','))
    .replace('{n}', String(2 + Math.floor(random() * 60)))
    .replace('{d}', String(1 + Math.floor(random() * 28)))
    .replace('{g}', pick(random, PROGRAMS));
}

export function sentence(random: Random): string {
  const kind = random();
  if (kind < 0.45)
    return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} bahwa ${fill(random, pick(random, FACTS))}.`;
  if (kind < 0.8) return `Pimpinan rapat meminta ${fill(random, pick(random, ASKS))}.`;
  return `Terkait ${pick(random, PROGRAMS)}, ${fill(random, pick(random, FACTS))}, sehingga ${fill(random, pick(random, ASKS))}.`;
}

export const programTag = (random: Random): string => pick(random, PROGRAMS);
export const commitmentText = (random: Random): string =>
  `${fill(random, pick(random, ASKS)).replace(/^./, (c) => c.toUpperCase())} terkait ${pick(random, PROGRAMS)}.`;
export const agendaTitle = (random: Random): string => `Pembahasan ${pick(random, PROGRAMS)}`;

/** About `bytes` of minutes as the live editor stores them: one paragraph per speaker turn. */
export function minutesDoc(random: Random, bytes: number): RichDoc {
  const content: RichNode[] = [];
  let size = 0;
  while (size < bytes) {
    const speaker = pick(random, SUBJECTS);
    const turn: string[] = [];
    for (let i = 0, n = 2 + Math.floor(random() * 4); i < n; i += 1) turn.push(sentence(random));
    const text = ` ${turn.join(' ')}`;
    size += text.length + speaker.length;
    content.push({
      type: 'paragraph',
      content: [
        { type: 'text', marks: [{ type: 'bold' }], text: `${speaker}:` },
        { type: 'text', text },
      ],
    });
  }
  return { type: 'doc', content };
}
