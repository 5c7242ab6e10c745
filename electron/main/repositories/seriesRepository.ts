import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { SeriesId, TemplateId } from '../../../shared/domain/ids';
import {
  addMonths,
  EMPTY_SERIES_DEFAULTS,
  type Series,
  type SeriesDefaults,
  type SeriesFields,
} from '../../../shared/domain/series';
import { AppError } from '../../../shared/ipc/result';
import { auditorFor } from './auditRepository';
import { assertPeopleExist, assertPersonExists, assertTemplateExists, assertUnitsExist } from './preparationChecks';
import type { WriteContext } from './writeContext';
import { holderOf } from './uniqueFields';

type SeriesRow = {
  id: string;
  title: string;
  cadence_months: number;
  defaults_json: string;
  created_at: number;
  updated_at: number;
  last_date: string | null;
};

/*
 * The last date is one seek to the end of the series in the live meetings' index (migration 0019):
 * named, since the planner may otherwise take meetings_series and read every meeting row of the
 * series. No count of its meetings: nothing showed it, and it walked every index entry of the
 * series on the way to each meeting page (0.20 -> 0.68 ms from 3,000 to 21,000 meetings, issue 17).
 */
const SELECT = `SELECT s.id, s.title, s.cadence_months, s.defaults_json, s.created_at, s.updated_at,
    (SELECT max(m.date) FROM meetings m INDEXED BY meetings_series_live
      WHERE m.series_id = s.id AND m.deleted_at IS NULL) AS last_date
  FROM series s`;

/** 0001 created series with defaults '{}'; missing keys take the empty defaults. */
function parseDefaults(json: string): SeriesDefaults {
  const parsed = JSON.parse(json) as Partial<SeriesDefaults>;
  return { ...EMPTY_SERIES_DEFAULTS, ...parsed };
}

function templateNames(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT id, name FROM agenda_templates WHERE deleted_at IS NULL').all() as Array<{
    id: string;
    name: string;
  }>;
  return new Map(rows.map((row) => [row.id, row.name]));
}

function toSeries(row: SeriesRow, names: Map<string, string>): Series {
  const defaults = parseDefaults(row.defaults_json);
  // A deleted template no longer applies: the series then starts meetings with an empty agenda.
  const templateName = defaults.templateId === null ? null : (names.get(defaults.templateId) ?? null);
  return {
    id: row.id as SeriesId,
    title: row.title,
    cadenceMonths: row.cadence_months,
    defaults: { ...defaults, templateId: templateName === null ? null : defaults.templateId },
    templateName,
    lastMeetingDate: row.last_date,
    suggestedNextDate: row.last_date === null ? null : addMonths(row.last_date, row.cadence_months),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listSeries(db: Db): ReadonlyArray<Series> {
  const rows = db.prepare(`${SELECT} WHERE s.deleted_at IS NULL ORDER BY s.title COLLATE NOCASE`).all() as SeriesRow[];
  const names = templateNames(db);
  return rows.map((row) => toSeries(row, names));
}

export function getSeries(db: Db, id: SeriesId): Series {
  const row = db.prepare(`${SELECT} WHERE s.id = ? AND s.deleted_at IS NULL`).get(id) as SeriesRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Rapat berkala tidak ditemukan; mungkin sudah dihapus.');
  return toSeries(row, templateNames(db));
}

/** Every id in the defaults must exist now; a refused call changes nothing. */
function checkDefaults(db: Db, defaults: SeriesDefaults): void {
  if (defaults.templateId !== null) assertTemplateExists(db, defaults.templateId as TemplateId);
  if (defaults.chair.personId !== null) assertPersonExists(db, defaults.chair.personId, 'sebagai Ketua');
  if (defaults.secretary.personId !== null) assertPersonExists(db, defaults.secretary.personId, 'sebagai Sekretaris');
  if (defaults.notulis.personId !== null) assertPersonExists(db, defaults.notulis.personId, 'sebagai Notulis');
  assertUnitsExist(db, defaults.inviteUnitIds);
  assertPeopleExist(db, defaults.invitePersonIds);
}

function storedDefaults(defaults: SeriesDefaults): string {
  const role = (r: SeriesDefaults['chair']) => ({ personId: r.personId, acting: r.personId === null ? '' : r.acting });
  return JSON.stringify({
    templateId: defaults.templateId,
    chair: role(defaults.chair),
    secretary: role(defaults.secretary),
    notulis: role(defaults.notulis),
    inviteUnitIds: [...new Set(defaults.inviteUnitIds)],
    invitePersonIds: [...new Set(defaults.invitePersonIds)],
  });
}

function assertTitleFree(db: Db, title: string, exceptId: SeriesId | null): void {
  if (holderOf(db, 'seriesTitle', title, exceptId) !== null)
    throw new AppError('CONFLICT', `Rapat berkala "${title}" sudah ada; pilih nama lain.`);
}

const audit = auditorFor('series');

export function createSeries(db: Db, input: SeriesFields, ctx: WriteContext): Series {
  return db.transaction(() => {
    checkDefaults(db, input.defaults);
    assertTitleFree(db, input.title, null);
    const id = randomUUID() as SeriesId;
    db.prepare(
      'INSERT INTO series (id, title, cadence_months, defaults_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(id, input.title, input.cadenceMonths, storedDefaults(input.defaults), ctx.now, ctx.now);
    const created = getSeries(db, id);
    audit(db, ctx, { id }, 'create', undefined, created);
    return created;
  })();
}

export function updateSeries(db: Db, input: SeriesFields & { id: SeriesId }, ctx: WriteContext): Series {
  return db.transaction(() => {
    const before = getSeries(db, input.id);
    checkDefaults(db, input.defaults);
    assertTitleFree(db, input.title, input.id);
    db.prepare('UPDATE series SET title = ?, cadence_months = ?, defaults_json = ?, updated_at = ? WHERE id = ?').run(
      input.title,
      input.cadenceMonths,
      storedDefaults(input.defaults),
      ctx.now,
      input.id,
    );
    const after = getSeries(db, input.id);
    audit(db, ctx, after, 'update', before, after);
    return after;
  })();
}
