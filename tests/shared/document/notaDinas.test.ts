import { describe, expect, it } from 'vitest';
import { buildSuratUndangan } from '../../../shared/document/buildSuratUndangan';
import { documentFileName } from '../../../shared/document/fileNames';
import { fileStemsOf } from '../../../shared/document/invitationLetterParts';
import type { LetterheadBlock, OfficialDocument } from '../../../shared/document/model';
import type { NotulaSource } from '../../../shared/document/source';
import type { InstansiProfile } from '../../../shared/domain/instansi';
import { GARUDA_DATA_URL } from '../../fixtures/document/garuda';
import { invitationSource, PLT_KEPALA_DINAS, withInvitees } from '../../fixtures/document/invitationSource';
import { signer } from '../../fixtures/document/sampleSource';
import { identityLabels, identityValue, printedText, textOf } from './modelText';

/*
 * Issue 16: the invitation as a Nota Dinas (a meeting inside one office) and the kop chosen
 * by who signs, the rule that chooses the signer's block (Pasal 44) choosing the kop too.
 */

function withInstansi(source: NotulaSource, patch: Partial<InstansiProfile>): NotulaSource {
  return { ...source, instansi: { ...source.instansi, ...patch } };
}

function kopOf(doc: OfficialDocument): LetterheadBlock {
  const kop = doc.blocks[0];
  if (kop?.kind !== 'letterhead') throw new Error('the letter does not start with its kop');
  return kop;
}

const notaDinas = (count: number, letter = {}) =>
  buildSuratUndangan(withInvitees(invitationSource({ form: 'NOTA_DINAS', ...letter }), count));

describe('Nota Dinas', () => {
  it('prints NOTA DINAS and the Yth./Dari/Tembusan/Tanggal/Nomor/Sifat/Lampiran/Hal table, then body and signer', () => {
    const doc = notaDinas(2);
    expect(doc.title).toMatch(/^Nota Dinas /);
    const printed = printedText(doc);
    expect(printed).toContain('NOTA DINAS');
    expect(identityLabels(doc)).toEqual(['Yth.', 'Dari', 'Tembusan', 'Tanggal', 'Nomor', 'Sifat', 'Lampiran', 'Hal']);
    expect(identityValue(doc, 'Dari')).toBe('Sekretaris Daerah');
    expect(identityValue(doc, 'Tembusan')).toBe('1. Bupati Contoh (sebagai laporan);|2. Wakil Bupati Contoh');
    expect(identityValue(doc, 'Tanggal')).toBe('20 November 2026');
    expect(identityValue(doc, 'Nomor')).toBe('000.1.5/412/Setda');
    expect(identityValue(doc, 'Hal')).toBe('Undangan Rapat Koordinasi Percepatan Penurunan Stunting');
    expect(identityValue(doc, 'Yth.')?.split('|')).toHaveLength(2);
    // No place-and-date line, no "di", no Tembusan at the foot: the table says them.
    expect(printed.some((line) => line.startsWith('Contoh, '))).toBe(false);
    expect(printed).not.toContain('di');
    expect(printed).not.toContain('Tembusan:');
    const at = (line: string) => printed.findIndex((candidate) => candidate.startsWith(line));
    expect(at('Dalam rangka evaluasi')).toBeGreaterThan(at('NOTA DINAS'));
    expect(at('Atas perhatian Saudara')).toBeGreaterThan(at('Dalam rangka evaluasi'));
    expect(doc.blocks.filter((block) => block.kind === 'signatures')).toHaveLength(1);
    // A line closes the head: right after the table, before the body.
    const table = doc.blocks.findIndex((block) => block.kind === 'identity');
    expect(doc.blocks[table + 1]).toEqual({ kind: 'spacer', height: 120, rule: true });
  });

  it('many recipients: "(daftar terlampir)" and a LAMPIRAN NOTA DINAS page; SRIKANDI variables in its mode', () => {
    const doc = notaDinas(6);
    expect(identityValue(doc, 'Yth.')).toBe('Kepala Perangkat Daerah|(daftar terlampir)');
    expect(identityValue(doc, 'Lampiran')).toBe('1 (satu) lembar');
    const lampiran = doc.blocks.find((block) => block.kind === 'paragraph' && block.pageBreakBefore);
    expect(lampiran?.kind === 'paragraph' && textOf(lampiran)).toBe(
      'LAMPIRAN NOTA DINAS SEKRETARIS DAERAH KABUPATEN CONTOH',
    );
    const source = withInvitees(invitationSource({ form: 'NOTA_DINAS' }), 2);
    const srikandi = buildSuratUndangan(
      withInstansi(source, { invitation: { ...source.instansi.invitation, srikandi: true } }),
    );
    expect(identityValue(srikandi, 'Nomor')).toBe('${nomor_naskah}');
    expect(identityValue(srikandi, 'Tanggal')).toBe('${tanggal_naskah}');
    expect(srikandi.blocks.find((block) => block.kind === 'signatures')).toMatchObject({
      columns: [null, { spaceText: '${ttd_pengirim}' }],
    });
  });

  it('names its files "Nota Dinas …", the Surat Undangan\'s stay "Surat Undangan …"', () => {
    const name = (source: NotulaSource) =>
      documentFileName('SURAT_UNDANGAN', 'Rakor Internal', '2026-11-27', 'pdf', fileStemsOf(source));
    expect(name(invitationSource({ form: 'NOTA_DINAS' }))).toBe('Nota Dinas Rakor Internal 2026-11-27.pdf');
    expect(name(invitationSource())).toBe('Surat Undangan Rakor Internal 2026-11-27.pdf');
  });

  it("follows the instansi's setting unless she chose the form for this meeting", () => {
    const base = withInvitees(invitationSource(), 2);
    const instansiNota = withInstansi(base, { invitation: { ...base.instansi.invitation, form: 'NOTA_DINAS' } });
    expect(printedText(buildSuratUndangan(instansiNota))).toContain('NOTA DINAS');
    const chosen = { ...instansiNota, letter: { ...instansiNota.letter!, form: 'SURAT_UNDANGAN' as const } };
    expect(printedText(buildSuratUndangan(chosen))).not.toContain('NOTA DINAS');
    expect(identityLabels(buildSuratUndangan(chosen))).toEqual(['Nomor', 'Sifat', 'Lampiran', 'Hal']);
  });
});

describe('kop by signer', () => {
  const bupati = { signer: signer('Bupati Contoh', 'KEPALA_DAERAH'), onBehalfOf: '' };

  it('the Bupati in own name: the Garuda centred above BUPATI CONTOH, no rule, no regional logo', () => {
    const source = withInstansi(withInvitees(invitationSource(bupati), 2), { garudaDataUrl: GARUDA_DATA_URL });
    const doc = buildSuratUndangan(source);
    const kop = kopOf(doc);
    expect(kop.emblem).toBe('garuda');
    expect(kop.rule).toBe('none');
    expect(kop.logo?.dataUrl).toBe(GARUDA_DATA_URL);
    expect(kop.lines.map(textOf)).toEqual(['BUPATI CONTOH']);
    expect(doc.warnings.some((warning) => warning.includes('Garuda'))).toBe(false);
    // A Pj. Bupati whose jabatan is only "Bupati" still prints the region.
    const pj = { ...signer('Bupati Contoh', 'KEPALA_DAERAH', 'Pj.'), position: 'Bupati' };
    expect(
      kopOf(buildSuratUndangan({ ...source, letter: { ...source.letter!, signer: pj } })).lines.map(textOf),
    ).toEqual(['BUPATI CONTOH']);
  });

  it('without an uploaded Garuda the line prints alone and she is told where to upload it', () => {
    const doc = buildSuratUndangan(withInvitees(invitationSource(bupati), 2));
    expect(kopOf(doc).logo).toBeNull();
    expect(doc.warnings).toContain(
      'Lambang Garuda belum diunggah (Pengaturan → Instansi): kop Bupati dicetak tanpa lambang.',
    );
  });

  it('the Sekda (a.n. Bupati): the Pemerintah Kabupaten kop with SEKRETARIAT DAERAH and the logo daerah', () => {
    const dinas = withInstansi(withInvitees(invitationSource(), 2), {
      kopLines: ['Pemerintah Kabupaten Contoh', 'Dinas Kesehatan'],
      garudaDataUrl: GARUDA_DATA_URL,
    });
    const kop = kopOf(buildSuratUndangan(dinas));
    expect(kop.emblem ?? 'daerah').toBe('daerah');
    expect(kop.rule).toBe('double');
    expect(kop.logo?.dataUrl).toBe(dinas.instansi.logoDataUrl);
    expect(kop.lines.slice(0, 2).map(textOf)).toEqual(['PEMERINTAH KABUPATEN CONTOH', 'SEKRETARIAT DAERAH']);
    // A Kepala Dinas, a.n. the Bupati or not, keeps the office's own kop; so does a Nota Dinas he signs.
    for (const letter of [
      { signer: PLT_KEPALA_DINAS, onBehalfOf: '' },
      { signer: PLT_KEPALA_DINAS, form: 'NOTA_DINAS' as const },
    ]) {
      const own = kopOf(buildSuratUndangan({ ...dinas, letter: { ...dinas.letter!, ...letter } }));
      expect(own.lines.slice(0, 2).map(textOf)).toEqual(['PEMERINTAH KABUPATEN CONTOH', 'DINAS KESEHATAN']);
    }
  });
});
