import { describe, expect, it } from 'vitest';
import { buildSuratUndangan } from '../../../shared/document/buildSuratUndangan';
import type { OfficialDocument, Paragraph, SignatureBlock } from '../../../shared/document/model';
import type { NotulaSource } from '../../../shared/document/source';
import {
  invitationSource,
  LETTER_SCHEDULE,
  PLT_KEPALA_DINAS,
  SEKDA_AN_BUPATI_CLOSING,
  withInvitees,
} from '../../fixtures/document/invitationSource';
import { signer } from '../../fixtures/document/sampleSource';
import { printedText, textOf } from './modelText';
import { indexesInOrder } from '../../support/textOrder';

function signatureBlocks(doc: OfficialDocument): SignatureBlock[] {
  return doc.blocks.filter((block): block is SignatureBlock => block.kind === 'signatures');
}

function rightColumn(doc: OfficialDocument) {
  const column = signatureBlocks(doc)[0]?.columns[1];
  if (!column) throw new Error('no signer column');
  return column;
}

function withInstansi(source: NotulaSource, invitation: Partial<NotulaSource['instansi']['invitation']>): NotulaSource {
  return { ...source, instansi: { ...source.instansi, invitation: { ...source.instansi.invitation, ...invitation } } };
}

const paragraphsOf = (doc: OfficialDocument) =>
  doc.blocks.filter((block): block is Paragraph => block.kind === 'paragraph');

describe('buildSuratUndangan', () => {
  it('prints the parts in the order of the 2023 model, example A', () => {
    const doc = buildSuratUndangan(withInvitees(invitationSource(), 3));
    const printed = printedText(doc);
    const order = [
      'PEMERINTAH KABUPATEN CONTOH',
      'Contoh, 20 November 2026',
      'Nomor',
      '000.1.5/412/Setda',
      'Sifat',
      'Biasa',
      'Lampiran',
      '-',
      'Hal',
      'Undangan Rapat Koordinasi Percepatan Penurunan Stunting',
      'di',
      'Contoh',
      ...LETTER_SCHEDULE,
      'Rapat Koordinasi Percepatan Penurunan Stunting',
      'dipimpin oleh Wakil Bupati Contoh',
      ...SEKDA_AN_BUPATI_CLOSING,
      'Tembusan:',
      '1.Bupati Contoh (sebagai laporan);',
    ];
    indexesInOrder(printed, order);
    expect(printed.some((line) => line.startsWith('Dalam rangka evaluasi percepatan'))).toBe(true);
  });

  it('Sekda a.n. Bupati: no NIP and no pangkat (Pasal 44(3))', () => {
    const column = rightColumn(buildSuratUndangan(invitationSource()));
    expect(column.headLines.slice(0, 2)).toEqual(['a.n. BUPATI CONTOH', 'SEKRETARIS DAERAH,']);
    expect(column.name).toBe('Sri Wijaya, M.Si.');
    expect(column.detailLines).toEqual([]);
  });

  it('Bupati signing in his own name: no a.n., gelar kept, no NIP or pangkat', () => {
    const bupati = signer('Bupati Contoh', 'KEPALA_DAERAH');
    const doc = buildSuratUndangan(invitationSource({ signer: bupati, onBehalfOf: '' }));
    const column = rightColumn(doc);
    expect(column.headLines.filter((line) => line !== '')).toEqual(['BUPATI CONTOH,']);
    expect(column.name).toBe('Nama Bupati Contoh, S.H.');
    expect(column.detailLines).toEqual([]);
    expect(printedText(doc).join('\n')).not.toContain('a.n.');
  });

  it('Plt. Kepala Dinas: gelar, pangkat and NIP (an ASN, Pasal 44(3))', () => {
    const doc = buildSuratUndangan(invitationSource({ signer: PLT_KEPALA_DINAS, onBehalfOf: '' }));
    const column = rightColumn(doc);
    expect(column.headLines.filter((line) => line !== '')).toEqual(['Plt. KEPALA DINAS KESEHATAN KABUPATEN CONTOH,']);
    expect(column.name).toBe('dr. Nama Plt, M.Kes.');
    expect(column.detailLines).toEqual(['Pembina Tingkat I (IV/b)', 'NIP. 19750101 200212 1 003']);
    expect(doc.warnings).toEqual([]);
  });

  it('up to the threshold the letter names its recipients; above it, "(daftar terlampir)" and a page of them', () => {
    const three = buildSuratUndangan(withInvitees(invitationSource(), 3));
    const threeText = printedText(three);
    expect(threeText).not.toContain('(daftar terlampir)');
    expect(threeText).not.toContain('DAFTAR UNDANGAN');
    expect(threeText.filter((line) => line.startsWith('Yth.'))).toHaveLength(1);
    expect(threeText.some((line) => /^Yth\.1\. \S/.test(line))).toBe(true);
    expect(threeText.some((line) => /^3\. \S/.test(line))).toBe(true);

    const four = buildSuratUndangan(withInvitees(invitationSource(), 4));
    const fourText = printedText(four);
    expect(fourText).toContain('Yth.Kepala Perangkat Daerah');
    expect(fourText).toContain('(daftar terlampir)');
    expect(fourText).toContain('1 (satu) lembar');
    const breakAt = four.blocks.findIndex((block) => block.kind === 'paragraph' && block.pageBreakBefore === true);
    expect(breakAt).toBeGreaterThan(0);
    const page2 = printedText({ ...four, blocks: four.blocks.slice(breakAt) });
    expect(page2[0]).toBe('LAMPIRAN SURAT SEKRETARIS DAERAH KABUPATEN CONTOH');
    expect(page2).toContain('000.1.5/412/Setda');
    expect(page2).toContain('20 November 2026');
    expect(page2).toContain('DAFTAR UNDANGAN');
    expect(page2.filter((line) => /^\d+\.Kepala|^\d+\.Inspektur|^\d+\.Direktur/.test(line))).toHaveLength(4);
    // The same signer closes the attached page.
    expect(signatureBlocks(four)).toHaveLength(2);
    expect(signatureBlocks(four)[1]).toEqual(signatureBlocks(four)[0]);
  });

  it('the threshold is the instansi setting', () => {
    const source = withInstansi(withInvitees(invitationSource(), 3), { listThreshold: 2 });
    expect(printedText(buildSuratUndangan(source))).toContain('(daftar terlampir)');
    const higher = withInstansi(withInvitees(invitationSource(), 10), { listThreshold: 10 });
    expect(printedText(buildSuratUndangan(higher))).not.toContain('(daftar terlampir)');
  });

  it('the chair and the signer are not among the recipients', () => {
    const source = invitationSource();
    const chair = source.chair;
    if (chair === null) throw new Error('sample has a chair');
    const attendance = [
      { ...source.attendance[0]!, name: chair.name, position: chair.position },
      ...source.attendance.slice(1, 3),
    ];
    const printed = printedText(buildSuratUndangan({ ...source, attendance }));
    expect(printed.some((line) => line.includes('1. Wakil Bupati'))).toBe(false);
    expect(printed.filter((line) => /^(Yth\.)?\d\. /.test(line))).toHaveLength(2);
  });

  it('a guest is addressed by title and instansi; a head of office by the jabatan alone', () => {
    const source = invitationSource();
    const base = source.attendance[0]!;
    const attendance = [
      { ...base, name: "Ma'ruf Hidayat", position: 'Tenaga Ahli', unit: 'Universitas Contoh', nip: null },
      { ...base, name: 'Budi', position: 'Kepala Dinas Kesehatan', unit: 'Dinas Kesehatan' },
      { ...base, name: '', position: 'Pimpinan Dinas PUPR', unit: 'Dinas PUPR' },
    ];
    const printed = printedText(buildSuratUndangan({ ...source, attendance }));
    expect(printed).toContain('Yth.1. Tenaga Ahli Universitas Contoh;');
    expect(printed).toContain('2. Kepala Dinas Kesehatan;');
    expect(printed).toContain('3. Pimpinan Dinas PUPR');
  });

  it('SRIKANDI mode: the number, the date and the signature space are its variables, each one inline', () => {
    const doc = buildSuratUndangan(withInstansi(withInvitees(invitationSource(), 5), { srikandi: true }));
    const placeDate = paragraphsOf(doc).find((p) => p.align === 'right');
    expect(placeDate?.inlines.map((inline) => (inline.kind === 'text' ? inline.text : ''))).toEqual([
      'Contoh, ',
      '${tanggal_naskah}',
    ]);
    const number = doc.blocks.find((block) => block.kind === 'identity');
    expect(number?.kind === 'identity' && number.rows[0]?.value[0]?.inlines).toEqual([
      { kind: 'text', text: '${nomor_naskah}' },
    ]);
    const column = rightColumn(doc);
    expect(column.spaceText).toBe('${ttd_pengirim}');
    expect(column.signatureSpace).toBeGreaterThanOrEqual(1701);
    // Nothing warns about a number or date SRIKANDI will give.
    expect(doc.warnings.join(' ')).not.toMatch(/Nomor|Tanggal/);
    expect(printedText(doc)).toContain('${nomor_naskah}');
  });

  it('defaults: hal, opening, closing and addressee follow the meeting; missing data is said', () => {
    const source = invitationSource(
      { hal: '', opening: '', closing: '', signer: null, onBehalfOf: '', tembusan: [] },
      {
        meeting: {
          ...invitationSource().meeting,
          invitationNumber: '',
          invitationDate: null,
          callTime: null,
          startTime: null,
          endTime: null,
        },
      },
    );
    const doc = buildSuratUndangan(withInvitees(source, 2));
    const printed = printedText(doc);
    expect(printed).toContain('Undangan Rapat Koordinasi Percepatan Penurunan Stunting');
    expect(printed).toContain(
      'Dalam rangka Rapat Koordinasi Percepatan Penurunan Stunting, dengan ini kami mengundang Saudara untuk hadir pada:',
    );
    expect(printed).not.toContain('Tembusan:');
    expect(doc.warnings).toEqual([
      'Nomor surat undangan belum diisi (Persiapan, identitas rapat).',
      'Tanggal surat undangan belum diisi (Persiapan, identitas rapat).',
      'Penanda tangan surat undangan belum dipilih.',
      'Waktu rapat (waktu panggilan atau waktu mulai) belum diisi.',
    ]);
    expect(paragraphsOf(doc).some((p) => textOf(p).startsWith('Contoh, ....'))).toBe(true);
  });
});
