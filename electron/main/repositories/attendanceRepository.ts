import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import { countsAsPresent, type AttendanceStatus } from '../../../shared/domain/attendance';
import {
  attendanceTotals,
  isUnitHeadPosition,
  type Attendee,
  type AttendanceList,
  type Representative,
} from '../../../shared/domain/attendee';
import type { AttendanceId, MeetingId, PersonId, UnitId } from '../../../shared/domain/ids';
import type { InviteResult } from '../../../shared/ipc/attendanceContract';
import { AppError } from '../../../shared/ipc/result';
import { arrivalIfToday } from './attendanceArrival';
import { auditorFor } from './auditRepository';
import { listPeople } from './peopleRepository';
import { assertMeetingEditable, assertPeopleExist, assertUnitsExist } from './preparationChecks';
import type { WriteContext } from './writeContext';
import { nextPosition } from './meetingPosition';

type AttendanceRow = {
  id: string;
  meeting_id: string;
  person_id: string | null;
  unit_id: string | null;
  guest_name: string;
  guest_position: string;
  guest_agency: string;
  status: string;
  representative_name: string;
  representative_nip: string;
  representative_position: string;
  note: string;
  arrival_time: string | null;
  position: number;
  created_at: number;
  updated_at: number;
  person_name: string | null;
  person_nip: string | null;
  person_position: string | null;
  person_unit: string | null;
  unit_name: string | null;
};

const SELECT = `SELECT a.*, p.name AS person_name, p.nip AS person_nip, p.position AS person_position,
    pu.name AS person_unit, u.name AS unit_name
  FROM attendance a
  LEFT JOIN people p ON p.id = a.person_id
  LEFT JOIN units pu ON pu.id = p.unit_id
  LEFT JOIN units u ON u.id = a.unit_id`;

type RepresentativeColumns = Pick<
  AttendanceRow,
  'status' | 'representative_name' | 'representative_nip' | 'representative_position'
>;

/** Who stood in: read only for DIWAKILI (another status keeps no representative, whatever the columns hold). */
export function representativeOf(row: RepresentativeColumns): Representative | null {
  return row.status === 'DIWAKILI'
    ? { name: row.representative_name, nip: row.representative_nip, position: row.representative_position }
    : null;
}

function toAttendee(row: AttendanceRow): Attendee {
  const status = row.status as AttendanceStatus;
  return {
    id: row.id as AttendanceId,
    meetingId: row.meeting_id as MeetingId,
    // A unit row keeps unit_id even when its head is known; a person invited by name has none.
    kind: row.unit_id !== null ? 'UNIT' : row.person_id !== null ? 'PERSON' : 'GUEST',
    personId: row.person_id as PersonId | null,
    unitId: row.unit_id as UnitId | null,
    name: row.person_name ?? row.guest_name,
    nip: row.person_nip,
    position: row.person_position ?? row.guest_position,
    agency: row.unit_name ?? row.person_unit ?? row.guest_agency,
    status,
    representative: representativeOf(row),
    arrivalTime: row.arrival_time,
    note: row.note,
    order: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listAttendance(db: Db, meetingId: MeetingId): AttendanceList {
  const rows = db
    .prepare(`${SELECT} WHERE a.meeting_id = ? ORDER BY a.position, a.created_at`)
    .all(meetingId) as AttendanceRow[];
  const attendees = rows.map(toAttendee);
  return { meetingId, attendees, totals: attendanceTotals(attendees.map((a) => a.status)) };
}

function getAttendee(db: Db, id: AttendanceId): Attendee {
  const row = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as AttendanceRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Peserta tidak ditemukan; mungkin sudah dihapus dari daftar.');
  return toAttendee(row);
}

const audit = auditorFor('attendance');

type NewRow = Readonly<{
  personId: PersonId | null;
  unitId: UnitId | null;
  guest?: { name: string; position: string; agency: string };
  status: AttendanceStatus;
}>;

function insertRow(db: Db, meetingId: MeetingId, row: NewRow, ctx: WriteContext): AttendanceId {
  const next = nextPosition(db, 'attendance', meetingId);
  const id = randomUUID() as AttendanceId;
  db.prepare(
    `INSERT INTO attendance (id, meeting_id, person_id, unit_id, guest_name, guest_position, guest_agency, status, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    meetingId,
    row.personId,
    row.unitId,
    row.guest?.name ?? '',
    row.guest?.position ?? '',
    row.guest?.agency ?? '',
    row.status,
    next,
    ctx.now,
    ctx.now,
  );
  audit(db, ctx, { id, meetingId }, 'create', undefined, getAttendee(db, id));
  return id;
}

/** The unit's head by jabatan (Kepala …, Inspektur, Camat, Sekretaris Daerah), or null when none is recorded. */
function unitHead(db: Db, unitId: UnitId): PersonId | null {
  return (
    listPeople(db, { unitId }).find((person) => !person.isPolitical && isUnitHeadPosition(person.position))?.id ?? null
  );
}

/**
 * Invites inside the caller's transaction (the series service reuses it). Units and
 * people already on the list are skipped, so inviting twice never doubles a row.
 */
export function inviteInto(
  db: Db,
  meetingId: MeetingId,
  unitIds: ReadonlyArray<UnitId>,
  personIds: ReadonlyArray<PersonId>,
  ctx: WriteContext,
): { added: number; skipped: number } {
  assertUnitsExist(db, unitIds);
  assertPeopleExist(db, personIds);
  const rows = db.prepare('SELECT person_id, unit_id FROM attendance WHERE meeting_id = ?').all(meetingId) as Array<{
    person_id: string | null;
    unit_id: string | null;
  }>;
  const units = new Set(rows.map((r) => r.unit_id).filter((id) => id !== null));
  const people = new Set(rows.map((r) => r.person_id).filter((id) => id !== null));
  let added = 0;
  let skipped = 0;
  for (const unitId of new Set(unitIds)) {
    const head = unitHead(db, unitId);
    if (units.has(unitId) || (head !== null && people.has(head))) {
      skipped += 1;
      continue;
    }
    insertRow(db, meetingId, { personId: head, unitId, status: 'DIUNDANG' }, ctx);
    units.add(unitId);
    if (head !== null) people.add(head);
    added += 1;
  }
  for (const personId of new Set(personIds)) {
    if (people.has(personId)) {
      skipped += 1;
      continue;
    }
    insertRow(db, meetingId, { personId, unitId: null, status: 'DIUNDANG' }, ctx);
    people.add(personId);
    added += 1;
  }
  return { added, skipped };
}

export function inviteAttendees(
  db: Db,
  input: { meetingId: MeetingId; unitIds: ReadonlyArray<UnitId>; personIds: ReadonlyArray<PersonId> },
  ctx: WriteContext,
): InviteResult {
  return db.transaction(() => {
    assertMeetingEditable(db, input.meetingId);
    const counts = inviteInto(db, input.meetingId, input.unitIds, input.personIds, ctx);
    return { ...listAttendance(db, input.meetingId), ...counts };
  })();
}

export function addGuest(
  db: Db,
  input: { meetingId: MeetingId; name: string; position: string; agency: string; status: AttendanceStatus },
  ctx: WriteContext,
): AttendanceList {
  return db.transaction(() => {
    assertMeetingEditable(db, input.meetingId);
    insertRow(db, input.meetingId, { personId: null, unitId: null, guest: input, status: input.status }, ctx);
    return listAttendance(db, input.meetingId);
  })();
}

/** Changes one row inside a transaction after the meeting check, auditing before and after. */
function changeRow(db: Db, id: AttendanceId, ctx: WriteContext, change: (before: Attendee) => void): AttendanceList {
  return db.transaction(() => {
    const before = getAttendee(db, id);
    assertMeetingEditable(db, before.meetingId);
    change(before);
    audit(db, ctx, before, 'update', before, getAttendee(db, id));
    return listAttendance(db, before.meetingId);
  })();
}

/**
 * DIWAKILI stores the representative; every other status clears it, and an absence clears the
 * arrival time. A row that becomes present without a time gets now on the meeting's day.
 */
export function setAttendanceStatus(
  db: Db,
  input: { id: AttendanceId; status: AttendanceStatus; representative: Representative | null; note: string },
  ctx: WriteContext,
): AttendanceList {
  return changeRow(db, input.id, ctx, (before) => {
    if (before.kind === 'GUEST' && input.status === 'DIWAKILI') {
      throw new AppError(
        'INVALID_INPUT',
        'Tamu dicatat atas namanya sendiri; status Diwakili hanya untuk pejabat undangan.',
      );
    }
    const rep = input.status === 'DIWAKILI' ? input.representative : null;
    const present = countsAsPresent(input.status);
    const arrives = present && !countsAsPresent(before.status) ? arrivalIfToday(db, before.meetingId, ctx.now) : null;
    db.prepare(
      `UPDATE attendance SET status = ?, representative_name = ?, representative_nip = ?, representative_position = ?,
         note = ?, arrival_time = CASE WHEN ? = 1 THEN coalesce(arrival_time, ?) ELSE NULL END, updated_at = ? WHERE id = ?`,
    ).run(
      input.status,
      rep?.name ?? '',
      rep?.nip ?? '',
      rep?.position ?? '',
      input.note,
      present ? 1 : 0,
      arrives,
      ctx.now,
      input.id,
    );
  });
}

/** An arrival time means someone came: a row not yet counted present becomes Hadir. */
export function setArrivalTime(
  db: Db,
  id: AttendanceId,
  arrivalTime: string | null,
  ctx: WriteContext,
): AttendanceList {
  return changeRow(db, id, ctx, (before) => {
    const becomesPresent = arrivalTime !== null && !countsAsPresent(before.status);
    db.prepare(
      `UPDATE attendance SET arrival_time = ?, status = CASE WHEN ? = 1 THEN 'HADIR' ELSE status END, updated_at = ? WHERE id = ?`,
    ).run(arrivalTime, becomesPresent ? 1 : 0, ctx.now, id);
  });
}

export function removeAttendee(db: Db, id: AttendanceId, ctx: WriteContext): AttendanceList {
  return db.transaction(() => {
    const before = getAttendee(db, id);
    assertMeetingEditable(db, before.meetingId);
    db.prepare('DELETE FROM attendance WHERE id = ?').run(id);
    db.prepare('UPDATE attendance SET position = position - 1 WHERE meeting_id = ? AND position > ?').run(
      before.meetingId,
      before.order,
    );
    audit(db, ctx, before, 'delete', before, undefined);
    return listAttendance(db, before.meetingId);
  })();
}
