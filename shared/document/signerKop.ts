import type { InstansiProfile } from '../domain/instansi';
import type { LetterheadBlock } from './model';
import { boldPara } from './paragraphs';
import { letterheadBlock } from './letterhead';
import { kopOwner } from './signer';
import type { SignerPerson } from './source';

/*
 * The kop a letter carries follows who signs it (surat-undangan.md §1 "Kop", READ FIRST 6),
 * decided by signer.ts `kopOwner` from the office the signer rule of Pasal 44 reads:
 * - the Kepala Daerah (Bupati, also Pj./Plt./Plh.) signing in their own name: the Garuda
 *   centred above "BUPATI CONTOH" (kop naskah dinas jabatan, Permendagri 1/2023);
 * - the Sekda, in their own name or a.n. the Bupati: the Pemerintah Kabupaten's kop, logo
 *   daerah, PEMERINTAH KABUPATEN …, SEKRETARIAT DAERAH, the address;
 * - anyone else (a Kepala Dinas, a.n. the Bupati or not): the office's own kop as set.
 */

/** The Garuda's box: about 2.5 cm square, above the jabatan line. */
const GARUDA_BOX = { boxWidth: 1418, boxHeight: 1418 } as const;

const SETDA = /sekretariat\s+daerah/i;

/** "BUPATI CONTOH" from the signer's jabatan, with the region's name when the jabatan lacks it. */
export function kepalaDaerahTitle(signer: SignerPerson, instansi: InstansiProfile): string {
  const jabatan = signer.position.trim().replace(/\s+/g, ' ').toUpperCase();
  const government = (instansi.kopLines[0] ?? '').trim().toUpperCase();
  const region = government.replace(/^PEMERINTAH\s+/, '').replace(/^(KABUPATEN|KOTA|PROVINSI)\s+/, '');
  if (region === '' || jabatan.includes(region)) return jabatan;
  return `${jabatan} ${region}`;
}

/** The Kepala Daerah's kop; without an uploaded Garuda the line prints alone and she is told. */
export function garudaKop(title: string, instansi: InstansiProfile, warn: (message: string) => void): LetterheadBlock {
  const image = instansi.garudaDataUrl;
  const logo = image && /^data:image\/(png|jpe?g);base64,/i.test(image) ? { dataUrl: image, ...GARUDA_BOX } : null;
  if (logo === null) warn('Lambang Garuda belum diunggah (Pengaturan → Instansi): kop Bupati dicetak tanpa lambang.');
  return {
    kind: 'letterhead',
    emblem: 'garuda',
    logo,
    logoColumnWidth: 0,
    balanceColumnWidth: 0,
    lines: [boldPara(title, { role: 'kopUnit', align: 'center', spaceAfter: 240 })],
    rule: 'none',
  };
}

/** The kop of a letter signed by `signer` (null: the office's own kop). */
export function kopBySigner(
  instansi: InstansiProfile,
  signer: SignerPerson | null,
  onBehalfOf: string,
  warn: (message: string) => void,
): LetterheadBlock {
  const owner = kopOwner(signer, onBehalfOf);
  if (owner === 'GARUDA' && signer !== null) return garudaKop(kepalaDaerahTitle(signer, instansi), instansi, warn);
  if (owner === 'SETDA') {
    const [government = '', second = ''] = instansi.kopLines.map((line) => line.trim());
    // The office's kop is already the Setda's; else the Pemerintah Kabupaten's with its Setda line.
    if (SETDA.test(second)) return letterheadBlock(instansi);
    return letterheadBlock({ ...instansi, kopLines: [government, 'SEKRETARIAT DAERAH'] });
  }
  return letterheadBlock(instansi);
}
