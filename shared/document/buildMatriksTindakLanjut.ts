import { dueDateText, isOverdue } from '../domain/followUp';
import { formatOfficialDate } from '../domain/officialDates';
import { attachmentIdentity, meetingNameWithKind } from './attachmentHeader';
import { letterheadBlock, titleBlock } from './letterhead';
import { meetingFacts } from './meetingFacts';
import { type Block, type OfficialDocument, type TableCell, type TableRow } from './model';
import { statusCell } from './followUpDocParts';
import { cell, columnWidths, headerCell, row } from './tables';
import type { CommitmentEntry, CommitmentOwnerEntry, NotulaSource } from './source';
import { numberedDocument } from './numberedDocument';

/** Column labels of notula-format.md §5, in order. */
export const MATRIKS_COLUMNS = [
  'No',
  'Uraian Hasil Rapat / Arahan Pimpinan',
  'Rekomendasi / Rencana Tindak Lanjut',
  'Penanggung Jawab (OPD)',
  'Batas Waktu',
  'Status',
  'Progres / Realisasi Tindak Lanjut',
  'Bukti Dukung',
  'Keterangan',
] as const;

/*
 * Status holds "Ditindaklanjuti" and Keterangan's header whole on A4 landscape at 10 pt (the
 * narrower paper); measured through LibreOffice in tests/main/export/matriksRender.test.ts.
 */
const PERCENTS = [4, 15, 15, 11, 9, 12, 15, 9, 10];

const NO_OWNER: CommitmentOwnerEntry = { unit: '-', status: 'BELUM', progress: '', evidence: [], remarks: '' };

/**
 * Keterangan: the owner's reason (required for Tidak Dapat Ditindaklanjuti), then the
 * commitment's Sumber dana as offices note it there ("Sumber dana: APBD"). A version approved
 * before the field existed has none and prints as it did.
 */
function remarksText(commitment: CommitmentEntry, owner: CommitmentOwnerEntry): string {
  const fundingSource = commitment.fundingSource?.trim() ?? '';
  const lines = [owner.remarks.trim(), fundingSource === '' ? '' : `Sumber dana: ${fundingSource}`];
  return lines.filter((line) => line !== '').join('\n') || '-';
}

/** Overdue is derived, never stored (§5, TERLAMBAT): the one rule, on the "keadaan per" day. */
function ownerCells(
  commitment: CommitmentEntry,
  owner: CommitmentOwnerEntry,
  asOf: string | null,
): { responsible: TableCell; rest: TableCell[] } {
  const overdue = asOf !== null && isOverdue(commitment.dueDate, owner.status, asOf);
  const evidence = owner.evidence.map((item) => item.trim()).filter((item) => item !== '');
  return {
    responsible: cell(owner.unit.trim() || '-'),
    rest: [
      statusCell({ status: owner.status, overdue }),
      cell(owner.progress.trim() || '-'),
      cell(evidence.length === 0 ? '-' : evidence.join('\n')),
      cell(remarksText(commitment, owner)),
    ],
  };
}

/**
 * One row per OPD, each carrying its commitment's number, arahan, text and due date again
 * (issue 16). Merged cells down 31 OPD rows were tried first: LibreOffice then moved the
 * whole block off page 1 (a page with only the header) and printed continuation pages with
 * no commitment text. A self-contained row reads right wherever the page breaks.
 */
function commitmentRows(
  commitment: CommitmentEntry,
  number: number,
  asOf: string | null,
  warn: (message: string) => void,
): TableRow[] {
  const owners = commitment.owners.length > 0 ? commitment.owners : [NO_OWNER];
  if (commitment.owners.length === 0) warn(`Tindak lanjut ${number} belum punya penanggung jawab.`);
  for (const owner of commitment.owners) {
    if (owner.status === 'TIDAK_DAPAT' && owner.remarks.trim() === '')
      warn(`Tindak lanjut ${number} (${owner.unit}): alasan "Tidak Dapat Ditindaklanjuti" belum diisi.`);
  }
  return owners.map((owner) => {
    const { responsible, rest } = ownerCells(commitment, owner, asOf);
    return row([
      cell(`${number}.`, { align: 'center' }),
      cell(commitment.context.trim() || '-'),
      cell(commitment.text.trim() || '-'),
      responsible,
      cell(dueDateText(commitment.dueDate)),
      ...rest,
    ]);
  });
}

/** The Matriks Tindak Lanjut (notula-format.md §5): landscape, attached to the notula. */
export function buildMatriksTindakLanjut(source: NotulaSource): OfficialDocument {
  const { width, warn, finish } = numberedDocument(source.instansi, 'landscape');
  const facts = meetingFacts(source);
  const asOf = source.options.asOf;

  const headerRows = [
    row(MATRIKS_COLUMNS.map((label) => headerCell(label))),
    // Column numbers let a reader cite "kolom (7)" in follow-up letters.
    row(MATRIKS_COLUMNS.map((_, index) => headerCell(`(${index + 1})`))),
  ];
  const bodyRows =
    source.commitments.length === 0
      ? [row([cell('Belum ada tindak lanjut yang dicatat.', { columnSpan: MATRIKS_COLUMNS.length, align: 'center' })])]
      : source.commitments.flatMap((commitment, index) => commitmentRows(commitment, index + 1, asOf, warn));

  const extra = asOf === null ? [] : ([['Keadaan per', formatOfficialDate(asOf)]] as const);
  const blocks: Block[] = [
    letterheadBlock(source.instansi),
    titleBlock('MATRIKS TINDAK LANJUT', [`HASIL ${meetingNameWithKind(source)}`]),
    attachmentIdentity(source, facts, width, false, extra),
    { kind: 'spacer', height: 120 },
    { kind: 'table', columnWidths: columnWidths(width, PERCENTS), headerRows, bodyRows },
  ];
  return finish('MATRIKS_TINDAK_LANJUT', `Matriks Tindak Lanjut ${source.meeting.title.trim()}`, blocks);
}
