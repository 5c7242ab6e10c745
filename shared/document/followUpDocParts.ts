import type { OwnerStatus } from '../domain/commitment';
import { OWNER_STATUS_LABELS } from '../domain/commitment';
import { OVERDUE_LABEL } from '../domain/followUp';
import type { InstansiProfile } from '../domain/instansi';
import { formatOfficialDate } from '../domain/officialDates';
import type { SignatureBlock, TableCell, TableRow } from './model';
import { para } from './paragraphs';
import { progressWithPercent } from './progressLine';
import { alignColumns, signerColumn } from './signer';
import type { SignerPerson } from './source';
import { cell, row } from './tables';

/** One responsible OPD of a commitment in the follow-up documents. */
export type FollowUpDocOwner = Readonly<{
  unit: string;
  status: OwnerStatus;
  /** Reason for TIDAK_DAPAT ('' otherwise). */
  reason: string;
  progress: string;
  percent: number | null;
  /** File names and links. */
  evidence: ReadonlyArray<string>;
  overdue: boolean;
}>;

export type FollowUpDocItem = Readonly<{
  text: string;
  meetingTitle: string;
  meetingDate: string;
  dueDate: string | null;
  owners: ReadonlyArray<FollowUpDocOwner>;
}>;

/**
 * "Dalam Proses" plus "(Terlambat)" on its own line; the mark is text, never colour. The
 * Matriks, the Laporan and the Permintaan all print their status cells through it.
 */
export function statusCell(owner: Readonly<{ status: OwnerStatus; overdue: boolean }>): TableCell {
  const lines = [para(OWNER_STATUS_LABELS[owner.status], { role: 'table' })];
  if (owner.overdue) lines.push(para(`(${OVERDUE_LABEL})`, { role: 'table' }));
  return cell(lines);
}

export function progressText(owner: FollowUpDocOwner): string {
  return progressWithPercent(owner.progress, owner.percent) || '-';
}

export function meetingText(item: FollowUpDocItem): string {
  return `${item.meetingTitle.trim()}\n${formatOfficialDate(item.meetingDate)}`;
}

const NO_OWNER: FollowUpDocOwner = {
  unit: '-',
  status: 'BELUM',
  reason: '',
  progress: '',
  percent: null,
  evidence: [],
  overdue: false,
};

/**
 * Rows of one commitment: one sub-row per OPD, the shared cells merged down them.
 * `lead` gives the merged cells before the OPD's own cells; `afterUnit` merged cells
 * that sit right after the OPD column (the due date of the Laporan).
 */
export function ownerRows(
  owners: ReadonlyArray<FollowUpDocOwner>,
  lead: (span: number) => TableCell[],
  perOwner: (owner: FollowUpDocOwner) => TableCell[],
  afterUnit: (span: number) => TableCell[] = () => [],
): TableRow[] {
  const list = owners.length === 0 ? [NO_OWNER] : owners;
  const span = list.length;
  return list.map((owner, index) => {
    const own = perOwner(owner);
    const cells = index === 0 ? [...lead(span), ...own.slice(0, 1), ...afterUnit(span), ...own.slice(1)] : own;
    return row(cells, { keepWithNext: index < span - 1 });
  });
}

/** A single signer on the right; without one, a blank column she fills by hand, and a warning. */
export function singleSignature(
  signer: SignerPerson | null,
  headLines: ReadonlyArray<string>,
  textWidth: number,
  warn: (message: string) => void,
): SignatureBlock {
  if (signer === null) warn('Penanda tangan belum dipilih.');
  const column = signerColumn(signer, headLines, 'WET', warn);
  const half = Math.floor(textWidth / 2);
  return {
    kind: 'signatures',
    mode: 'WET',
    columnWidths: [half, textWidth - half],
    columns: alignColumns(null, column),
  };
}

/** "Contoh, 27 November 2026", or only the date when the city is not set. */
export function placeAndDate(instansi: InstansiProfile, isoDate: string): string {
  const city = instansi.city.trim();
  return city === '' ? formatOfficialDate(isoDate) : `${city}, ${formatOfficialDate(isoDate)}`;
}
