import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildDaftarHadir } from '../../../shared/document/buildDaftarHadir';
import { buildMatriksTindakLanjut } from '../../../shared/document/buildMatriksTindakLanjut';
import { buildNotula } from '../../../shared/document/buildNotula';
import { sampleSource, withNotulaOptions } from '../../fixtures/document/sampleSource';
import { SAMPLE_DUKCAPIL_ROW } from '../../fixtures/document/printedRows';
import { attributesOf, paragraphs, renderParts, tables } from './docxXml';

describe('export/renderDocx: package and page', () => {
  it('writes a valid Word package with document, styles, footer and the emblem', async () => {
    const { buffer, zip } = await renderParts(buildNotula(sampleSource()));
    expect(buffer.subarray(0, 2).toString('ascii')).toBe('PK');
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    const media = names.filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const logo = await zip.file(media[0] as string)?.async('nodebuffer');
    expect(logo?.equals(readFileSync(join(__dirname, '../../fixtures/document/lambang-contoh.png')))).toBe(true);
    const { value } = await mammoth.extractRawText({ buffer });
    expect(value).toContain('NOTULA');
  });

  it('sets F4 portrait with the official margins', async () => {
    const { document } = await renderParts(buildNotula(sampleSource()));
    expect(attributesOf(document, 'w:pgSz')).toMatchObject({ 'w:w': '12189', 'w:h': '18709', 'w:orient': 'portrait' });
    expect(attributesOf(document, 'w:pgMar')).toMatchObject({
      'w:top': '1134',
      'w:right': '1134',
      'w:bottom': '1417',
      'w:left': '1701',
    });
  });

  it('sets A4 when the profile says so', async () => {
    const source = sampleSource();
    const { document } = await renderParts(buildNotula({ ...source, instansi: { ...source.instansi, paper: 'A4' } }));
    expect(attributesOf(document, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
  });

  it('lays the matriks out landscape', async () => {
    const { document } = await renderParts(buildMatriksTindakLanjut(sampleSource()));
    expect(attributesOf(document, 'w:pgSz')).toMatchObject({ 'w:w': '18709', 'w:h': '12189', 'w:orient': 'landscape' });
  });

  it('declares the font once, from the profile, at 12 pt, and names its styles', async () => {
    const { styles } = await renderParts(buildNotula(sampleSource()));
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(attributesOf(defaults, 'w:rFonts')).toMatchObject({ 'w:ascii': 'Arial', 'w:hAnsi': 'Arial' });
    expect(attributesOf(defaults, 'w:sz')).toEqual({ 'w:val': '24' });
    for (const id of ['RisalahBody', 'RisalahTable', 'RisalahKopUnit']) expect(styles).toContain(`w:styleId="${id}"`);
    const source = sampleSource();
    const other = await renderParts(
      buildNotula({ ...source, instansi: { ...source.instansi, fontFamily: 'Bookman Old Style' } }),
    );
    expect(other.styles).toContain('w:ascii="Bookman Old Style"');
  });

  it('numbers pages in the footer with PAGE and NUMPAGES fields', async () => {
    const { footer } = await renderParts(buildNotula(sampleSource()));
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(paragraphs(footer).join('')).toContain('Halaman ');
    expect(paragraphs(footer).join('')).toContain(' dari ');
  });

  it('draws the kop: emblem sized to its aspect ratio beside the centred text, then a thin-thick rule', async () => {
    const { document } = await renderParts(buildNotula(sampleSource()));
    const [kop] = tables(document);
    expect(kop?.rows[0]?.map((cell) => cell.join('|'))).toEqual([
      '',
      'PEMERINTAH KABUPATEN CONTOH|SEKRETARIAT DAERAH|Jalan Merdeka Nomor 1, Contoh 12345, Telepon (0123) 456789|Pos-el setda@contohkab.go.id  Laman www.contohkab.go.id',
      '',
    ]);
    const extent = attributesOf(document, 'wp:extent');
    expect(Number(extent.cx) / Number(extent.cy)).toBeCloseTo(256 / 300, 2);
    const rule = /<w:pBdr>[\s\S]*?<\/w:pBdr>/.exec(document)?.[0] ?? '';
    expect(attributesOf(rule, 'w:bottom')).toMatchObject({ 'w:val': 'thinThickSmallGap' });
  });

  it('builds the kop without an emblem column when the profile has no logo', async () => {
    const source = sampleSource();
    const { document, zip } = await renderParts(
      buildNotula({ ...source, instansi: { ...source.instansi, logoDataUrl: null } }),
    );
    expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))).toEqual([]);
    expect(tables(document)[0]?.rows[0]).toHaveLength(1);
  });

  it('writes the identity table borderless and fixed, with wrapped values hanging under their own column', async () => {
    const { document } = await renderParts(buildNotula(sampleSource()));
    const identity = tables(document)[1];
    expect(identity?.xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect([...(identity?.xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g) ?? [])].map((m) => Number(m[1]))).toEqual([
      3087, 284, 5983,
    ]);
    expect(identity?.xml).toMatch(/<w:tblBorders>[\s\S]*?<w:top w:val="none"/);
    const acara = identity?.rows.find((row) => row[0]?.[0] === 'Acara');
    expect(acara?.[2]).toEqual([
      '1.\tPembukaan dan arahan Wakil Bupati;',
      '2.\tPaparan capaian intervensi oleh Kepala Dinas Kesehatan;',
      '3.\tDiskusi dan penyusunan rencana tindak lanjut.',
    ]);
    expect(identity?.xml).toMatch(/<w:ind w:left="425" w:hanging="425"\/>/);
  });

  it('repeats table header rows and merges the zig-zag signature cells vertically', async () => {
    const { document } = await renderParts(buildDaftarHadir(sampleSource()));
    const grid = tables(document).find((table) => table.rows[0]?.[0]?.[0] === 'No');
    expect(grid).toBeDefined();
    const rowsXml = grid?.xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rowsXml[0]).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/);
    expect(rowsXml[1]).not.toMatch(/<w:tblHeader\/>/);
    // 28 rows: 14 pairs, each with two cells restarting a merge and two continuing it.
    expect(grid?.xml.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(28);
    expect(grid?.xml.match(/<w:vMerge w:val="continue"\/>|<w:vMerge\/>/g)).toHaveLength(28);
    expect(grid?.xml.match(/<w:gridCol /g)).toHaveLength(7);
    expect(grid?.rows[1]?.map((cell) => cell.join('|'))).toEqual([
      '1.',
      'Hasan Wijaya, S.Kom.|NIP. 19751013 200506 1 006',
      'Inspektur',
      'Inspektorat Daerah',
      '1. ......',
      '2. ......',
      'H',
    ]);
    expect(grid?.xml).toMatch(/<w:tcBorders><w:right w:val="none"/);
  });

  it('repeats both header rows of the matriks and repeats a commitment in each of its OPD rows', async () => {
    const { document } = await renderParts(buildMatriksTindakLanjut(sampleSource()));
    const grid = tables(document).find((table) => table.rows[0]?.[0]?.[0] === 'No');
    const rowsXml = grid?.xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rowsXml.slice(0, 2).every((row) => /<w:tblHeader/.test(row))).toBe(true);
    expect(grid?.xml).not.toMatch(/<w:vMerge/);
    expect(rowsXml.slice(2).every((row) => /<w:cantSplit/.test(row))).toBe(true);
    expect(grid?.rows[3]?.map((cell) => cell.join('|'))).toEqual(SAMPLE_DUKCAPIL_ROW);
  });

  it('ends the body with a paragraph, as Word requires after a final table', async () => {
    const { document } = await renderParts(buildMatriksTindakLanjut(sampleSource()));
    expect(document).toMatch(/<\/w:tbl><w:p[ >/][\s\S]*<w:sectPr/);
  });

  it('keeps the layout when the notula is in "siap TTE" mode: larger blank space, no lines, no extra images', async () => {
    const { document, zip } = await renderParts(buildNotula(withNotulaOptions(sampleSource(), { readyForTte: true })));
    expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    expect(document).toContain('w:line="1701" w:lineRule="exact"');
    expect(paragraphs(document).join('\n')).not.toMatch(/elektronik|_{3,}|\.{8,}/i);
  });
});
