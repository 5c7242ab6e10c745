import type { TemplateKind } from '../../../shared/document/templateVocabulary';
import { docxOf, p, paragraph, picture, run, table, TEXT_WIDTH, type Cell } from './docxSkeleton';

/*
 * The two samples she can download from Pengaturan → Dokumen and edit in Word: the built-in
 * Notula written with [[...]] (kop with the logo by alt text, identity rows, agenda loop, the
 * minutes as rich text, decisions, a repeated table row, the signature by Pasal 44), and a
 * Surat Undangan shaped like a SRIKANDI template, whose ${...} SRIKANDI fills later.
 */

const LABEL = 2600;
const COLON = 2900;
const row = (label: string, value: string) =>
  p(`${label}\t:\t${value}`, { tabs: [LABEL, COLON], indentLeft: COLON, hanging: COLON, after: 60 });
const alone = (tag: string) => p(tag);
const cellOf = (width: number, ...paragraphs: string[]): Cell => ({ width, content: paragraphs.join('') });

function kop(): string {
  const logoWidth = 1600;
  return (
    table(
      [
        [
          cellOf(logoWidth, paragraph(picture('[[instansi.logo]]', 2.2), { align: 'center' })),
          cellOf(
            TEXT_WIDTH - logoWidth,
            p('[[instansi.nama]]', { bold: true, size: 14, align: 'center' }),
            p('[[instansi.unit]]', { bold: true, size: 16, align: 'center' }),
            p('[[instansi.alamat]] Telp. [[instansi.telepon]]', { size: 10, align: 'center' }),
            p('Pos-el: [[instansi.email]] Laman: [[instansi.laman]]', { size: 10, align: 'center' }),
          ),
        ],
      ],
      false,
    ) + paragraph('', { rule: true, after: 240 })
  );
}

function commitmentsTable(): string {
  const widths = [600, 3900, 2500, 2071];
  const head = ['No', 'Rekomendasi / Rencana Tindak Lanjut', 'Penanggung Jawab', 'Batas Waktu'].map(
    (text, i): Cell => ({ width: widths[i] as number, content: p(text, { bold: true, align: 'center' }), shade: true }),
  );
  const body: Cell[] = [
    cellOf(widths[0] as number, p('[[#tindak_lanjut]][[no]]', { align: 'center' })),
    cellOf(widths[1] as number, p('[[uraian]]')),
    cellOf(widths[2] as number, p('[[#pemilik]][[opd]] ([[status]])', {}), p('[[/pemilik]]')),
    cellOf(widths[3] as number, p('[[batas_waktu]][[/tindak_lanjut]]', { align: 'center' })),
  ];
  return table([head, body], true);
}

function notulaSignatures(): string {
  const half = Math.floor(TEXT_WIDTH / 2);
  const left = cellOf(
    half,
    p(''),
    p('Pencatat,', { align: 'center' }),
    p(''),
    p(''),
    p(''),
    p(''),
    p('[[ttd_notulis.nama]]', { align: 'center', bold: true, underline: true }),
    p('[[#ttd_notulis.ada_nip]]NIP. [[ttd_notulis.nip]][[/ttd_notulis.ada_nip]]', { align: 'center' }),
  );
  const right = cellOf(
    TEXT_WIDTH - half,
    p('Pimpinan Sidang/Rapat', { align: 'center' }),
    p('[[ttd.jabatan]]', { align: 'center' }),
    p('[[ttd.ruang]]', { align: 'center' }),
    p(''),
    p(''),
    p(''),
    p('[[ttd.nama]]', { align: 'center', bold: true, underline: true }),
    p('[[#ttd.ada_nip]][[ttd.pangkat]]', { align: 'center' }),
    p('NIP. [[ttd.nip]][[/ttd.ada_nip]]', { align: 'center' }),
  );
  return table([[left, right]], false);
}

const heading = (text: string) => p(text, { bold: true, after: 60 });

/** The built-in Notula (Model Permendagri 1/2023), as a template of her own. */
export function notulaSample(): Promise<Buffer> {
  const body = [
    kop(),
    p('NOTULA [[#dokumen.draf]](DRAF)[[/dokumen.draf]]', { bold: true, size: 14, align: 'center', after: 240 }),
    row('Sidang/Rapat', '[[rapat.judul]]'),
    row('Hari/Tanggal', '[[rapat.hari_tanggal]]'),
    row('Waktu', '[[rapat.waktu]]'),
    row('Tempat', '[[rapat.tempat]]'),
    row('Surat Undangan', '[[rapat.undangan]]'),
    row('Pimpinan Sidang/Rapat', '[[rapat.ketua.jabatan]] ([[rapat.ketua.nama]])'),
    row('Pencatat', '[[rapat.notulis.nama]]'),
    row('Peserta', 'Sebagaimana daftar hadir terlampir ([[jumlah.ringkas]])'),
    row('Acara', ''),
    alone('[[#agenda]]'),
    p('[[no]].\t[[uraian]]', { indentLeft: COLON + 360, hanging: 360, tabs: [COLON + 360] }),
    alone('[[/agenda]]'),
    p('', { after: 120 }),
    heading('Kegiatan Sidang/Rapat'),
    heading('1. Pembukaan'),
    p('[[@notula.pembukaan]]'),
    heading('2. Pembahasan'),
    alone('[[#pembahasan]]'),
    p('[[no]]) [[agenda]]', { italic: true, after: 60 }),
    p('[[@isi]]'),
    alone('[[/pembahasan]]'),
    heading('3. Keputusan'),
    alone('[[#keputusan]]'),
    p('[[no]].\t[[isi]]', { indentLeft: 360, hanging: 360, tabs: [360] }),
    alone('[[/keputusan]]'),
    heading('4. Tindak Lanjut'),
    commitmentsTable(),
    p(''),
    heading('5. Kesimpulan dan Penutup'),
    p('[[@notula.kesimpulan]]'),
    p('[[@notula.penutup]]'),
    notulaSignatures(),
  ].join('');
  return docxOf(body);
}

/** A Surat Undangan as SRIKANDI's templates are made: its ${...} stay for SRIKANDI to fill. */
export function srikandiSample(): Promise<Buffer> {
  const half = Math.floor(TEXT_WIDTH / 2);
  const signature = table(
    [
      [
        cellOf(half, p('')),
        cellOf(
          TEXT_WIDTH - half,
          p('[[ttd.atas_nama]]', { align: 'center' }),
          p('${jabatan_pengirim},', { align: 'center' }),
          p('${ttd_pengirim}', { align: 'center' }),
          p(''),
          p('${nama_pengirim}', { align: 'center', bold: true }),
          p('[[#ttd.ada_nip]][[ttd.pangkat]]', { align: 'center' }),
          paragraph(run('NIP. ') + run('${nip_pengirim}') + run('[[/ttd.ada_nip]]'), { align: 'center' }),
        ),
      ],
    ],
    false,
  );
  const details = (label: string, value: string) =>
    p(`${label}\t:\t${value}`, { tabs: [2600, 2900], indentLeft: 2900, hanging: 2100, after: 60 });
  const body = [
    kop(),
    paragraph(run('[[instansi.kota]], ') + run('${tanggal_naskah}'), { align: 'right', after: 240 }),
    row('Nomor', '${nomor_naskah}'),
    row('Sifat', '${sifat}'),
    row('Lampiran', '[[undangan.lampiran]]'),
    row('Hal', '${hal}'),
    p('', { after: 120 }),
    p('Yth.'),
    p('[[#daftar_terlampir]]Kepala Perangkat Daerah (daftar terlampir)[[/daftar_terlampir]]', { indentLeft: 400 }),
    alone('[[^daftar_terlampir]]'),
    alone('[[#tujuan]]'),
    p('[[.]]', { indentLeft: 400 }),
    alone('[[/tujuan]]'),
    alone('[[/daftar_terlampir]]'),
    p('di'),
    p('[[instansi.kota]]', { indentLeft: 400, after: 240 }),
    p('[[undangan.pembuka]]', { indentLeft: 800, align: 'both', after: 120 }),
    details('hari/tanggal', '[[rapat.hari_tanggal]]'),
    details('waktu', '[[rapat.waktu]]'),
    details('tempat', '[[rapat.tempat]]'),
    details('acara', '[[rapat.judul]]'),
    p('', { after: 120 }),
    p('[[undangan.penutup]]', { indentLeft: 800, align: 'both', after: 240 }),
    signature,
    alone('[[#daftar_terlampir]]'),
    paragraph('<w:r><w:br w:type="page"/></w:r>'),
    p('LAMPIRAN SURAT [[instansi.unit]]'),
    paragraph(run('Nomor\t: ') + run('${nomor_naskah}'), { tabs: [1400] }),
    paragraph(run('Tanggal\t: ') + run('${tanggal_naskah}'), { tabs: [1400], after: 240 }),
    p('DAFTAR UNDANGAN', { bold: true, align: 'center', after: 120 }),
    alone('[[#tujuan]]'),
    p('- [[.]]', { indentLeft: 360, hanging: 360 }),
    alone('[[/tujuan]]'),
    alone('[[/daftar_terlampir]]'),
  ].join('');
  return docxOf(body);
}

/** The samples the app offers, by the kind each is made for. */
export const SAMPLE_TEMPLATES = {
  notula: { kind: 'NOTULA', fileName: 'Contoh Templat Notula.docx', build: notulaSample },
  srikandi: { kind: 'SURAT_UNDANGAN', fileName: 'Contoh Templat SRIKANDI Surat Undangan.docx', build: srikandiSample },
} as const satisfies Record<string, { kind: TemplateKind; fileName: string; build: () => Promise<Buffer> }>;
