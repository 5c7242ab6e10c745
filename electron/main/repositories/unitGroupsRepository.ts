import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { UnitGroupId, UnitId } from '../../../shared/domain/ids';
import type { UnitGroup } from '../../../shared/domain/masterData';
import type { UnitGroupInput } from '../../../shared/ipc/masterDataContract';
import { AppError } from '../../../shared/ipc/result';
import { recordAudit } from './auditRepository';
import type { WriteContext } from './writeContext';
import { holderOf } from './uniqueFields';

/* Saved OPD groups: a name and its units in order, for owners of a commitment and for invitations. */

type GroupRow = { id: string; name: string; updated_at: number };

/** The group's live, active units in her order (a deleted or deactivated OPD drops out). */
export function groupUnitIds(db: Db, id: UnitGroupId): UnitId[] {
  return (
    db
      .prepare(
        `SELECT m.unit_id FROM unit_group_members m JOIN units u ON u.id = m.unit_id
         WHERE m.group_id = ? AND u.deleted_at IS NULL AND u.active = 1
         ORDER BY m.position`,
      )
      .pluck()
      .all(id) as string[]
  ).map((unitId) => unitId as UnitId);
}

function toGroup(db: Db, row: GroupRow): UnitGroup {
  return {
    id: row.id as UnitGroupId,
    name: row.name,
    unitIds: groupUnitIds(db, row.id as UnitGroupId),
    updatedAt: row.updated_at,
  };
}

export function listUnitGroups(db: Db): ReadonlyArray<UnitGroup> {
  const rows = db
    .prepare('SELECT id, name, updated_at FROM unit_groups WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id')
    .all() as GroupRow[];
  return rows.map((row) => toGroup(db, row));
}

export function getUnitGroup(db: Db, id: UnitGroupId): UnitGroup {
  const row = db.prepare('SELECT id, name, updated_at FROM unit_groups WHERE id = ? AND deleted_at IS NULL').get(id) as
    GroupRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Kelompok OPD tidak ditemukan; mungkin sudah dihapus.');
  return toGroup(db, row);
}

function assertNameFree(db: Db, name: string, exceptId: UnitGroupId | null): void {
  if (holderOf(db, 'unitGroupName', name, exceptId) !== null)
    throw new AppError('CONFLICT', `Sudah ada kelompok OPD bernama "${name}". Pilih nama lain.`);
}

function assertUnitsLive(db: Db, unitIds: ReadonlyArray<UnitId>): void {
  const live = db.prepare('SELECT 1 FROM units WHERE id = ? AND deleted_at IS NULL').pluck();
  const missing = unitIds.filter((id) => live.get(id) === undefined);
  if (missing.length > 0)
    throw new AppError('NOT_FOUND', 'Sebagian OPD yang dipilih sudah dihapus; muat ulang daftar lalu pilih lagi.');
}

/** Creates a group (no id) or replaces its name and members (with id), the chosen order kept. */
export function saveUnitGroup(db: Db, input: UnitGroupInput, ctx: WriteContext): UnitGroup {
  return db.transaction(() => {
    const before = input.id === undefined ? undefined : getUnitGroup(db, input.id);
    const id = input.id ?? (randomUUID() as UnitGroupId);
    assertNameFree(db, input.name, input.id ?? null);
    assertUnitsLive(db, input.unitIds);
    if (before === undefined) {
      db.prepare('INSERT INTO unit_groups (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
        id,
        input.name,
        ctx.now,
        ctx.now,
      );
    } else {
      db.prepare('UPDATE unit_groups SET name = ?, updated_at = ? WHERE id = ?').run(input.name, ctx.now, id);
      db.prepare('DELETE FROM unit_group_members WHERE group_id = ?').run(id);
    }
    const insert = db.prepare('INSERT INTO unit_group_members (group_id, unit_id, position) VALUES (?, ?, ?)');
    [...new Set(input.unitIds)].forEach((unitId, position) => insert.run(id, unitId, position));
    const after = getUnitGroup(db, id);
    recordAudit(db, { ...auditBase(ctx, id), operation: before ? 'update' : 'create', before, after });
    return after;
  })();
}

export function deleteUnitGroup(db: Db, id: UnitGroupId, ctx: WriteContext): { id: UnitGroupId } {
  return db.transaction(() => {
    const before = getUnitGroup(db, id);
    db.prepare('UPDATE unit_groups SET deleted_at = ?, updated_at = ? WHERE id = ?').run(ctx.now, ctx.now, id);
    recordAudit(db, { ...auditBase(ctx, id), operation: 'delete', before, after: undefined });
    return { id };
  })();
}

function auditBase(ctx: WriteContext, id: UnitGroupId) {
  return { at: ctx.now, actor: ctx.actor, entity: 'unit_group', entityId: id, meetingId: null };
}
