import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canPrintDocuments, pdfPages, printDocuments } from '../support/pdfImages';
import { renderDocx } from '../../../electron/main/export/docxWriter';
import { buildSuratUndangan } from '../../../shared/document/buildSuratUndangan';
import type { NotulaSource } from '../../../shared/document/source';
import {
  invitationSource,
  LETTER_SCHEDULE,
  NOTA_DINAS_HEAD,
  PLT_KEPALA_DINAS,
  withInvitees,
} from '../../fixtures/document/invitationSource';
import { GARUDA_DATA_URL } from '../../fixtures/document/garuda';
import { signer } from '../../fixtures/document/sampleSource';
import { expectInOrder } from '../../support/textOrder';
import { renderParts } from './docxXml';

/*
 * Issue 16: the Surat Undangan as Word and LibreOffice read it. The SRIKANDI variables must
 * each stand whole in one <w:r> (SRIKANDI finds them by their text); both signer cases are
 * rendered through LibreOffice and read back page by page; page PNGs stay under
 * test-results/documents/ for a human to look at.
 */
const OUT = resolve(__dirname, '../../../test-results/documents');

function srikandi(source: NotulaSource): NotulaSource {
  return { ...source, instansi: { ...source.instansi, invitation: { ...source.instansi.invitation, srikandi: true } } };
}

/** Every run of document.xml with its text (a run's <w:t> pieces joined). */
function runsOf(xml: string): string[] {
  return (xml.match(/<w:r>[\s\S]*?<\/w:r>|<w:r [\s\S]*?<\/w:r>/g) ?? []).map((run) =>
    (run.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''),
  );
}

describe('Surat Undangan DOCX: SRIKANDI variables', () => {
  it('each token is plain text, whole, in one run, and nowhere split', async () => {
    const { document } = await renderParts(buildSuratUndangan(srikandi(withInvitees(invitationSource(), 6))));
    const runs = runsOf(document);
    for (const token of ['${nomor_naskah}', '${tanggal_naskah}', '${ttd_pengirim}']) {
      // The attached page repeats the number, the date and the signature: twice each.
      expect(
        runs.filter((run) => run === token),
        token,
      ).toHaveLength(2);
      expect(document.split(token).length - 1, `${token} appears only inside its runs`).toBe(2);
    }
    expect(runs).toContain('Contoh, ');
  });

  it('without SRIKANDI mode no token is printed', async () => {
    const { document } = await renderParts(buildSuratUndangan(withInvitees(invitationSource(), 6)));
    expect(document).not.toContain('${');
    expect(document).toContain('000.1.5/412/Setda');
  });
});

const FILES = [
  // Example A with the list attached (6 invitees > 3).
  { file: 'surat-undangan-sekda', source: () => withInvitees(invitationSource(), 6) },
  {
    file: 'surat-undangan-bupati',
    source: () =>
      withInvitees(
        invitationSource(
          {
            signer: signer('Bupati Contoh', 'KEPALA_DAERAH'),
            onBehalfOf: '',
            tembusan: ['Ketua DPRD Kabupaten Contoh.'],
          },
          { instansi: { ...invitationSource().instansi, garudaDataUrl: GARUDA_DATA_URL } },
        ),
        3,
      ),
  },
  // A meeting inside the Setda as a Nota Dinas, the invitees on the attached page.
  { file: 'nota-dinas', source: () => withInvitees(invitationSource({ form: 'NOTA_DINAS' }), 6) },
  { file: 'surat-undangan-srikandi', source: () => srikandi(withInvitees(invitationSource(), 6)) },
  {
    file: 'surat-undangan-plt',
    source: () => withInvitees(invitationSource({ signer: PLT_KEPALA_DINAS, onBehalfOf: '', tembusan: [] }), 2),
  },
] as const;

function pagesOf(file: string): string[] {
  return pdfPages(join(OUT, `${file}.pdf`));
}

describe.skipIf(!canPrintDocuments)('Surat Undangan through LibreOffice', () => {
  beforeAll(async () => {
    const documents = FILES.map(({ file, source }) => ({ file, docx: () => renderDocx(buildSuratUndangan(source())) }));
    await printDocuments(OUT, documents, { pngs: 'every', dpi: 60, timeoutMs: 150_000 });
  }, 200_000);

  /** What one printed page must read: runs of words in order, words it must not hold, and how many list lines. */
  type PageCheck = Readonly<{
    inOrder: ReadonlyArray<ReadonlyArray<string>>;
    absent?: ReadonlyArray<string | RegExp>;
    listed?: number;
  }>;

  it.each<Readonly<{ name: string; file: string; pageCount?: number; pages: ReadonlyArray<PageCheck> }>>([
    {
      name: 'Sekda a.n. Bupati: the letter on page 1 in order, the DAFTAR UNDANGAN with the list and the signer on page 2',
      file: 'surat-undangan-sekda',
      pageCount: 2,
      pages: [
        {
          inOrder: [
            [
              'PEMERINTAH KABUPATEN CONTOH',
              'Contoh, 20 November 2026',
              'Nomor',
              'Sifat',
              'Lampiran',
              '1 (satu) lembar',
              'Hal',
              'Yth.',
              'Kepala Perangkat Daerah',
              '(daftar terlampir)',
              'di',
              'Dalam rangka evaluasi',
              ...LETTER_SCHEDULE,
              'dipimpin oleh Wakil Bupati Contoh',
              'Atas perhatian Saudara',
              'a.n. BUPATI CONTOH',
              'SEKRETARIS DAERAH,',
              'Sri Wijaya, M.Si.',
              'Tembusan:',
              'Bupati Contoh (sebagai laporan);',
            ],
          ],
          absent: [/NIP\./],
        },
        {
          inOrder: [
            [
              'LAMPIRAN SURAT SEKRETARIS',
              'DAERAH KABUPATEN CONTOH',
              'Nomor',
              '000.1.5/412/Setda',
              'Tanggal',
              '20 November 2026',
            ],
            ['DAFTAR UNDANGAN', '1.', '6.', 'a.n. BUPATI CONTOH', 'SEKRETARIS DAERAH,', 'Sri Wijaya, M.Si.'],
          ],
          listed: 6,
        },
      ],
    },
    {
      name: 'Bupati: three recipients named in the letter, one page, no NIP, no a.n.',
      file: 'surat-undangan-bupati',
      pageCount: 1,
      pages: [
        {
          // The Garuda kop: "BUPATI CONTOH" heads the page, no Pemerintah Kabupaten line, no address.
          inOrder: [
            [
              'BUPATI CONTOH',
              'Contoh, 20 November 2026',
              'Yth.',
              '1.',
              '2.',
              '3.',
              'di',
              'BUPATI CONTOH,',
              'Nama Bupati Contoh, S.H.',
            ],
          ],
          absent: ['PEMERINTAH KABUPATEN', 'a.n.', 'daftar terlampir', /NIP\./],
        },
      ],
    },
    {
      name: 'SRIKANDI: its variables survive as text in the PDF, where SRIKANDI looks for them',
      file: 'surat-undangan-srikandi',
      pages: [
        {
          inOrder: [
            [
              'Contoh, ${tanggal_naskah}',
              'Nomor',
              '${nomor_naskah}',
              'SEKRETARIS DAERAH,',
              '${ttd_pengirim}',
              'Sri Wijaya',
            ],
          ],
        },
        {
          inOrder: [['${nomor_naskah}', '${tanggal_naskah}', 'DAFTAR UNDANGAN', '${ttd_pengirim}', 'Sri Wijaya']],
        },
      ],
    },
    {
      name: 'Plt. Kepala Dinas: pangkat and NIP under the name',
      file: 'surat-undangan-plt',
      pages: [
        {
          inOrder: [
            [
              'Plt. KEPALA DINAS KESEHATAN',
              'dr. Nama Plt, M.Kes.',
              'Pembina Tingkat I (IV/b)',
              'NIP. 19750101 200212 1 003',
            ],
          ],
        },
      ],
    },
    {
      name: 'Nota Dinas: NOTA DINAS, the Yth./Dari/Tembusan/Tanggal/Nomor/Sifat/Lampiran/Hal table, the body, the signer; the list attached',
      file: 'nota-dinas',
      pageCount: 2,
      pages: [
        {
          inOrder: [
            [
              ...NOTA_DINAS_HEAD,
              '1. Bupati Contoh (sebagai laporan);',
              'Tanggal',
              '20 November 2026',
              'Nomor',
              '000.1.5/412/Setda',
              'Sifat',
              'Lampiran',
              '1 (satu) lembar',
              'Hal',
              'Dalam rangka evaluasi',
              'hari/tanggal',
              'acara',
              'Atas perhatian Saudara',
              'SEKRETARIS DAERAH,',
              'Sri Wijaya, M.Si.',
            ],
          ],
          absent: ['Contoh, 20 November 2026', 'Tembusan:'],
        },
        { inOrder: [['LAMPIRAN NOTA DINAS', 'DAFTAR UNDANGAN', '1.', '6.', 'Sri Wijaya, M.Si.']] },
      ],
    },
  ])('$name', ({ file, pageCount, pages }) => {
    const printed = pagesOf(file);
    if (pageCount !== undefined) expect(printed).toHaveLength(pageCount);
    pages.forEach((check, index) => {
      const page = printed[index] ?? '';
      for (const words of check.inOrder) expectInOrder(page, words);
      for (const word of check.absent ?? []) {
        if (typeof word === 'string') expect(page).not.toContain(word);
        else expect(page).not.toMatch(word);
      }
      if (check.listed !== undefined) expect(page.match(/^\s*\d\.\s+\S/gm)).toHaveLength(check.listed);
    });
  });
});
