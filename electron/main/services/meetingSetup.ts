import { getInstansi } from '../repositories/settingsRepository';
import type { Db } from '../db/connection';
import { formatLongDate } from '../../../shared/domain/dates';
import type { SeriesId, TemplateId } from '../../../shared/domain/ids';
import type { MeetingSummary, NewMeeting, RoleAssignment } from '../../../shared/domain/meeting';
import type { Series } from '../../../shared/domain/series';
import { AppError } from '../../../shared/ipc/result';
import { appendTemplateItems } from '../repositories/agendaRepository';
import { inviteInto } from '../repositories/attendanceRepository';
import { alignSections } from '../repositories/minuteSectionsSync';
import {
  auditMeetingCreated,
  insertMeetingRow,
  lastMeetingOfSeries,
  NO_ROLE,
  type SeriesMeetingFacts,
} from '../repositories/meetingsRepository';
import { assertTemplateExists, existingPersonIds, existingUnitIds } from '../repositories/preparationChecks';
import { getSeries } from '../repositories/seriesRepository';
import type { WriteContext } from '../repositories/writeContext';

/*
 * A new meeting made ready in one transaction: the row, its agenda from a template,
 * and a series' roles and invitees. Either all of it exists afterwards or none.
 */

/** A default naming someone deleted since falls back to "not chosen" instead of refusing the meeting. */
function liveRole(db: Db, role: RoleAssignment): RoleAssignment {
  if (role.personId === null) return NO_ROLE;
  return existingPersonIds(db, [role.personId]).length === 1 ? role : NO_ROLE;
}

function prepare(
  db: Db,
  base: { title: string; date: string; place: string },
  series: Series | null,
  templateId: TemplateId | null,
  last: SeriesMeetingFacts | null,
  ctx: WriteContext,
): MeetingSummary {
  if (templateId !== null) assertTemplateExists(db, templateId);
  const id = insertMeetingRow(
    db,
    {
      ...base,
      seriesId: series?.id ?? null,
      callTime: last?.callTime ?? null,
      startTime: last?.startTime ?? null,
      // A new series or a plain meeting takes the office's own zone (WIB/WITA/WIT).
      timeZone: last?.timeZone ?? getInstansi(db).timeZone,
      chair: series ? liveRole(db, series.defaults.chair) : NO_ROLE,
      secretary: series ? liveRole(db, series.defaults.secretary) : NO_ROLE,
      notulis: series ? liveRole(db, series.defaults.notulis) : NO_ROLE,
    },
    ctx,
  );
  if (templateId !== null) appendTemplateItems(db, id, templateId, ctx);
  if (series) {
    const units = existingUnitIds(db, series.defaults.inviteUnitIds);
    const people = existingPersonIds(db, series.defaults.invitePersonIds);
    if (units.length + people.length > 0) inviteInto(db, id, units, people, ctx);
  }
  // The Notula's sections follow the agenda just made, so reading the minutes never writes.
  alignSections(db, id, ctx);
  return auditMeetingCreated(db, id, ctx);
}

/** "Rapat baru": optionally from a template, optionally as a meeting of a series (taking its defaults). */
export function createPreparedMeeting(db: Db, input: NewMeeting, ctx: WriteContext): MeetingSummary {
  return db.transaction(() => {
    const series = input.seriesId ? getSeries(db, input.seriesId) : null;
    const templateId = input.templateId ?? series?.defaults.templateId ?? null;
    return prepare(db, { title: input.title, date: input.date, place: input.place }, series, templateId, null, ctx);
  })();
}

/**
 * "Rapat berikutnya": the series' next meeting, by default on the last meeting's date
 * plus the cadence, in the same room and at the same hours as the last one.
 */
export function createNextMeeting(
  db: Db,
  input: { seriesId: SeriesId; date?: string },
  ctx: WriteContext,
): MeetingSummary {
  return db.transaction(() => {
    const series = getSeries(db, input.seriesId);
    const last = lastMeetingOfSeries(db, series.id);
    const date = input.date ?? series.suggestedNextDate;
    if (date === null) {
      throw new AppError('INVALID_INPUT', 'Rapat berkala ini belum memiliki rapat; isi tanggal rapat berikutnya.');
    }
    if (last !== null && date <= last.date) {
      throw new AppError(
        'INVALID_INPUT',
        `Tanggal rapat berikutnya harus sesudah rapat terakhir (${formatLongDate(last.date)}).`,
      );
    }
    return prepare(
      db,
      { title: series.title, date, place: last?.place ?? '' },
      series,
      series.defaults.templateId,
      last,
      ctx,
    );
  })();
}
