import type { SignerOffice } from './source';

/*
 * Which office of Permendagri 1/2023 Pasal 44 a signer holds. The people table does not
 * store it, so it is read from the jabatan, which names the office the way her master data
 * writes it ("Bupati Contoh", "Wakil Bupati Contoh", "Sekretaris Daerah"):
 * - "Bupati/Wali Kota/Gubernur …" is the Kepala Daerah, "Wakil Bupati/… …" the Wakil;
 *   the jabatan decides even for an ASN, because a Pj. Bupati is a civil servant;
 * - "Sekretaris Daerah …" (or "Sekda …") is the Sekda;
 * - any other holder of a political office (is_political, no NIP) signs like the Wakil:
 *   with gelar and without NIP and pangkat, which Pasal 44 reserves for ASN;
 * - everyone else is an ASN.
 */
const KEPALA_DAERAH = /^(bupati|wali ?kota|walikota|gubernur)\b/;
const WAKIL_KEPALA_DAERAH = /^wakil (bupati|wali ?kota|walikota|gubernur)\b/;
const SEKDA = /^(sekretaris daerah|sekda)\b/;

export function signerOfficeOf(position: string, isPolitical: boolean): SignerOffice {
  const jabatan = position.trim().toLowerCase().replace(/\s+/g, ' ');
  if (WAKIL_KEPALA_DAERAH.test(jabatan)) return 'WAKIL_KEPALA_DAERAH';
  if (KEPALA_DAERAH.test(jabatan)) return 'KEPALA_DAERAH';
  if (SEKDA.test(jabatan)) return 'SEKDA';
  return isPolitical ? 'WAKIL_KEPALA_DAERAH' : 'ASN';
}
