import type { InstansiProfile } from '../domain/instansi';
import type { Block, IdentityBlock, Paragraph, SignatureBlock } from './model';
import { identityRow, titleBlock } from './letterhead';
import { LABEL_WIDTH, para } from './paragraphs';
import { alignColumns, jabatanOf, signerColumn } from './signer';
import type { NotulaSource, SignerPerson } from './source';

/*
 * The pieces of the Surat Undangan (surat-undangan.md §1-3) that buildSuratUndangan puts in
 * order: who is invited, the signer block and the attached DAFTAR UNDANGAN page.
 */

/** SRIKANDI's template variables, written exactly and each kept in one run (surat-undangan.md §3). */
export const SRIKANDI = {
  number: '${nomor_naskah}',
  date: '${tanggal_naskah}',
  signature: '${ttd_pengirim}',
} as const;

/** Where "Yth." and "di" hang their text. */
export const YTH_INDENT = 567;

/** Space SRIKANDI's QR needs, about 3 cm (surat-undangan.md §3). */
const QR_SPACE = 1701;

/*
 * A jabatan that names its office by itself ("Kepala Dinas Kesehatan", "Camat Tubei"). Any
 * other ("Tenaga Ahli", a guest's title) is addressed with its instansi: "Tenaga Ahli
 * Universitas Contoh".
 */
const HEAD_OF_OFFICE =
  /^(kepala|pimpinan|sekretaris|direktur|inspektur|camat|lurah|bupati|wakil|wali ?kota|asisten|staf ahli|ketua|kapolres|dandim|kajari)\b/i;

function recipientLine(position: string, name: string, unit: string): string {
  const jabatan = position.trim().replace(/\s+/g, ' ');
  const instansi = unit.trim().replace(/\s+/g, ' ');
  if (jabatan === '') return name.trim().replace(/\s+/g, ' ');
  if (instansi === '' || HEAD_OF_OFFICE.test(jabatan) || jabatan.toLowerCase().includes(instansi.toLowerCase()))
    return jabatan;
  return `${jabatan} ${instansi}`;
}

const samePerson = (name: string, person: SignerPerson | null) =>
  person !== null && person.name.trim() !== '' && person.name.trim() === name.trim();

/**
 * Everyone the meeting invited, by jabatan (a unit invited before its head is known prints
 * "Pimpinan <unit>"), else by name; the chair and the signer are not sent their own invitation.
 */
export function invitationRecipients(source: NotulaSource, signer: SignerPerson | null): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const entry of source.attendance) {
    if (samePerson(entry.name, source.chair) || samePerson(entry.name, signer)) continue;
    const line = recipientLine(entry.position, entry.name, entry.unit);
    const key = line.toLowerCase();
    if (line === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(line);
  }
  return out;
}

/** "Yth." with one recipient, a numbered few, or the addressee "(daftar terlampir)". */
export function addresseeParagraphs(
  recipients: ReadonlyArray<string>,
  attached: boolean,
  addressee: string,
): Paragraph[] {
  const yth = { label: 'Yth.', indentLeft: YTH_INDENT, hanging: YTH_INDENT } as const;
  if (attached) return [para(addressee, yth), para('(daftar terlampir)', { indentLeft: YTH_INDENT })];
  if (recipients.length <= 1) return [para(recipients[0] ?? '.......................................', yth)];
  // "Yth. 1. …;" then "2. …" under the first number: a few recipients named in the letter itself.
  return recipients.map((recipient, index) => {
    const line = `${index + 1}. ${recipient}${index === recipients.length - 1 ? '' : ';'}`;
    return index === 0 ? para(line, yth) : para(line, { indentLeft: YTH_INDENT });
  });
}

/** "KABUPATEN CONTOH" from the kop's first line "PEMERINTAH KABUPATEN CONTOH". */
export function regionOf(instansi: InstansiProfile): string {
  const first = instansi.kopLines[0]?.trim() ?? '';
  return first.replace(/^pemerintah\s+/i, '').toUpperCase();
}

/**
 * The signer's block, on the right half: "a.n. BUPATI CONTOH" when signed on behalf, the
 * jabatan, the space (SRIKANDI's `${ttd_pengirim}` in its mode), the name, and pangkat and NIP
 * only where Pasal 44 asks for them (signer.ts, the rule the Notula follows).
 */
export function invitationSignature(
  signer: SignerPerson | null,
  onBehalfOf: string,
  instansi: InstansiProfile,
  textWidth: number,
  warn: (message: string) => void,
): SignatureBlock {
  const srikandi = instansi.invitation.srikandi;
  const mode = srikandi || instansi.notula.readyForTte ? 'TTE' : 'WET';
  const onBehalf = onBehalfOf.trim() === '' ? [] : [`a.n. ${onBehalfOf.trim().toUpperCase()}`];
  let column = signerColumn(signer, onBehalf, mode, warn);
  if (srikandi) column = { ...column, signatureSpace: QR_SPACE, spaceText: SRIKANDI.signature };
  const half = Math.floor(textWidth / 2);
  return { kind: 'signatures', mode, columnWidths: [half, textWidth - half], columns: alignColumns(null, column) };
}

/** "SEKRETARIS DAERAH KABUPATEN CONTOH": whose letter the attached page belongs to. */
function letterOwner(signer: SignerPerson | null, instansi: InstansiProfile): string {
  if (signer === null) return 'UNDANGAN';
  const jabatan = jabatanOf(signer).toUpperCase();
  const region = regionOf(instansi);
  return /\b(KABUPATEN|KOTA|PROVINSI)\b/.test(jabatan) || region === '' ? jabatan : `${jabatan} ${region}`;
}

/**
 * Page 2 when the recipients are many: LAMPIRAN SURAT … / Nomor / Tanggal at the top right,
 * DAFTAR UNDANGAN, the numbered list, and the same signer block.
 */
export function attachedListBlocks(
  recipients: ReadonlyArray<string>,
  signer: SignerPerson | null,
  number: string,
  date: string,
  instansi: InstansiProfile,
  textWidth: number,
  signature: SignatureBlock,
  naskah: 'SURAT' | 'NOTA DINAS' = 'SURAT',
): Block[] {
  const half = Math.floor(textWidth / 2);
  const label = 1134;
  const head: IdentityBlock = {
    kind: 'identity',
    columnWidths: [half + label, 284, textWidth - half - label - 284],
    rows: [identityRow('Nomor', number, half), identityRow('Tanggal', date, half)],
  };
  const list = recipients.map((recipient, index) =>
    para(`${recipient}${index === recipients.length - 1 ? '.' : ';'}`, {
      label: `${index + 1}.`,
      indentLeft: LABEL_WIDTH,
      hanging: LABEL_WIDTH,
      spaceAfter: 60,
    }),
  );
  return [
    para(`LAMPIRAN ${naskah} ${letterOwner(signer, instansi)}`, { indentLeft: half, pageBreakBefore: true }),
    head,
    titleBlock('DAFTAR UNDANGAN', []),
    ...list,
    { kind: 'spacer', height: 360 },
    signature,
  ];
}
