import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canPrintDocuments, printDocuments } from '../support/pdfImages';
import { fillTemplate } from '../../../electron/main/templates/fillTemplate';
import { logoFromDataUrl } from '../../../electron/main/templates/logoImage';
import { notulaSample, srikandiSample } from '../../../electron/main/templates/sampleTemplates';
import { templateData, type TemplateSource } from '../../../electron/main/templates/templateData';
import type { TemplateMapping } from '../../../shared/document/templateVocabulary';
import { sampleSource, signer } from '../../fixtures/document/sampleSource';
import { phpWordTemplate, styledRichTemplate } from './templateFixtures';

/*
 * The filled templates open in LibreOffice (headless, to PDF) without error, and the PDF's
 * text says what was filled and what SRIKANDI will fill. Page 1 of each is kept as PNG under
 * test-results/templates/ for a human to look at.
 */
const OUT = resolve(__dirname, '../../../test-results/templates');

const source = sampleSource();
const asn = { ...source, chair: signer('Asisten Pemerintahan dan Kesejahteraan Rakyat') };
const fill = async (template: Promise<Buffer>, input: TemplateSource, mapping: TemplateMapping = {}) =>
  fillTemplate({
    template: await template,
    mapping,
    data: (numbering) => templateData(input, numbering),
    logo: logoFromDataUrl(source.instansi.logoDataUrl),
  });

const FILES = {
  'notula-sample': () => fill(notulaSample(), { kind: 'NOTULA', source }),
  'srikandi-sample': () => fill(srikandiSample(), { kind: 'SURAT_UNDANGAN', source: asn }),
  'phpword-daftar-hadir': () =>
    fill(
      phpWordTemplate(),
      { kind: 'DAFTAR_HADIR', source },
      {
        judul: 'rapat.judul',
        tempat: 'rapat.tempat',
        no: 'peserta[].no',
        nama: 'peserta[].nama',
        jabatan: 'peserta[].jabatan',
      },
    ),
  // `[[@x]]` in a paragraph the office set in Liberation Serif 13 pt, the rest of the page in Arial.
  'styled-rich': () => fill(styledRichTemplate(), { kind: 'NOTULA', source }),
} as const;
type Name = keyof typeof FILES;

describe.skipIf(!canPrintDocuments)('templates through LibreOffice', () => {
  const text = {} as Record<Name, string>;

  beforeAll(async () => {
    const documents = Object.entries(FILES).map(([file, docx]) => ({ file, docx }));
    await printDocuments(OUT, documents, { pngs: 'every', dpi: 70, timeoutMs: 180_000 });
    for (const name of Object.keys(FILES) as Name[]) {
      execFileSync('pdftotext', [join(OUT, `${name}.pdf`), join(OUT, `${name}.txt`)]);
      // Cell text wraps inside its column: compare with the line breaks as spaces.
      text[name] = readFileSync(join(OUT, `${name}.txt`), 'utf8').replace(/\s+/g, ' ');
    }
  }, 240_000);

  it('the Notula sample prints the meeting, the minutes, the decisions and the notulis NIP', () => {
    const notula = text['notula-sample'];
    expect(notula).toContain('NOTULA (DRAF)');
    expect(notula).toContain(source.meeting.title);
    expect(notula).toContain('Jumat, 27 November 2026');
    expect(notula).toContain(source.decisions[1] as string);
    expect(notula).toContain('Pembukaan dan arahan Wakil Bupati');
    expect(notula).toMatch(/NIP\. \d{8} \d{6} \d \d{3}/);
  });

  it('the SRIKANDI sample keeps every ${...} for SRIKANDI and lists the invitees', () => {
    const letter = text['srikandi-sample'];
    for (const name of [
      'nomor_naskah',
      'tanggal_naskah',
      'sifat',
      'hal',
      'jabatan_pengirim',
      'ttd_pengirim',
      'nama_pengirim',
      'nip_pengirim',
    ])
      expect(letter).toContain(`\${${name}}`);
    expect(letter).toContain('DAFTAR UNDANGAN');
    expect(letter).toContain('(daftar terlampir)');
  });

  it('the PhpWord template prints one row per attendee and its SRIKANDI names', () => {
    const daftar = text['phpword-daftar-hadir'];
    // A name wraps in its narrow column (its degrees fall to the next line, beside the next cell).
    for (const entry of source.attendance) expect(daftar).toContain((entry.name.split(',')[0] as string).trim());
    expect(daftar).toContain(`${source.attendance.length} `);
    expect(daftar).toContain('${nomor_naskah}');
    expect(daftar).toContain('${kode_lain}');
  });

  it("the minutes' rich text prints in the font the office set where [[@x]] stands", () => {
    const fonts = execFileSync('pdffonts', [join(OUT, 'styled-rich.pdf')], { encoding: 'utf8' });
    expect(fonts).toMatch(/LiberationSerif/);
    // Her indent and spacing too, and the list keeps its numbers.
    expect(text['styled-rich']).toContain('Rapat dibuka pukul 09.05 WIB');
    expect(text['styled-rich']).toMatch(/1\. Prevalensi stunting/);
  });
});
