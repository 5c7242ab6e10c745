import type { Db } from '../db/connection';
import { findPersonEvenDeleted } from './peopleRepository';
import type { ActingPrefix } from '../../../shared/domain/commitment';
import type { MeetingId, PersonId, SeriesId } from '../../../shared/domain/ids';
import type {
  MeetingDetail,
  MeetingIdentityFields,
  MeetingOfficial,
  MeetingStatus,
  RoleAssignment,
  UpdateMeetingIdentity,
} from '../../../shared/domain/meeting';
import { AppError } from '../../../shared/ipc/result';
import { fieldKeys, pickFields } from '../../../shared/records/fieldRegistry';
import { MEETING_FIELDS } from '../../../shared/records/meetingFields';
import { assignFields, selectFields } from './fieldSql';
import { recordAudit } from './auditRepository';
import { auditBase } from './meetingsRepository';
import { assertMeetingEditable, assertPersonExists } from './preparationChecks';
import { roleColumns, type RoleColumns } from './meetingRoleColumns';
import type { WriteContext } from './writeContext';

const FIELDS = fieldKeys(MEETING_FIELDS);

/* The registry's fields come back under their own names; the role holders and bookkeeping by column. */
type DetailRow = MeetingIdentityFields &
  RoleColumns & {
    id: string;
    series_id: string | null;
    series_title: string | null;
    status: string;
    created_at: number;
    updated_at: number;
  };

/** Role holders stay readable after a soft delete of the person: the meeting still names them. */
function official(db: Db, personId: string | null, acting: string): MeetingOfficial | null {
  if (personId === null) return null;
  // The people table's one codec (peopleRepository).
  const person = findPersonEvenDeleted(db, personId as PersonId);
  if (person === null) return null;
  const { name, nip, rankCode, position, unitId, unitName, isPolitical } = person;
  return {
    personId: person.id,
    acting: acting as ActingPrefix,
    name,
    nip,
    rankCode,
    position,
    unitId,
    unitName,
    isPolitical,
  };
}

export function getMeetingDetail(db: Db, id: MeetingId): MeetingDetail {
  const row = db
    .prepare(
      `SELECT m.id, m.series_id, s.title AS series_title, ${selectFields(FIELDS, 'm')}, ${roleColumns('m')},
         m.status, m.created_at, m.updated_at
       FROM meetings m LEFT JOIN series s ON s.id = m.series_id AND s.deleted_at IS NULL
       WHERE m.id = ? AND m.deleted_at IS NULL`,
    )
    .get(id) as DetailRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Rapat tidak ditemukan; mungkin sudah dihapus.');
  return {
    id: row.id as MeetingId,
    seriesId: row.series_id as SeriesId | null,
    seriesTitle: row.series_title,
    ...pickFields(row, FIELDS),
    chair: official(db, row.chair_person_id, row.chair_acting),
    secretary: official(db, row.secretary_person_id, row.secretary_acting),
    notulis: official(db, row.notulis_person_id, row.notulis_acting),
    status: row.status as MeetingStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** An acting prefix means nothing without a person, so it is dropped with the person. */
function roleParams(role: RoleAssignment): [string | null, string] {
  return [role.personId, role.personId === null ? '' : role.acting];
}

/**
 * Replaces the identity block (the Persiapan form saves it whole). The schema has
 * checked times and prefixes; here every chosen person must exist in the master data.
 */
export function updateMeetingIdentity(db: Db, input: UpdateMeetingIdentity, ctx: WriteContext): MeetingDetail {
  return db.transaction(() => {
    assertMeetingEditable(db, input.id);
    const roles: ReadonlyArray<[RoleAssignment, string]> = [
      [input.chair, 'sebagai Ketua'],
      [input.secretary, 'sebagai Sekretaris'],
      [input.notulis, 'sebagai Notulis'],
    ];
    for (const [role, label] of roles) if (role.personId !== null) assertPersonExists(db, role.personId, label);
    const before = getMeetingDetail(db, input.id);
    const [chair, chairActing] = roleParams(input.chair);
    const [secretary, secretaryActing] = roleParams(input.secretary);
    const [notulis, notulisActing] = roleParams(input.notulis);
    db.prepare(
      `UPDATE meetings SET ${assignFields(FIELDS)}, chair_person_id = @chair, chair_acting = @chairActing,
         secretary_person_id = @secretary, secretary_acting = @secretaryActing, notulis_person_id = @notulis,
         notulis_acting = @notulisActing, updated_at = @now
       WHERE id = @id`,
    ).run({
      ...pickFields(input, FIELDS),
      chair,
      chairActing,
      secretary,
      secretaryActing,
      notulis,
      notulisActing,
      now: ctx.now,
      id: input.id,
    });
    const after = getMeetingDetail(db, input.id);
    recordAudit(db, { ...auditBase(ctx, input.id), operation: 'update', before, after });
    return after;
  })();
}
