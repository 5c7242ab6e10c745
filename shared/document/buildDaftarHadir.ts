import { ATTENDANCE_LABELS, isAbsent, type AttendanceStatus } from '../domain/attendance';
import { isValidNip, nipLine } from '../domain/nip';
import { attachmentIdentity, meetingNameWithKind } from './attachmentHeader';
import { attendanceLegend, countAttendance, daftarHadirTotals } from './attendanceSummary';
import { letterheadBlock, titleBlock } from './letterhead';
import { meetingFacts } from './meetingFacts';
import { type Block, type OfficialDocument, type Paragraph, type TableCell, type TableRow } from './model';
import { signatureWidths } from './notulaSignatures';
import { para } from './paragraphs';
import { signatureColumn, signatureJabatanLine } from './signer';
import { cell, columnWidths, headerCell, row } from './tables';
import type { AttendanceEntry, NotulaSource } from './source';
import { numberedDocument } from './numberedDocument';

/** Rows left blank for walk-ins (notula-format.md §3: three to five). */
const MIN_BLANK_ROWS = 4;
/** Each row is tall enough that a pair gives a signature 2 cm of height. */
const ROW_HEIGHT = 567;

type Printed = Readonly<{
  name: string;
  nip: string;
  rank: string;
  position: string;
  unit: string;
  code: string;
  note: string;
  absent: boolean;
}>;

/** Statuses whose typed note (the reason, the SPT number) prints under the code in Ket. (issue 16). */
const NOTED: ReadonlySet<AttendanceStatus> = new Set(['IZIN', 'SAKIT', 'DINAS_LUAR', 'CUTI']);

/** Who signs the line: the representative, for a seat marked Diwakili. */
function printedRow(entry: AttendanceEntry, warn: (message: string) => void): Printed {
  const rep = entry.status === 'DIWAKILI' ? entry.representative : null;
  const byRep = rep !== null && rep.name.trim() !== '';
  if (entry.status === 'DIWAKILI' && !byRep) warn(`Nama wakil untuk ${entry.position || entry.name} belum diisi.`);
  const seat = entry.position.trim() || entry.name.trim();
  const position = byRep
    ? rep.position.trim() === ''
      ? `mewakili ${seat}`
      : `${rep.position.trim()} (mewakili ${seat})`
    : entry.position.trim();
  const nip = byRep ? rep.nip.trim() : (entry.nip ?? '').trim();
  if (nip !== '' && !isValidNip(nip)) warn(`NIP ${byRep ? rep.name : entry.name} tidak 18 digit: ${nip}.`);
  return {
    name: byRep ? rep.name.trim() : entry.name.trim(),
    nip,
    rank: byRep ? '' : (entry.rankLabel ?? '').trim(),
    position,
    unit: entry.unit.trim(),
    code: ATTENDANCE_LABELS[entry.status].code,
    note: NOTED.has(entry.status) ? entry.note.trim() : '',
    absent: isAbsent(entry.status),
  };
}

const BLANK: Printed = { name: '', nip: '', rank: '', position: '', unit: '', code: '', note: '', absent: false };

function remarksCell(printed: Printed): TableCell {
  const lines: Paragraph[] = [para(printed.code, { role: 'table', align: 'center' })];
  for (const line of printed.note.split('\n')) if (line.trim() !== '') lines.push(para(line.trim(), { role: 'table' }));
  return cell(lines);
}

function nameCell(printed: Printed): TableCell {
  const lines: Paragraph[] = [para(printed.name, { role: 'table' })];
  // Non-ASN representatives, guests and political offices have no NIP: "NIP. -" (notula-format.md §3),
  // never an empty "NIP." line; an empty row (to be filled by hand) stays empty.
  if (printed.name !== '') lines.push(para(printed.nip === '' ? 'NIP. -' : nipLine(printed.nip), { role: 'table' }));
  return cell(lines);
}

/** "3. ........" where the person signs, "3. -" for those excused (their status is in Ket.). */
function signatureCell(
  number: number,
  printed: Printed | undefined,
  position: 'top' | 'bottom',
  span: number,
): TableCell {
  const mark = printed === undefined ? '' : `${number}. ${printed.absent ? '-' : '......'}`;
  // No rule between the two halves: a wide signature may run into its partner's half,
  // which the stagger keeps empty at that height.
  return cell(mark, { rowSpan: span, verticalAlign: position, openSides: [position === 'top' ? 'right' : 'left'] });
}

/**
 * The zig-zag signature column of notula-format.md §3 (implementation 2): two sub-columns,
 * each pair of rows merged vertically, odd rows signing left at the top of the pair and even
 * rows right at its bottom, so wide signatures never overlap.
 */
function bodyRows(printed: ReadonlyArray<Printed>, withRank: boolean): TableRow[] {
  return printed.map((entry, index) => {
    const number = index + 1;
    const cells: TableCell[] = [cell(`${number}.`, { align: 'center' }), nameCell(entry)];
    const opensPair = index % 2 === 0 && index + 1 < printed.length;
    if (withRank) cells.push(cell(entry.rank || (entry.name === '' ? '' : '-')));
    cells.push(cell(entry.position), cell(entry.unit));
    if (index % 2 === 0) {
      const partner = printed[index + 1];
      const span = partner === undefined ? 1 : 2;
      cells.push(signatureCell(number, entry, 'top', span), signatureCell(number + 1, partner, 'bottom', span));
    }
    cells.push(remarksCell(entry));
    return row(cells, { minHeight: ROW_HEIGHT, keepWithNext: opensPair });
  });
}

/** The Daftar Hadir: kop, title, identity, the attendance table, totals and the chair's "Mengetahui". */
export function buildDaftarHadir(source: NotulaSource): OfficialDocument {
  const withRank = source.options.attendanceShowsRank;
  const { width, warn, finish } = numberedDocument(source.instansi, withRank ? 'landscape' : 'portrait');
  const facts = meetingFacts(source);

  const printed = source.attendance.map((entry) => printedRow(entry, warn));
  // An even row count keeps the last pair of signature cells whole.
  const blanks = MIN_BLANK_ROWS + ((printed.length + MIN_BLANK_ROWS) % 2);
  const rows = [...printed, ...Array<Printed>(blanks).fill(BLANK)];

  const headers = withRank
    ? ['No', 'Nama / NIP', 'Pangkat/Gol.', 'Jabatan', 'Instansi/Unit Kerja']
    : ['No', 'Nama / NIP', 'Jabatan', 'Instansi/Unit Kerja'];
  // Nama / NIP is wide enough for an unbroken "NIP. 19680204 199103 1 005" at 10 pt; Ket. holds
  // the header whole on A4 and a short note (an SPT number) below the code.
  const percents = withRank ? [4, 20, 11, 15, 16, 12, 12, 10] : [5, 31, 14, 21, 10, 10, 9];
  const header = row([
    ...headers.map((label) => headerCell(label)),
    headerCell('Tanda Tangan', { columnSpan: 2 }),
    headerCell('Ket.'),
  ]);

  const counts = countAttendance(source.attendance);
  const blocks: Block[] = [
    letterheadBlock(source.instansi),
    titleBlock('DAFTAR HADIR', [meetingNameWithKind(source)]),
    attachmentIdentity(source, facts, width, true),
    { kind: 'spacer', height: 120 },
    {
      kind: 'table',
      columnWidths: columnWidths(width, percents),
      headerRows: [header],
      bodyRows: bodyRows(rows, withRank),
    },
    para(`Jumlah: ${daftarHadirTotals(counts)}`, { spaceBefore: 120, keepNext: true }),
    para(attendanceLegend(), { role: 'table', spaceAfter: 240, keepNext: true }),
  ];
  if (source.chair === null) warn('Pimpinan Sidang/Rapat belum dipilih untuk blok "Mengetahui".');
  else {
    const mode = source.instansi.notula.readyForTte ? 'TTE' : 'WET';
    const chair = signatureColumn(
      source.chair,
      ['Mengetahui,', `Pimpinan ${source.meeting.kind}`, signatureJabatanLine(source.chair)],
      mode,
      'Pimpinan Rapat',
      warn,
    );
    blocks.push({ kind: 'signatures', mode, columnWidths: signatureWidths(width), columns: [null, chair] });
  }
  return finish('DAFTAR_HADIR', `Daftar Hadir ${source.meeting.title.trim()}`, blocks);
}
