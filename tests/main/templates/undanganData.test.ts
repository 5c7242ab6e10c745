import { describe, expect, it } from 'vitest';
import { buildSuratUndangan } from '../../../shared/document/buildSuratUndangan';
import { invitationRecipients } from '../../../shared/document/invitationParts';
import type { NotulaSource } from '../../../shared/document/source';
import { undanganScope } from '../../../electron/main/templates/undanganData';
import { sampleSource, signer } from '../../fixtures/document/sampleSource';

/*
 * An office template of the Surat Undangan gets the same letter as the built-in one: what she
 * wrote in "Ubah isi surat…", the signer she chose with a.n., the instansi's threshold and
 * SRIKANDI mode (a template that disagreed with the built-in letter would print another hal,
 * another signer or a list of recipients that names the chair).
 */
const sekda = signer('Sekretaris Daerah', 'SEKDA');

function withLetter(source: NotulaSource, srikandi: boolean, threshold: number): NotulaSource {
  return {
    ...source,
    instansi: { ...source.instansi, invitation: { srikandi, listThreshold: threshold, form: 'SURAT_UNDANGAN' } },
    letter: {
      hal: 'Undangan Rapat Evaluasi Stunting Triwulan IV',
      lampiran: '',
      addressee: '',
      opening: 'Menindaklanjuti hasil rapat sebelumnya, dengan hormat kami mengundang Saudara pada:',
      closing: '',
      tembusan: ['Bupati Contoh (sebagai laporan);', '  ', 'Wakil Bupati Contoh.'],
      signer: sekda,
      onBehalfOf: 'Bupati Contoh',
      form: '',
    },
  };
}

describe('templates/undanganData: the letter an office template prints', () => {
  it('takes her hal, opening, tembusan and signer with a.n.; the defaults where she wrote nothing', () => {
    const source = withLetter(sampleSource(), false, 3);
    const scope = undanganScope(source) as Record<string, Record<string, unknown> & unknown>;
    expect(scope.undangan).toMatchObject({
      hal: 'Undangan Rapat Evaluasi Stunting Triwulan IV',
      pembuka: 'Menindaklanjuti hasil rapat sebelumnya, dengan hormat kami mengundang Saudara pada:',
      penutup: 'Atas perhatian Saudara, kami ucapkan terima kasih.',
      lampiran: '1 (satu) lembar',
    });
    expect(scope.tembusan).toEqual(['Bupati Contoh (sebagai laporan);', 'Wakil Bupati Contoh.']);
    // The Sekda signs a.n. the Bupati, without NIP or pangkat (Pasal 44), as the built-in letter does.
    expect(scope.ttd).toMatchObject({ atas_nama: 'a.n. BUPATI CONTOH', ada_nip: false, nip: '', ruang: '' });
    expect(scope.tujuan).toEqual(invitationRecipients(source, sekda));
    const builtIn = JSON.stringify(buildSuratUndangan(source));
    for (const part of ['Undangan Rapat Evaluasi Stunting Triwulan IV', 'a.n. BUPATI CONTOH', 'Wakil Bupati Contoh.'])
      expect(builtIn).toContain(part);
  });

  it('follows the instansi: SRIKANDI variables in its mode, the list attached only above its threshold', () => {
    const source = withLetter(sampleSource(), true, 100);
    const scope = undanganScope(source) as Record<string, Record<string, unknown> & unknown>;
    expect(scope.undangan).toMatchObject({ nomor: '${nomor_naskah}', lampiran: '-' });
    expect(String((scope.undangan as Record<string, unknown>).tempat_tanggal)).toContain('${tanggal_naskah}');
    expect(scope.ttd).toMatchObject({ ruang: '${ttd_pengirim}' });
    expect(scope.daftar_terlampir).toBe(false);
  });

  it('the Nota Dinas form and the kop by signer reach the template with the same data as the built-in letter', () => {
    const base = withLetter(sampleSource(), true, 3);
    const nota = { ...base, letter: { ...base.letter!, form: 'NOTA_DINAS' as const } };
    const scope = undanganScope(nota) as Record<string, Record<string, unknown>>;
    expect(scope.undangan).toMatchObject({
      bentuk: 'NOTA DINAS',
      nota_dinas: true,
      dari: 'Sekretaris Daerah',
      tanggal: '${tanggal_naskah}',
      nomor: '${nomor_naskah}',
    });
    // The Sekda signs: the Setda kop, as the built-in letter prints it.
    expect(scope.kop).toEqual({
      kepala_daerah: false,
      jabatan: '',
      nama: 'PEMERINTAH KABUPATEN CONTOH',
      unit: 'SEKRETARIAT DAERAH',
    });
    const built = JSON.stringify(buildSuratUndangan(nota));
    expect(built).toContain('NOTA DINAS');
    // The Bupati in own name: the Garuda kop's line; the surat undangan form.
    const bupati = {
      ...base,
      letter: { ...base.letter!, signer: signer('Bupati Contoh', 'KEPALA_DAERAH'), onBehalfOf: '' },
    };
    const own = undanganScope(bupati) as Record<string, Record<string, unknown>>;
    expect(own.kop).toMatchObject({ kepala_daerah: true, jabatan: 'BUPATI CONTOH' });
    expect(own.undangan).toMatchObject({ bentuk: 'SURAT UNDANGAN', nota_dinas: false });
  });
});
