import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildDaftarHadir } from '../../../shared/document/buildDaftarHadir';
import { buildMatriksTindakLanjut } from '../../../shared/document/buildMatriksTindakLanjut';
import { buildNotula } from '../../../shared/document/buildNotula';
import { paragraphOf, text } from '../../../shared/document/richText';
import type { NotulaSource } from '../../../shared/document/source';
import { sampleSource, signer, withNotulaOptions } from '../../fixtures/document/sampleSource';
import { labelsWithValues } from '../../fixtures/document/printedRows';
import { indexesInOrder, paragraphs, renderParts, tables } from './docxXml';

async function notulaTexts(source: NotulaSource): Promise<string[]> {
  return paragraphs((await renderParts(buildNotula(source))).document);
}

/** The last table of the notula is the signature block: [left cell, right cell]. */
async function signatureCells(source: NotulaSource): Promise<{ cells: string[][]; xml: string }> {
  const last = tables((await renderParts(buildNotula(source))).document).at(-1);
  return { cells: last?.rows[0] ?? [], xml: last?.xml ?? '' };
}

describe('export/renderDocx: notula content', () => {
  it.each([
    {
      model: 'Model Permendagri 1/2023 parts in order',
      source: () => sampleSource(),
      inOrder: [
        'PEMERINTAH KABUPATEN CONTOH',
        'SEKRETARIAT DAERAH',
        'NOTULA',
        'RAPAT KOORDINASI PERCEPATAN PENURUNAN STUNTING',
        ...labelsWithValues({
          'Hari/Tanggal': ['Jumat, 27 November 2026'],
          'Surat Undangan': ['Nomor 000.1.5/412/Setda tanggal 20 November 2026'],
          'Waktu Sidang/Rapat': ['pukul 09.00 s.d. 11.45 WIB'],
          'Peserta sidang/rapat': ['Sebagaimana daftar hadir terlampir', '(24 orang: hadir 20, diwakili 3, izin 1)'],
        }),
        '1.\tKata Pembukaan',
        '2.\tPembahasan',
        'a.\tPaparan capaian intervensi',
        '3.\tKeputusan',
        '4.\tTindak Lanjut',
        '5.\tPenutup',
        'Rapat ditutup pukul 11.45 WIB.',
        // Signature cells follow each other: the notulis's (left) column, then the chair's.
        'Pencatat,',
        'H. Irwan Setiawan, M.Si.',
        'Pimpinan Sidang/Rapat',
        'WAKIL BUPATI CONTOH,',
        'Nama Wakil Bupati Contoh, S.E.',
      ],
      absent: 'Waktu Panggilan',
    },
    {
      model: 'Model lama parts with Waktu Panggilan and the place-and-date line',
      source: () => withNotulaOptions(sampleSource(), { layout: 'LAMA', showPlaceDateLine: true }),
      inOrder: [
        'Hari/Tanggal',
        'Waktu Panggilan',
        'pukul 08.30 WIB',
        'Waktu Sidang/Rapat',
        'Peserta Sidang/Rapat',
        'Kegiatan Sidang/Rapat',
        '1.\tKata Pembukaan',
        'Contoh, 27 November 2026',
        'Ketua,',
        'WAKIL BUPATI CONTOH,',
      ],
      absent: 'Surat Undangan',
    },
  ])('prints the $model', async ({ source, inOrder, absent }) => {
    const texts = await notulaTexts(source());
    expect(() => indexesInOrder(texts, inOrder)).not.toThrow();
    expect(texts).not.toContain(absent);
  });

  it('signs a Wakil Bupati chair with gelar and no NIP, and the notulis with pangkat and NIP', async () => {
    const { cells, xml } = await signatureCells(sampleSource());
    const [left, right] = cells;
    expect(left?.filter((line) => line !== '')).toEqual([
      'Pencatat,',
      'H. Irwan Setiawan, M.Si.',
      'Penata Muda Tingkat I (III/b)',
      'NIP. 19910818 201703 1 008',
    ]);
    expect(right?.filter((line) => line !== '')).toEqual([
      'Pimpinan Sidang/Rapat',
      'WAKIL BUPATI CONTOH,',
      'Nama Wakil Bupati Contoh, S.E.',
    ]);
    expect(xml).toMatch(/<w:b\/>[\s\S]{0,40}<\/w:rPr><w:t[^>]*>Nama Wakil Bupati Contoh, S\.E\.<\/w:t>/);
  });

  it('signs a Sekda chair with gelar and no NIP or pangkat', async () => {
    const { cells } = await signatureCells(sampleSource({ chair: signer('Sekretaris Daerah', 'SEKDA') }));
    expect(cells[1]?.filter((line) => line !== '')).toEqual([
      'Pimpinan Sidang/Rapat',
      'SEKRETARIS DAERAH,',
      'Sri Wijaya, M.Si.',
    ]);
  });

  it('signs a Plt. Bupati without gelar, NIP or pangkat', async () => {
    const plt = {
      ...signer('Asisten Perekonomian dan Pembangunan', 'KEPALA_DAERAH', 'Plt.'),
      position: 'Bupati Contoh',
    };
    const { cells } = await signatureCells(sampleSource({ chair: plt }));
    expect(cells[1]?.filter((line) => line !== '')).toEqual([
      'Pimpinan Sidang/Rapat',
      'Plt. BUPATI CONTOH,',
      'H. Taufik Setiawan',
    ]);
  });

  it('computes the day name of any date', async () => {
    const base = sampleSource();
    const texts = await notulaTexts({ ...base, meeting: { ...base.meeting, date: '2026-08-17' } });
    expect(texts).toContain('Senin, 17 Agustus 2026');
  });

  it('prints WITA and WIT', async () => {
    const base = sampleSource();
    const wita = await notulaTexts({ ...base, instansi: { ...base.instansi, timeZone: 'Asia/Makassar' } });
    expect(wita).toContain('pukul 09.00 s.d. 11.45 WITA');
    const wit = await notulaTexts({ ...base, meeting: { ...base.meeting, timeZone: 'Asia/Jayapura' } });
    expect(wit).toContain('pukul 09.00 s.d. 11.45 WIT');
  });
});

describe('export/renderDocx: edge inputs', () => {
  const all = [buildNotula, buildDaftarHadir, buildMatriksTindakLanjut] as const;

  it('renders all three documents for a meeting with no attendees', async () => {
    const source = sampleSource({ attendance: [], commitments: [] });
    for (const build of all) {
      const { buffer } = await renderParts(build(source));
      expect((await mammoth.extractRawText({ buffer })).value.length).toBeGreaterThan(100);
    }
    const grid = tables((await renderParts(buildDaftarHadir(source))).document).find(
      (table) => table.rows[0]?.[0]?.[0] === 'No',
    );
    expect(grid?.rows.slice(1).map((row) => row[0]?.[0])).toEqual(['1.', '2.', '3.', '4.']);
  });

  it('renders a meeting that ends "selesai" in every document', async () => {
    const base = sampleSource();
    const source = { ...base, meeting: { ...base.meeting, endTime: null } };
    for (const build of all) {
      expect(paragraphs((await renderParts(build(source))).document)).toContain('pukul 09.00 WIB s.d. selesai');
    }
  });

  it('renders a 20,000-word discussion in full', async () => {
    const words = Array.from({ length: 20_000 }, (_, index) => `kata${index}`);
    const paragraphsOf200 = Array.from({ length: 100 }, (_, index) =>
      paragraphOf(words.slice(index * 200, index * 200 + 200).join(' ')),
    );
    const base = sampleSource();
    const source = {
      ...base,
      minutes: { ...base.minutes, discussions: [{ agendaTitle: 'Pembahasan panjang', blocks: paragraphsOf200 }] },
    };
    const started = Date.now();
    const { buffer } = await renderParts(buildNotula(source));
    expect(Date.now() - started).toBeLessThan(20_000);
    const { value } = await mammoth.extractRawText({ buffer });
    expect(value).toContain('kata0 kata1');
    expect(value).toContain('kata19999');
    expect(value.match(/kata\d+/g)).toHaveLength(20_000);
  });

  it('keeps apostrophes, emoji and XML specials, and drops control characters', async () => {
    const base = sampleSource();
    const attendee = { ...(base.attendance[0] as NotulaSource['attendance'][number]), name: "Ma'ruf O'Neil, S.H." };
    const source: NotulaSource = {
      ...base,
      meeting: { ...base.meeting, title: 'Rapat R&D <Tahap 2>\u0007 Stunting\u0000\uFFFF\uD800' },
      chair: { ...signer('Wakil Bupati Contoh', 'WAKIL_KEPALA_DAERAH'), name: "Ma'ruf Amin, S.Ag." },
      attendance: [attendee],
      minutes: {
        ...base.minutes,
        opening: [
          { kind: 'paragraph', inlines: [text('Semangat 👍🏽 bersama\u001b!'), { kind: 'break' }, text('baris dua')] },
        ],
      },
    };
    const notula = await renderParts(buildNotula(source));
    const texts = paragraphs(notula.document);
    expect(texts).toContain('Rapat R&D <Tahap 2> Stunting');
    expect(texts).toContain('Semangat 👍🏽 bersama!\nbaris dua');
    expect(texts).toContain("Ma'ruf Amin, S.Ag.");
    // eslint-disable-next-line no-control-regex -- asserting that no control character survived
    expect(notula.document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const { value } = await mammoth.extractRawText({ buffer: notula.buffer });
    expect(value).toContain('Rapat R&D <Tahap 2> Stunting');
    const daftar = paragraphs((await renderParts(buildDaftarHadir(source))).document);
    expect(daftar).toContain("Ma'ruf O'Neil, S.H.");
  });
});
