import { OWNER_STATUS_LABELS, OWNER_STATUSES, type OwnerStatus } from '../domain/commitment';
import { dueDateText, OVERDUE_LABEL } from '../domain/followUp';
import type { InstansiProfile } from '../domain/instansi';
import { formatOfficialDate } from '../domain/officialDates';
import {
  meetingText,
  ownerRows,
  placeAndDate,
  progressText,
  singleSignature,
  statusCell,
  type FollowUpDocItem,
} from './followUpDocParts';
import { identityBlock, identityRow, letterheadBlock, titleBlock } from './letterhead';
import type { Block, OfficialDocument } from './model';
import { para } from './paragraphs';
import type { SignerPerson } from './source';
import { cell, columnWidths, headerCell, row } from './tables';
import { MATRIKS_COLUMNS } from './buildMatriksTindakLanjut';
import { numberedDocument } from './numberedDocument';

export type LaporanTindakLanjutSource = Readonly<{
  instansi: InstansiProfile;
  /** The series' title, or null for all meetings. */
  seriesTitle: string | null;
  from: string | null;
  to: string | null;
  /** "Keadaan per": the day the statuses are read. */
  asOf: string;
  items: ReadonlyArray<FollowUpDocItem>;
  signer: SignerPerson | null;
}>;

/** The Matriks's columns (notula-format.md §5), with the meeting each item comes from in place of the Uraian. */
export const LAPORAN_COLUMNS = [MATRIKS_COLUMNS[0], 'Rapat', ...MATRIKS_COLUMNS.slice(2)] as const;
const PERCENTS = [4, 12, 20, 11, 9, 10, 16, 9, 9];

function periodText(from: string | null, to: string | null): string {
  if (from === null && to === null) return 'Semua rapat';
  if (from === null) return `Sampai dengan ${formatOfficialDate(to as string)}`;
  if (to === null) return `Sejak ${formatOfficialDate(from)}`;
  return `${formatOfficialDate(from)} s.d. ${formatOfficialDate(to)}`;
}

/** "Selesai 3, Dalam Proses 2, …, Terlambat 1": counted per OPD, as the table's rows are. */
export function recap(items: ReadonlyArray<FollowUpDocItem>): string {
  const owners = items.flatMap((item) => item.owners);
  const byStatus = (status: OwnerStatus) => owners.filter((owner) => owner.status === status).length;
  const parts = OWNER_STATUSES.map((status) => `${OWNER_STATUS_LABELS[status]} ${byStatus(status)}`);
  parts.push(`${OVERDUE_LABEL} ${owners.filter((owner) => owner.overdue).length}`);
  return `Jumlah ${items.length} butir tindak lanjut dengan ${owners.length} penanggung jawab: ${parts.join(', ')}.`;
}

/** Laporan Tindak Lanjut Hasil Rapat (notula-format.md §5): landscape, for a series or a period. */
export function buildLaporanTindakLanjut(source: LaporanTindakLanjutSource): OfficialDocument {
  const { width, warn, finish } = numberedDocument(source.instansi, 'landscape');
  const subject = source.seriesTitle?.trim() || 'Rapat Koordinasi';

  const identity = identityBlock(width, [
    identityRow('Rapat', subject),
    identityRow('Periode', periodText(source.from, source.to)),
    identityRow('Keadaan per', formatOfficialDate(source.asOf)),
  ]);
  const narrowIdentity = {
    ...identity,
    columnWidths: [2268, identity.columnWidths[1], width - 2268 - identity.columnWidths[1]] as const,
  };

  const headerRows = [
    row(LAPORAN_COLUMNS.map((label) => headerCell(label))),
    row(LAPORAN_COLUMNS.map((_, index) => headerCell(`(${index + 1})`))),
  ];
  const bodyRows =
    source.items.length === 0
      ? [
          row([
            cell('Tidak ada tindak lanjut pada periode ini.', { columnSpan: LAPORAN_COLUMNS.length, align: 'center' }),
          ]),
        ]
      : source.items.flatMap((item, index) =>
          ownerRows(
            item.owners,
            (span) => [
              cell(`${index + 1}.`, { align: 'center', rowSpan: span }),
              cell(meetingText(item), { rowSpan: span }),
              cell(item.text.trim() || '-', { rowSpan: span }),
            ],
            (owner) => [
              cell(owner.unit.trim() || '-'),
              statusCell(owner),
              cell(progressText(owner)),
              cell(owner.evidence.length === 0 ? '-' : owner.evidence.join('\n')),
              cell(owner.status === 'TIDAK_DAPAT' ? `Alasan: ${owner.reason.trim() || '-'}` : '-'),
            ],
            (span) => [cell(dueDateText(item.dueDate), { rowSpan: span })],
          ),
        );
  for (const [index, item] of source.items.entries()) {
    for (const owner of item.owners) {
      if (owner.status === 'TIDAK_DAPAT' && owner.reason.trim() === '')
        warn(`Tindak lanjut ${index + 1} (${owner.unit}): alasan "Tidak Dapat Ditindaklanjuti" belum diisi.`);
    }
  }

  const blocks: Block[] = [
    letterheadBlock(source.instansi),
    titleBlock('LAPORAN TINDAK LANJUT', [`HASIL ${subject}`]),
    narrowIdentity,
    { kind: 'spacer', height: 120 },
    { kind: 'table', columnWidths: columnWidths(width, PERCENTS), headerRows, bodyRows },
    para(recap(source.items), { spaceBefore: 120, spaceAfter: 240 }),
    singleSignature(source.signer, [placeAndDate(source.instansi, source.asOf)], width, warn),
  ];
  return finish('LAPORAN_TINDAK_LANJUT', `Laporan Tindak Lanjut ${subject}`, blocks);
}
