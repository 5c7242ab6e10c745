import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { AgendaItem, AgendaItemFields } from '../../../shared/domain/agenda';
import type { AgendaItemId, MeetingId, TemplateId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/ipc/result';
import { auditorFor, recordAudit } from './auditRepository';
import { alignSections } from './minuteSectionsSync';
import { assertMeetingEditable, assertPersonExists, assertTemplateExists } from './preparationChecks';
import type { WriteContext } from './writeContext';

/** An item under AgendaItem's field names, with the presenter's name from the master data beside it. */
type ItemRow = Omit<AgendaItem, 'presenter'> & { presenterName: string | null };

function toItem({ presenterName, ...item }: ItemRow): AgendaItem {
  // Free text wins: "Kepala Dinas Kesehatan" reads better in the Acara than a bare name.
  return { ...item, presenter: item.presenterText !== '' ? item.presenterText : (presenterName ?? '') };
}

export function listAgenda(db: Db, meetingId: MeetingId): ReadonlyArray<AgendaItem> {
  const rows = db
    .prepare(
      `SELECT a.id, a.meeting_id AS meetingId, a.position, a.title, a.presenter_person_id AS presenterPersonId,
         p.name AS presenterName, a.presenter_text AS presenterText, a.planned_minutes AS plannedMinutes,
         a.created_at AS createdAt, a.updated_at AS updatedAt
       FROM agenda_items a LEFT JOIN people p ON p.id = a.presenter_person_id
       WHERE a.meeting_id = ? ORDER BY a.position, a.created_at`,
    )
    .all(meetingId) as ItemRow[];
  return rows.map(toItem);
}

function getItem(db: Db, id: AgendaItemId): AgendaItem {
  const row = db.prepare('SELECT meeting_id FROM agenda_items WHERE id = ?').get(id) as
    { meeting_id: string } | undefined;
  const item = row ? listAgenda(db, row.meeting_id as MeetingId).find((i) => i.id === id) : undefined;
  if (!item) throw new AppError('NOT_FOUND', 'Acara tidak ditemukan; mungkin sudah dihapus.');
  return item;
}

const audit = auditorFor('agenda_item');

function checkPresenter(db: Db, fields: AgendaItemFields): void {
  if (fields.presenterPersonId !== null) assertPersonExists(db, fields.presenterPersonId, 'sebagai penyaji');
}

/** Inserts without a transaction of its own; positions from `position` on move down one place. */
function insertItem(
  db: Db,
  meetingId: MeetingId,
  fields: AgendaItemFields,
  position: number | undefined,
  ctx: WriteContext,
): AgendaItemId {
  const count = (
    db.prepare('SELECT count(*) AS n FROM agenda_items WHERE meeting_id = ?').get(meetingId) as { n: number }
  ).n;
  const at = position === undefined ? count + 1 : Math.min(position, count + 1);
  db.prepare(
    'UPDATE agenda_items SET position = position + 1, updated_at = ? WHERE meeting_id = ? AND position >= ?',
  ).run(ctx.now, meetingId, at);
  const id = randomUUID() as AgendaItemId;
  db.prepare(
    `INSERT INTO agenda_items (id, meeting_id, position, title, presenter_person_id, presenter_text, planned_minutes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    meetingId,
    at,
    fields.title,
    fields.presenterPersonId,
    fields.presenterText,
    fields.plannedMinutes,
    ctx.now,
    ctx.now,
  );
  return id;
}

export function addAgendaItem(
  db: Db,
  input: AgendaItemFields & { meetingId: MeetingId; position?: number },
  ctx: WriteContext,
): ReadonlyArray<AgendaItem> {
  return db.transaction(() => {
    assertMeetingEditable(db, input.meetingId);
    checkPresenter(db, input);
    const id = insertItem(db, input.meetingId, input, input.position, ctx);
    audit(db, ctx, { id, meetingId: input.meetingId }, 'create', undefined, getItem(db, id));
    alignSections(db, input.meetingId, ctx);
    return listAgenda(db, input.meetingId);
  })();
}

export function updateAgendaItem(
  db: Db,
  input: AgendaItemFields & { id: AgendaItemId },
  ctx: WriteContext,
): ReadonlyArray<AgendaItem> {
  return db.transaction(() => {
    const before = getItem(db, input.id);
    assertMeetingEditable(db, before.meetingId);
    checkPresenter(db, input);
    db.prepare(
      'UPDATE agenda_items SET title = ?, presenter_person_id = ?, presenter_text = ?, planned_minutes = ?, updated_at = ? WHERE id = ?',
    ).run(input.title, input.presenterPersonId, input.presenterText, input.plannedMinutes, ctx.now, input.id);
    audit(db, ctx, before, 'update', before, getItem(db, input.id));
    return listAgenda(db, before.meetingId);
  })();
}

/** Removes the item and closes the gap; the renderer's undo re-adds it at the same position. */
export function removeAgendaItem(db: Db, id: AgendaItemId, ctx: WriteContext): ReadonlyArray<AgendaItem> {
  return db.transaction(() => {
    const before = getItem(db, id);
    assertMeetingEditable(db, before.meetingId);
    db.prepare('DELETE FROM agenda_items WHERE id = ?').run(id);
    db.prepare(
      'UPDATE agenda_items SET position = position - 1, updated_at = ? WHERE meeting_id = ? AND position > ?',
    ).run(ctx.now, before.meetingId, before.position);
    audit(db, ctx, before, 'delete', before, undefined);
    alignSections(db, before.meetingId, ctx);
    return listAgenda(db, before.meetingId);
  })();
}

/** `ids` is the whole agenda in its new order; anything else means the list changed elsewhere. */
export function reorderAgenda(
  db: Db,
  meetingId: MeetingId,
  ids: ReadonlyArray<AgendaItemId>,
  ctx: WriteContext,
): ReadonlyArray<AgendaItem> {
  return db.transaction(() => {
    assertMeetingEditable(db, meetingId);
    const current = listAgenda(db, meetingId).map((item) => item.id);
    const same = current.length === ids.length && ids.every((id) => current.includes(id));
    if (!same) {
      throw new AppError(
        'CONFLICT',
        'Daftar acara sudah berubah sejak ditampilkan; muat ulang halaman lalu atur urutannya lagi.',
      );
    }
    const setPosition = db.prepare('UPDATE agenda_items SET position = ?, updated_at = ? WHERE id = ?');
    ids.forEach((id, index) => setPosition.run(index + 1, ctx.now, id));
    recordAudit(db, {
      at: ctx.now,
      actor: ctx.actor,
      entity: 'agenda',
      entityId: meetingId,
      meetingId,
      operation: 'update',
      before: current,
      after: ids,
    });
    alignSections(db, meetingId, ctx);
    return listAgenda(db, meetingId);
  })();
}

/** Appends a template's items to a meeting's agenda, inside the caller's transaction (which aligns the sections after). */
export function appendTemplateItems(db: Db, meetingId: MeetingId, templateId: TemplateId, ctx: WriteContext): number {
  assertTemplateExists(db, templateId);
  const items = db
    .prepare(
      'SELECT title, presenter_text, planned_minutes FROM agenda_template_items WHERE template_id = ? ORDER BY position',
    )
    .all(templateId) as Array<{ title: string; presenter_text: string; planned_minutes: number | null }>;
  for (const item of items) {
    const fields = {
      title: item.title,
      presenterText: item.presenter_text,
      presenterPersonId: null,
      plannedMinutes: item.planned_minutes,
    };
    const id = insertItem(db, meetingId, fields, undefined, ctx);
    audit(db, ctx, { id, meetingId }, 'create', undefined, { ...fields, templateId });
  }
  return items.length;
}
