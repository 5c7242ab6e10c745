import { isValidNip, nipLine } from '../domain/nip';
import type { SignatureColumn } from './model';
import type { SignerPerson } from './source';

/*
 * Permendagri 1/2023 Pasal 44 (notula-format.md READ FIRST box):
 * (2) signers' names carry their gelar;
 * (3) NIP and pangkat/golongan only for signers other than the Kepala Daerah, the Wakil
 *     Kepala Daerah and the Sekretaris Daerah;
 * (4) a Pj./Pjs./Plt./Plh. Kepala Daerah signs without gelar, NIP and pangkat;
 * (5) so does a Pj./Plh. Sekretaris Daerah.
 */
export type SignerRules = Readonly<{ withGelar: boolean; withNip: boolean; withRank: boolean }>;

/** What Pasal 44 lets a signer's name block show. */
export function signerRules(person: SignerPerson): SignerRules {
  const acting = person.acting !== '';
  switch (person.office) {
    case 'KEPALA_DAERAH':
      return { withGelar: !acting, withNip: false, withRank: false };
    // A vacant Sekda is filled by a Pj. (Perpres 3/2018), so any acting Sekda follows ayat (5).
    case 'SEKDA':
      return { withGelar: !acting, withNip: false, withRank: false };
    case 'WAKIL_KEPALA_DAERAH':
      return { withGelar: true, withNip: false, withRank: false };
    case 'ASN':
      return { withGelar: true, withNip: true, withRank: true };
  }
}

/**
 * Whose kop a letter carries, by the same office Pasal 44 reads (surat-undangan.md §1 "Kop"):
 * the Kepala Daerah signing in own name writes under the Garuda as "BUPATI …"; the Sekda, in
 * own name or a.n. the Kepala Daerah, under the Pemerintah Kabupaten's Setda kop; anyone else
 * (a Kepala Dinas, a.n. or not) under the office's own kop. Drawn by signerKop.ts.
 */
export type KopOwner = 'GARUDA' | 'SETDA' | 'OFFICE';

export function kopOwner(person: SignerPerson | null, onBehalfOf: string): KopOwner {
  if (person?.office === 'KEPALA_DAERAH' && onBehalfOf.trim() === '') return 'GARUDA';
  if (person?.office === 'SEKDA') return 'SETDA';
  return 'OFFICE';
}

/*
 * Academic and professional prefixes. H./Hj. (haji) and K.H. are religious honorifics, and
 * R./Tgk./Andi and the like are customary titles: none is an academic gelar, so they stay.
 */
const ACADEMIC_PREFIXES = new Set(['prof.', 'dr.', 'drs.', 'dra.', 'ir.', 'drg.', 'drh.', 'apt.', 'ns.', 'ec.']);

/**
 * The name without academic degrees, for signers Pasal 44(4)-(5) write without gelar.
 * Drops the degree prefixes (Prof., Dr., dr., Drs., Dra., Ir., drg., drh., apt., Ns., Ec.)
 * wherever they sit among the leading titles, and everything after the first comma
 * (", S.T., M.Si."). Degrees written without a comma are not recognised.
 * @example stripGelar('Dr. H. Ahmad Fauzi, S.H., M.Si.') // 'H. Ahmad Fauzi'
 */
export function stripGelar(name: string): string {
  const [beforeComma = ''] = name.split(',');
  const tokens = beforeComma.trim().split(/\s+/);
  const kept: string[] = [];
  let inTitles = true;
  for (const token of tokens) {
    if (inTitles && ACADEMIC_PREFIXES.has(token.toLowerCase())) continue;
    if (!token.endsWith('.')) inTitles = false;
    kept.push(token);
  }
  return kept.join(' ');
}

/** "Plt. Kepala Dinas Kesehatan": the acting prefix before the jabatan. */
export function jabatanOf(person: SignerPerson): string {
  return [person.acting, person.position.trim()].filter((part) => part !== '').join(' ');
}

/** How a person is named in the identity rows: jabatan, then the full name in brackets. */
export function personReference(person: SignerPerson | null): string {
  if (person === null) return '-';
  const jabatan = jabatanOf(person);
  const name = person.name.trim();
  if (name === '') return jabatan || '-';
  return jabatan === '' ? name : `${jabatan} (${name})`;
}

/** The jabatan line of a signature block: "Plt. KEPALA DINAS KESEHATAN,". */
export function signatureJabatanLine(person: SignerPerson): string {
  const position = person.position.trim().toUpperCase();
  return `${[person.acting, position].filter((part) => part !== '').join(' ')},`;
}

export const WET_SIGNATURE_SPACE = 1134;
/** Room for the visualisation the TTE system stamps (QR or image plus its caption). */
export const TTE_SIGNATURE_SPACE = 1701;

/**
 * One signature column: captions, blank space, name, then pangkat and NIP when Pasal 44
 * wants them. `warn` receives data problems (an ASN without NIP, say).
 */
export function signatureColumn(
  person: SignerPerson,
  headLines: ReadonlyArray<string>,
  mode: 'WET' | 'TTE',
  role: string,
  warn: (message: string) => void,
): SignatureColumn {
  const rules = signerRules(person);
  const detailLines: string[] = [];
  if (rules.withRank) {
    if (person.rankLabel) detailLines.push(person.rankLabel);
    else warn(`Pangkat/golongan ${role} belum diisi.`);
  }
  if (rules.withNip) {
    if (person.nip && isValidNip(person.nip)) detailLines.push(nipLine(person.nip));
    else if (person.nip) {
      detailLines.push(nipLine(person.nip));
      warn(`NIP ${role} tidak 18 digit: ${person.nip}.`);
    } else warn(`NIP ${role} belum diisi.`);
  }
  return {
    headLines,
    signatureSpace: mode === 'TTE' ? TTE_SIGNATURE_SPACE : WET_SIGNATURE_SPACE,
    name: rules.withGelar ? person.name.trim() : stripGelar(person.name),
    detailLines,
  };
}

/**
 * The column of a letter's one signer under `headLines` (a.n. lines, the report's title): the
 * jabatan line, then signatureColumn; when none is chosen yet, a dotted name line she signs
 * over by hand, at the wet signature's height.
 */
export function signerColumn(
  signer: SignerPerson | null,
  headLines: ReadonlyArray<string>,
  mode: 'WET' | 'TTE',
  warn: (message: string) => void,
): SignatureColumn {
  if (signer === null) {
    return {
      headLines: [...headLines, ''],
      signatureSpace: WET_SIGNATURE_SPACE,
      name: '.......................................',
      detailLines: [],
    };
  }
  return signatureColumn(signer, [...headLines, signatureJabatanLine(signer)], mode, 'penanda tangan', warn);
}

/** Pads the head lines of two columns so the names sit on the same line. */
export function alignColumns(
  left: SignatureColumn | null,
  right: SignatureColumn | null,
): readonly [SignatureColumn | null, SignatureColumn | null] {
  const height = Math.max(left?.headLines.length ?? 0, right?.headLines.length ?? 0);
  const pad = (column: SignatureColumn | null) =>
    column === null
      ? null
      : { ...column, headLines: [...column.headLines, ...Array<string>(height - column.headLines.length).fill('')] };
  return [pad(left), pad(right)];
}
