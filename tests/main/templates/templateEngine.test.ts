import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxOf } from '../../../electron/main/templates/docxSkeleton';
import { fillTemplate } from '../../../electron/main/templates/fillTemplate';
import { logoFromDataUrl } from '../../../electron/main/templates/logoImage';
import { notulaSample, srikandiSample } from '../../../electron/main/templates/sampleTemplates';
import { checkTemplate } from '../../../electron/main/templates/templateCheck';
import { templateData, type TemplateSource } from '../../../electron/main/templates/templateData';
import type { TemplateMapping } from '../../../shared/document/templateVocabulary';
import { sampleSource, signer } from '../../fixtures/document/sampleSource';
import {
  misspeltTemplate,
  paragraphTexts,
  partOf,
  phpWordTemplate,
  RESERVED_RUNS,
  splitBracketTemplate,
  unclosedLoopTemplate,
} from './templateFixtures';

const source = sampleSource();
const fill = (template: Buffer, input: TemplateSource, mapping: TemplateMapping = {}) =>
  fillTemplate({
    template,
    mapping,
    data: (numbering) => templateData(input, numbering),
    logo: logoFromDataUrl(source.instansi.logoDataUrl),
  });

const PHPWORD_MAPPING: TemplateMapping = {
  judul: 'rapat.judul',
  tempat: 'rapat.tempat',
  no: 'peserta[].no',
  nama: 'peserta[].nama',
  jabatan: 'peserta[].jabatan',
  kode_lain: null,
};

describe('templates: ${...} templates of other programs', () => {
  it('lists every ${...}, SRIKANDI names apart, with where each stands and a likely field', async () => {
    const report = await checkTemplate('DAFTAR_HADIR', await phpWordTemplate(), {});
    const byName = new Map(report.dollars.map((entry) => [entry.name, entry]));
    expect([...byName.keys()].sort()).toEqual(
      [
        'jabatan',
        'judul',
        'kode_lain',
        'nama',
        'nama_pengirim',
        'nip_pengirim',
        'no',
        'nomor_naskah',
        'tanggal_naskah',
        'tempat',
        'ttd_pengirim',
      ].sort(),
    );
    expect(byName.get('nomor_naskah')?.reserved).toBe(true);
    expect(byName.get('judul')?.reserved).toBe(false);
    // The split name is found whole, and located.
    expect(byName.get('judul')?.where[0]).toMatch(/^isi dokumen, paragraf 2: /);
    expect(byName.get('nama')?.where[0]).toContain('(dalam tabel)');
    expect(byName.get('jabatan')?.suggestion).toBe('peserta[].jabatan');
  });

  it('fills the mapped names, repeats the row per attendee, and leaves SRIKANDI runs byte-identical', async () => {
    const template = await phpWordTemplate();
    const out = fill(template, { kind: 'DAFTAR_HADIR', source }, PHPWORD_MAPPING);
    const xml = await partOf(out);
    const texts = paragraphTexts(xml);
    expect(texts).toContain(`Hal: undangan ${source.meeting.title}`);
    expect(texts).toContain(`Tanggal \${tanggal_naskah}, tempat ${source.meeting.place}`);
    // Left as text when she chose so.
    expect(texts).toContain('Kode lain: ${kode_lain}');
    // One row per attendee plus the header.
    expect(xml.match(/<w:tr>/g)?.length).toBe(source.attendance.length + 1);
    for (const [index, entry] of source.attendance.entries()) {
      expect(texts).toContain(entry.name.trim());
      expect(texts).toContain(String(index + 1));
    }
    for (const run of Object.values(RESERVED_RUNS)) expect(xml).toContain(run);
    expect(xml).not.toContain('${judul}');
  });

  it('fills a [[...]] split over three runs with a spell-check mark between them', async () => {
    const out = fill(await splitBracketTemplate(), { kind: 'NOTULA', source });
    expect(paragraphTexts(await partOf(out))).toContain(`Judul: ${source.meeting.title}`);
  });

  it('reports an unknown placeholder with its place and the name meant', async () => {
    const report = await checkTemplate('NOTULA', await misspeltTemplate(), {});
    const byName = new Map(report.unknown.map((entry) => [entry.name, entry]));
    expect(byName.get('rapat.judull')?.suggestion).toBe('rapat.judul');
    expect(byName.get('rapat.judull')?.where).toEqual(['isi dokumen, paragraf 1: "Judul: [[rapat.judull]]"']);
    expect(byName.get('peserta_nama')?.where[0]).toContain('(dalam tabel)');
    expect(byName.get('instansi.nma')?.where[0]).toMatch(/^kepala halaman, paragraf 1/);
    expect(byName.get('instansi.nma')?.suggestion).toBe('instansi.nama');
  });

  it('refuses an unclosed loop in Indonesian', async () => {
    await expect(checkTemplate('NOTULA', await unclosedLoopTemplate(), {})).rejects.toThrow(
      /\[\[#agenda\]\] tidak ditutup: tambahkan \[\[\/agenda\]\]/,
    );
  });

  it('refuses what is not a .docx, and a zip that inflates far beyond a template', async () => {
    await expect(checkTemplate('NOTULA', Buffer.from('bukan zip'), {})).rejects.toThrow(/bukan dokumen Word/);
    const zip = await JSZip.loadAsync(await docxOf('<w:p/>'));
    // 21 MB of one character: a few kilobytes packed, past the limit for one XML part unpacked.
    zip.file('word/footnotes.xml', ' '.repeat(21 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    await expect(checkTemplate('NOTULA', bomb, {})).rejects.toThrow(/terlalu besar setelah dibuka; berkas ini ditolak/);
  });
});

describe('templates: the shipped samples', () => {
  it('Notula sample: loops, rich text as Word lists, the logo by alt text, NIP by Pasal 44', async () => {
    const template = await notulaSample();
    const report = await checkTemplate('NOTULA', template, {});
    expect(report.unknown).toEqual([]);
    expect(report.logo).toBe(true);
    const out = fill(template, { kind: 'NOTULA', source });
    const zip = await JSZip.loadAsync(out);
    const xml = await partOf(out);
    const texts = paragraphTexts(xml);
    expect(texts).toContain(`Sidang/Rapat:${source.meeting.title}`);
    for (const [index, decision] of source.decisions.entries()) expect(texts).toContain(`${index + 1}.${decision}`);
    expect(texts.some((text) => text.includes('Pembukaan dan arahan Wakil Bupati'))).toBe(true);
    // The opening's ordered list is a real Word list, defined in the numbering part.
    expect(xml).toMatch(/<w:numId w:val="99\d\d"\/>/);
    expect(await zip.file('word/numbering.xml')?.async('string')).toContain('w:abstractNumId="9901"');
    // The logo: the instansi's picture replaced the placeholder, the alt text names it.
    expect(zip.file('word/media/risalah-logo.png')).not.toBeNull();
    expect(await zip.file('word/_rels/document.xml.rels')?.async('string')).toContain('media/risalah-logo.png');
    expect(xml).toContain('descr="Logo instansi"');
    // A Wakil Bupati signs without NIP (Pasal 44); the notulis (ASN) with one.
    const nipLines = texts.filter((text) => text.startsWith('NIP. '));
    expect(nipLines).toHaveLength(1);
    expect(texts).toContain('NOTULA (DRAF)');
  });

  it('SRIKANDI sample: every ${...} byte-identical, the invitees, NIP shown for an ASN signer', async () => {
    const template = await srikandiSample();
    const before = await partOf(template);
    const reservedRuns = [...before.matchAll(/<w:r>(?:(?!<\/w:r>).)*\$\{[a-z_0-9]+\}(?:(?!<\/w:r>).)*<\/w:r>/g)].map(
      (m) => m[0],
    );
    expect(reservedRuns.length).toBeGreaterThanOrEqual(9);
    const asn = { ...source, chair: signer('Asisten Pemerintahan dan Kesejahteraan Rakyat') };
    const out = fill(template, { kind: 'SURAT_UNDANGAN', source: asn });
    const xml = await partOf(out);
    for (const run of reservedRuns) expect(xml).toContain(run);
    const texts = paragraphTexts(xml);
    expect(texts).toContain('Kepala Perangkat Daerah (daftar terlampir)');
    expect(texts).toContain('DAFTAR UNDANGAN');
    expect(texts).toContain('NIP. ${nip_pengirim}');
    // The Wakil Bupati as signer: no NIP line (the condition drops it).
    const wakil = paragraphTexts(await partOf(fill(template, { kind: 'SURAT_UNDANGAN', source })));
    expect(wakil.some((text) => text.startsWith('NIP.'))).toBe(false);
  });
});
