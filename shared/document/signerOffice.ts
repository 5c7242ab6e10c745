import { rankLabel } from '../domain/ranks';
import type { SignerActing, SignerOffice, SignerPerson } from './source';

/*
 * The one signer rule: every document that prints a signature (Notula, Daftar Hadir,
 * Laporan Tindak Lanjut, Permintaan Laporan) gets its SignerPerson from signerPersonOf,
 * and signer.ts signerRules turns the office into what Pasal 44 lets the block show.
 * tests/shared/document/signerRule.test.ts feeds every kind of signer to every document.
 *
 * Which office of Permendagri 1/2023 Pasal 44 a signer holds. The people table does not
 * store it, so it is read from the jabatan, which names the office the way her master data
 * writes it ("Bupati Contoh", "Wakil Bupati Contoh", "Sekretaris Daerah"):
 * - "Bupati/Wali Kota/Gubernur …" is the Kepala Daerah, "Wakil Bupati/… …" the Wakil;
 *   the jabatan decides even for an ASN, because a Pj. Bupati is a civil servant;
 * - "Sekretaris Daerah …" (or "Sekda …") is the Sekda;
 * - any other holder of a political office (is_political, no NIP: a Ketua DPRD) signs like
 *   the Wakil: with gelar and without NIP and pangkat, which Pasal 44 reserves for ASN;
 * - everyone else is an ASN.
 */
const KEPALA_DAERAH = /^(bupati|wali ?kota|walikota|gubernur)\b/;
const WAKIL_KEPALA_DAERAH = /^wakil (bupati|wali ?kota|walikota|gubernur)\b/;
const SEKDA = /^(sekretaris daerah|sekda)\b/;

export function signerOfficeOf(position: string, isPolitical: boolean): SignerOffice {
  const jabatan = splitActing(position).position.toLowerCase().replace(/\s+/g, ' ');
  if (WAKIL_KEPALA_DAERAH.test(jabatan)) return 'WAKIL_KEPALA_DAERAH';
  if (KEPALA_DAERAH.test(jabatan)) return 'KEPALA_DAERAH';
  if (SEKDA.test(jabatan)) return 'SEKDA';
  return isPolitical ? 'WAKIL_KEPALA_DAERAH' : 'ASN';
}

const ACTING: ReadonlyArray<readonly [RegExp, SignerActing]> = [
  [/^plt\.?\s+/i, 'Plt.'],
  [/^plh\.?\s+/i, 'Plh.'],
  [/^pjs\.?\s+/i, 'Pjs.'],
  [/^pj\.?\s+/i, 'Pj.'],
];

/**
 * Master data often stores an acting jabatan as typed ("Plt. Kepala Dinas Kesehatan",
 * "Pj Bupati Contoh"): the prefix is split off so that the office is read from the jabatan
 * itself and the prefix is printed once, in its standard spelling.
 */
export function splitActing(position: string): { acting: SignerActing; position: string } {
  const trimmed = position.trim().replace(/\s+/g, ' ');
  for (const [pattern, acting] of ACTING) {
    if (pattern.test(trimmed)) return { acting, position: trimmed.replace(pattern, '') };
  }
  return { acting: '', position: trimmed };
}

/** What a people row holds that a signature needs (the Person of shared/domain/masterData). */
export type SignerRecord = Readonly<{
  name: string;
  nip: string | null;
  rankCode: string | null;
  position: string;
  isPolitical: boolean;
}>;

function isSignerActing(value: string): value is SignerActing {
  return value === '' || value === 'Plt.' || value === 'Plh.' || value === 'Pj.' || value === 'Pjs.';
}

/**
 * A person as a signer. `acting` is the meeting's role prefix ('' when the role is held
 * in full or the document has no role); it wins over a prefix typed in the jabatan.
 */
export function signerPersonOf(person: SignerRecord, acting: string = ''): SignerPerson {
  const typed = splitActing(person.position);
  const chosen = isSignerActing(acting) && acting !== '' ? acting : typed.acting;
  return {
    name: person.name,
    nip: person.nip,
    rankLabel: rankLabel(person.rankCode) || null,
    position: typed.position,
    acting: chosen,
    office: signerOfficeOf(typed.position, person.isPolitical),
  };
}
