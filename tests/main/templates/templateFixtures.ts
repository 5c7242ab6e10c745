import JSZip from 'jszip';
import { docxOf } from '../../../electron/main/templates/docxSkeleton';

/*
 * Templates as other programs write them: Word splits what she typed over runs, puts
 * spell-check marks between them, and PhpWord templates repeat a table row per item.
 */

const r = (text: string) =>
  `<w:r><w:rPr><w:rFonts w:ascii="Arial"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const SPELL_START = '<w:proofErr w:type="spellStart"/>';
const SPELL_END = '<w:proofErr w:type="spellEnd"/>';
const para = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const cell = (...paragraphs: string[]) =>
  `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${paragraphs.join('')}</w:tc>`;

/** SRIKANDI's runs as SRIKANDI's own templates have them: each name whole in one run. */
export const RESERVED_RUNS = {
  nomor: r('${nomor_naskah}'),
  tanggal: r('${tanggal_naskah}'),
  ttd: r('${ttd_pengirim}'),
  nama: r('${nama_pengirim}'),
  nip: r('${nip_pengirim}'),
};

/**
 * A PhpWord-style letter: `${judul}` split over three runs with spell-check marks between
 * them, a table whose second row holds `${no}` `${nama}` `${jabatan}` (split too), a name
 * she will leave as text, and SRIKANDI's reserved names, one of them in the same paragraph
 * as a mapped name.
 */
export function phpWordTemplate(): Promise<Buffer> {
  const body = [
    para(r('Nomor: '), RESERVED_RUNS.nomor),
    para(r('Hal: undangan '), r('${ju'), SPELL_START, r('du'), SPELL_END, r('l}')),
    para(r('Tanggal '), RESERVED_RUNS.tanggal, r(', tempat ${tempat}')),
    para(r('Kode lain: ${kode_lain}')),
    '<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>',
    `<w:tr>${cell(para(r('No'))) + cell(para(r('Nama'))) + cell(para(r('Jabatan')))}</w:tr>`,
    `<w:tr>${cell(para(r('${'), r('no}'))) + cell(para(r('${na'), SPELL_START, r('ma'), SPELL_END, r('}'))) + cell(para(r('${jabatan}')))}</w:tr>`,
    '</w:tbl>',
    para(RESERVED_RUNS.ttd),
    para(RESERVED_RUNS.nama),
    para(r('NIP. '), RESERVED_RUNS.nip),
  ].join('');
  return docxOf(body);
}

/** `[[rapat.judul]]` split over three runs with a spell-check mark between them. */
export function splitBracketTemplate(): Promise<Buffer> {
  return docxOf(para(r('Judul: [[rapat.'), SPELL_START, r('ju'), SPELL_END, r('dul]]')));
}

/** A misspelt name in the body, one in a table, and one in a header. */
export async function misspeltTemplate(): Promise<Buffer> {
  const body = [
    para(r('Judul: [[rapat.judull]]')),
    `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="3000"/></w:tblGrid><w:tr>${cell(para(r('[[peserta_nama]]')))}</w:tr></w:tbl>`,
  ].join('');
  const zip = await JSZip.loadAsync(await docxOf(body));
  zip.file(
    'word/header1.xml',
    `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${para(r('[[instansi.nma]]'))}</w:hdr>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

export function unclosedLoopTemplate(): Promise<Buffer> {
  return docxOf([para(r('[[#agenda]]')), para(r('[[no]]. [[uraian]]'))].join(''));
}

/** The text of every paragraph of a part, one line each. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

export async function partOf(bytes: Uint8Array, path = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file(path)?.async('string')) ?? '';
}

/**
 * A letter signed twice in one file, as SRIKANDI's own templates are when the attached
 * DAFTAR UNDANGAN repeats the signature: `${ttd_pengirim}` on the letter and again on the
 * attached page, `${ttd_pengirim1}`/`${ttd_pengirim2}` for two signers, beside placeholders
 * of ours that are filled in the same paragraphs.
 */
export function twiceSignedTemplate(): Promise<Buffer> {
  const body = [
    para(r('Nomor: '), RESERVED_RUNS.nomor),
    para(r('Hal: [[rapat.judul]]')),
    para(RESERVED_RUNS.ttd),
    para(r('[[ttd.nama]]')),
    para(r('${ttd_pengirim1}'), r(' dan '), r('${ttd_pengirim2}')),
    para(r('LAMPIRAN [[rapat.judul]]')),
    para(RESERVED_RUNS.ttd),
    para(r('${ttd_pengirim1}')),
    para(r('${ttd_pengirim2}'), r(' [[ttd.nama]]')),
  ].join('');
  return docxOf(body);
}

/**
 * `[[@notula.pembahasan]]` where the office set its own look: a paragraph style, spacing and
 * indent on the paragraph, and Liberation Serif 13 pt (a Times-metric font offices have) on the run holding the tag.
 */
export async function styledRichTemplate(): Promise<Buffer> {
  const styled =
    '<w:p><w:pPr><w:pStyle w:val="IsiNotula"/><w:spacing w:after="200" w:line="360" w:lineRule="auto"/><w:ind w:left="567"/><w:jc w:val="left"/></w:pPr>' +
    '<w:r><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/><w:color w:val="1F3864"/><w:sz w:val="26"/></w:rPr><w:t>[[@notula.</w:t></w:r>' +
    '<w:r><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/><w:sz w:val="26"/></w:rPr><w:t>pembukaan]]</w:t></w:r></w:p>';
  const zip = await JSZip.loadAsync(
    await docxOf([para(r('Judul: [[rapat.judul]]')), styled, para(r('[[@notula.penutup]]'))].join('')),
  );
  // Her own paragraph style, defined as Word defines it (LibreOffice ignores a paragraph's properties under an unknown style).
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  zip.file(
    'word/styles.xml',
    styles.replace(
      '</w:styles>',
      '<w:style w:type="paragraph" w:customStyle="1" w:styleId="IsiNotula"><w:name w:val="Isi Notula"/><w:qFormat/></w:style></w:styles>',
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}
