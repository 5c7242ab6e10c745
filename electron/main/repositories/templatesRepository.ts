import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { AgendaTemplate, TemplateItem } from '../../../shared/domain/agenda';
import type { MeetingId, TemplateId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/ipc/result';
import { auditorFor } from './auditRepository';
import type { WriteContext } from './writeContext';
import { holderOf } from './uniqueFields';

type TemplateRow = { id: string; name: string; built_in: number; created_at: number; updated_at: number };
type ItemRow = { template_id: string; title: string; presenter_text: string; planned_minutes: number | null };

function withItems(db: Db, rows: ReadonlyArray<TemplateRow>): ReadonlyArray<AgendaTemplate> {
  const items = db
    .prepare(
      `SELECT i.template_id, i.title, i.presenter_text, i.planned_minutes FROM agenda_template_items i
       JOIN agenda_templates t ON t.id = i.template_id WHERE t.deleted_at IS NULL ORDER BY i.template_id, i.position`,
    )
    .all() as ItemRow[];
  const byTemplate = new Map<string, TemplateItem[]>();
  for (const item of items) {
    const list = byTemplate.get(item.template_id) ?? [];
    list.push({ title: item.title, presenterText: item.presenter_text, plannedMinutes: item.planned_minutes });
    byTemplate.set(item.template_id, list);
  }
  return rows.map((row) => ({
    id: row.id as TemplateId,
    name: row.name,
    builtIn: row.built_in === 1,
    items: byTemplate.get(row.id) ?? [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/** The shipped template first, then by name. */
export function listTemplates(db: Db): ReadonlyArray<AgendaTemplate> {
  const rows = db
    .prepare(
      `SELECT id, name, built_in, created_at, updated_at FROM agenda_templates
       WHERE deleted_at IS NULL ORDER BY built_in DESC, name COLLATE NOCASE`,
    )
    .all() as TemplateRow[];
  return withItems(db, rows);
}

function getTemplate(db: Db, id: TemplateId): AgendaTemplate {
  const found = listTemplates(db).find((template) => template.id === id);
  if (!found) throw new AppError('NOT_FOUND', 'Templat acara tidak ditemukan; mungkin sudah dihapus.');
  return found;
}

function assertNameFree(db: Db, name: string, exceptId: TemplateId | null): void {
  if (holderOf(db, 'templateName', name, exceptId) !== null)
    throw new AppError('CONFLICT', `Templat bernama "${name}" sudah ada; pilih nama lain.`);
}

const audit = auditorFor('agenda_template');

/** Saves a meeting's agenda, in its order, as a new template. */
export function createTemplateFromMeeting(
  db: Db,
  meetingId: MeetingId,
  name: string,
  ctx: WriteContext,
): AgendaTemplate {
  return db.transaction(() => {
    const meeting = db.prepare('SELECT 1 FROM meetings WHERE id = ? AND deleted_at IS NULL').get(meetingId);
    if (!meeting) throw new AppError('NOT_FOUND', 'Rapat tidak ditemukan; mungkin sudah dihapus.');
    const items = db
      .prepare('SELECT title, presenter_text, planned_minutes FROM agenda_items WHERE meeting_id = ? ORDER BY position')
      .all(meetingId) as Array<{ title: string; presenter_text: string; planned_minutes: number | null }>;
    if (items.length === 0)
      throw new AppError(
        'INVALID_INPUT',
        'Acara rapat ini masih kosong; tambahkan acara sebelum menyimpannya sebagai templat.',
      );
    assertNameFree(db, name, null);
    const id = randomUUID() as TemplateId;
    db.prepare('INSERT INTO agenda_templates (id, name, built_in, created_at, updated_at) VALUES (?, ?, 0, ?, ?)').run(
      id,
      name,
      ctx.now,
      ctx.now,
    );
    const insert = db.prepare(
      `INSERT INTO agenda_template_items (id, template_id, position, title, presenter_text, planned_minutes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    items.forEach((item, index) =>
      insert.run(randomUUID(), id, index + 1, item.title, item.presenter_text, item.planned_minutes, ctx.now, ctx.now),
    );
    const created = getTemplate(db, id);
    audit(db, ctx, { id }, 'create', undefined, created);
    return created;
  })();
}

export function renameTemplate(db: Db, id: TemplateId, name: string, ctx: WriteContext): AgendaTemplate {
  return db.transaction(() => {
    const before = getTemplate(db, id);
    assertNameFree(db, name, id);
    db.prepare('UPDATE agenda_templates SET name = ?, updated_at = ? WHERE id = ?').run(name, ctx.now, id);
    const after = getTemplate(db, id);
    audit(db, ctx, { id }, 'update', before, after);
    return after;
  })();
}

/** Soft delete: meetings made from it keep their agenda; a series that named it falls back to none. */
export function deleteTemplate(db: Db, id: TemplateId, ctx: WriteContext): { id: TemplateId } {
  return db.transaction(() => {
    const before = getTemplate(db, id);
    db.prepare('UPDATE agenda_templates SET deleted_at = ?, updated_at = ? WHERE id = ?').run(ctx.now, ctx.now, id);
    audit(db, ctx, { id }, 'delete', before, undefined);
    return { id };
  })();
}

export function restoreTemplate(db: Db, id: TemplateId, ctx: WriteContext): AgendaTemplate {
  return db.transaction(() => {
    const row = db.prepare('SELECT name FROM agenda_templates WHERE id = ? AND deleted_at IS NOT NULL').get(id) as
      { name: string } | undefined;
    if (!row)
      throw new AppError('NOT_FOUND', 'Templat yang dihapus tidak ditemukan, sehingga tidak dapat dikembalikan.');
    assertNameFree(db, row.name, id);
    db.prepare('UPDATE agenda_templates SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(ctx.now, id);
    const after = getTemplate(db, id);
    audit(db, ctx, { id }, 'update', { deleted: true }, after);
    return after;
  })();
}
