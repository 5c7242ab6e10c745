import type { Db } from '../db/connection';
import { representativeOf } from './attendanceRepository';
import { roleColumns, type RoleColumns } from './meetingRoleColumns';
import { carryOverEntries } from '../../../shared/document/carryOverEntries';
import { readCarryOver } from './carryOverRepository';
import type { AttendanceStatus } from '../../../shared/domain/attendance';
import type { MeetingId, PersonId } from '../../../shared/domain/ids';
import type { MeetingSifat } from '../../../shared/domain/meeting';
import {
  TIME_ZONES,
  type IndonesianTimeZone,
  type InstansiProfile,
  type PaperSize,
} from '../../../shared/domain/instansi';
import { rankLabel } from '../../../shared/domain/ranks';
import { signerPersonOf } from '../../../shared/document/signerOffice';
import { findPersonEvenDeleted } from './peopleRepository';
import {
  DEFAULT_DOCUMENT_OPTIONS,
  type AgendaEntry,
  type AttendanceEntry,
  type DiscussionEntry,
  type DocumentOptions,
  type MinutesContent,
  type NotulaSource,
  type SignerPerson,
} from '../../../shared/document/source';
import { tiptapToRichBlocks } from '../../../shared/document/tiptap';
import { AppError } from '../../../shared/ipc/result';
import { commitmentsOf } from './documentCommitmentsRepository';
import { getInstansi } from './settingsRepository';
import { pickFields, printedKeys, type PrintedFields } from '../../../shared/records/fieldRegistry';
import { MEETING_FIELDS } from '../../../shared/records/meetingFields';
import { selectFields } from './fieldSql';

/* Identity fields the registry marks as printed travel to the documents as stored, under their own names. */
const PRINTED = printedKeys(MEETING_FIELDS);
const PRINTED_COLUMNS = PRINTED.length === 0 ? '' : `, ${selectFields(PRINTED)}`;

/*
 * Read-only: everything the official documents print about one meeting, as the plain
 * NotulaSource the builders take. It reads the tables directly (one query per part) rather
 * than through the screens' repositories, whose shapes serve the screens and change with them.
 */

export type SourceOptions = Readonly<{
  /** Overrides the instansi's paper for this document. */
  paper?: PaperSize;
  /** Overrides the instansi's "siap TTE" switch. */
  readyForTte?: boolean;
  /** Day the Matriks marks overdue items on; null skips the check. */
  asOf?: string | null;
  participants?: DocumentOptions['participants'];
  attendanceShowsRank?: boolean;
}>;

type MeetingRow = PrintedFields<typeof MEETING_FIELDS> & {
  kind: string;
  sifat: string;
  title: string;
  date: string;
  call_time: string | null;
  start_time: string | null;
  end_time: string | null;
  time_zone: string;
  place: string;
  invitation_number: string;
  invitation_date: string | null;
} & RoleColumns;

/** A stored zone the documents know, else the instansi's (null in the source means that). */
function knownZone(zone: string): IndonesianTimeZone | null {
  return Object.hasOwn(TIME_ZONES, zone) ? (zone as IndonesianTimeZone) : null;
}

/** A role holder as a signer; a soft-deleted person still signs the meeting they held a role in. */
function signer(db: Db, personId: string | null, acting: string): SignerPerson | null {
  if (personId === null) return null;
  // The people codec and the one signer rule (shared/document/signerOffice.ts).
  const person = findPersonEvenDeleted(db, personId as PersonId);
  return person === null ? null : signerPersonOf(person, acting);
}

type AgendaRow = {
  id: string;
  title: string;
  presenter_text: string;
  presenter_position: string | null;
  presenter_name: string | null;
};

/** Free text first; else the presenter's jabatan ("oleh Kepala Dinas Kesehatan"), else the name. */
function agendaOf(db: Db, meetingId: MeetingId): AgendaRow[] {
  return db
    .prepare(
      `SELECT a.id, a.title, a.presenter_text, p.position AS presenter_position, p.name AS presenter_name
       FROM agenda_items a LEFT JOIN people p ON p.id = a.presenter_person_id
       WHERE a.meeting_id = ? ORDER BY a.position, a.created_at`,
    )
    .all(meetingId) as AgendaRow[];
}

function presenterOf(row: AgendaRow): string {
  if (row.presenter_text.trim() !== '') return row.presenter_text.trim();
  return (row.presenter_position ?? '').trim() || (row.presenter_name ?? '').trim();
}

type AttendanceRow = {
  status: string;
  guest_name: string;
  guest_position: string;
  guest_agency: string;
  representative_name: string;
  representative_nip: string;
  representative_position: string;
  note: string;
  arrival_time: string | null;
  person_id: string | null;
  person_name: string | null;
  person_nip: string | null;
  person_rank: string | null;
  person_position: string | null;
  row_unit: string | null;
  person_unit: string | null;
};

/*
 * A unit invited before its head is known prints "Pimpinan <unit>" as the seat, so the
 * daftar hadir has a jabatan to sign against and "mewakili …" names whom a deputy stood for.
 */
function attendanceOf(db: Db, meetingId: MeetingId): AttendanceEntry[] {
  const rows = db
    .prepare(
      `SELECT a.status, a.guest_name, a.guest_position, a.guest_agency, a.representative_name, a.representative_nip,
         a.representative_position, a.note, a.arrival_time, a.person_id, p.name AS person_name, p.nip AS person_nip,
         p.rank_code AS person_rank, p.position AS person_position, u.name AS row_unit, pu.name AS person_unit
       FROM attendance a
       LEFT JOIN people p ON p.id = a.person_id
       LEFT JOIN units u ON u.id = a.unit_id
       LEFT JOIN units pu ON pu.id = p.unit_id
       WHERE a.meeting_id = ? ORDER BY a.position, a.created_at`,
    )
    .all(meetingId) as AttendanceRow[];
  return rows.map((row) => {
    const status = row.status as AttendanceStatus;
    const unit = row.row_unit ?? row.person_unit ?? row.guest_agency;
    const name = row.person_name ?? row.guest_name;
    const position = row.person_position ?? row.guest_position;
    const seat =
      position.trim() === '' && name.trim() === '' && row.row_unit !== null ? `Pimpinan ${row.row_unit}` : position;
    return {
      name,
      nip: row.person_id === null ? null : row.person_nip,
      rankLabel: rankLabel(row.person_rank) || null,
      position: seat,
      unit,
      status,
      representative: representativeOf(row),
      arrivalTime: row.arrival_time,
      note: row.note,
    };
  });
}

type SectionRow = { kind: string; agenda_item_id: string | null; content_json: string };

function blocksOf(json: string) {
  try {
    return tiptapToRichBlocks(JSON.parse(json) as unknown);
  } catch {
    // A damaged cell prints as an empty section (the builders print "-") rather than failing the export.
    return [];
  }
}

/**
 * The sections in print order: one Pembahasan per agenda item in agenda order (empty when
 * nothing was typed yet), then any Pembahasan whose agenda item was removed but which kept
 * its words, under "Lain-lain" (the rakor template's catch-all item).
 */
function minutesOf(db: Db, meetingId: MeetingId, agenda: ReadonlyArray<AgendaRow>): MinutesContent {
  const rows = db
    .prepare(
      'SELECT kind, agenda_item_id, content_json FROM minute_sections WHERE meeting_id = ? ORDER BY position, created_at',
    )
    .all(meetingId) as SectionRow[];
  const fixed = (kind: string) => blocksOf(rows.find((row) => row.kind === kind)?.content_json ?? 'null');
  const byItem = new Map(
    rows.filter((row) => row.agenda_item_id !== null).map((row) => [row.agenda_item_id, row.content_json]),
  );
  const listed = new Set(agenda.map((item) => item.id));
  const discussions: DiscussionEntry[] = agenda.map((item) => ({
    agendaTitle: item.title,
    blocks: blocksOf(byItem.get(item.id) ?? 'null'),
  }));
  for (const row of rows) {
    if (row.kind !== 'DISCUSSION' || (row.agenda_item_id !== null && listed.has(row.agenda_item_id))) continue;
    const blocks = blocksOf(row.content_json);
    if (blocks.length > 0) discussions.push({ agendaTitle: 'Lain-lain', blocks });
  }
  return { opening: fixed('OPENING'), discussions, conclusions: fixed('CONCLUSION'), closing: fixed('CLOSING') };
}

function decisionsOf(db: Db, meetingId: MeetingId): string[] {
  const rows = db
    .prepare('SELECT text FROM decisions WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position, created_at')
    .all(meetingId) as Array<{ text: string }>;
  return rows.map((row) => row.text);
}

/** The instansi profile with this document's paper and "siap TTE" choices applied. */
export function instansiFor(db: Db, options: SourceOptions): InstansiProfile {
  const instansi = getInstansi(db);
  return {
    ...instansi,
    paper: options.paper ?? instansi.paper,
    notula: { ...instansi.notula, readyForTte: options.readyForTte ?? instansi.notula.readyForTte },
  };
}

/** Everything the Notula, Daftar Hadir and Matriks Tindak Lanjut of a meeting print. */
export function loadNotulaSource(db: Db, meetingId: MeetingId, options: SourceOptions = {}): NotulaSource {
  const meeting = db
    .prepare(
      `SELECT kind, title, date, call_time, start_time, end_time, time_zone, place, invitation_number, invitation_date, sifat,
         ${roleColumns()} ${PRINTED_COLUMNS}
       FROM meetings WHERE id = ? AND deleted_at IS NULL`,
    )
    .get(meetingId) as MeetingRow | undefined;
  if (!meeting) throw new AppError('NOT_FOUND', 'Rapat tidak ditemukan; mungkin sudah dihapus.');
  const agenda = agendaOf(db, meetingId);
  return {
    instansi: instansiFor(db, options),
    meeting: {
      kind: meeting.kind === 'Sidang' ? 'Sidang' : 'Rapat',
      title: meeting.title,
      date: meeting.date,
      callTime: meeting.call_time,
      startTime: meeting.start_time,
      endTime: meeting.end_time,
      timeZone: knownZone(meeting.time_zone),
      place: meeting.place,
      invitationNumber: meeting.invitation_number.trim(),
      invitationDate: meeting.invitation_date,
      sifat: meeting.sifat as MeetingSifat,
      ...pickFields(meeting, PRINTED),
    },
    agenda: agenda.map((row): AgendaEntry => ({ title: row.title, presenter: presenterOf(row) })),
    chair: signer(db, meeting.chair_person_id, meeting.chair_acting),
    secretary: signer(db, meeting.secretary_person_id, meeting.secretary_acting),
    notulis: signer(db, meeting.notulis_person_id, meeting.notulis_acting),
    attendance: attendanceOf(db, meetingId),
    minutes: minutesOf(db, meetingId, agenda),
    decisions: decisionsOf(db, meetingId),
    commitments: commitmentsOf(db, meetingId),
    // Live until the first approval, then as frozen at it (carryOverRepository).
    carryOver: carryOverEntries(readCarryOver(db, meetingId).items),
    options: documentOptions(options),
  };
}

export function documentOptions(options: SourceOptions): DocumentOptions {
  return {
    participants: options.participants ?? DEFAULT_DOCUMENT_OPTIONS.participants,
    attendanceShowsRank: options.attendanceShowsRank ?? DEFAULT_DOCUMENT_OPTIONS.attendanceShowsRank,
    asOf: options.asOf ?? null,
  };
}
