import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { PersonId, UnitId } from '../../../shared/domain/ids';
import type { PersonFields, UnitFields } from '../../../shared/domain/masterData';
import { cachedStatement } from './statementCache';
import type { WriteContext } from './writeContext';

/*
 * A big import is written in short slices so her saves are answered between them, yet it must
 * land whole or not at all. Each slice writes its rows hidden: deleted_at = PENDING (every live
 * read asks for deleted_at IS NULL) and their search entries under PENDING_MEETING, an id no
 * meeting has: searchRepository hides any entry whose meeting is missing, as it hides those of a
 * deleted meeting. Renaming the entries' kind instead costs 6x more in the publish (the kind is in
 * search_keys' unique index; meeting_id is in none). masterImportPublish.ts then makes them live
 * in slices once the import is decided (0009 keeps the search triggers out of it); discardPending
 * removes them when the import is refused or was cut off before that (shutdown, crash), leaving
 * the data as it was.
 */
export const PENDING = -1;
export const PENDING_MEETING = 'impor-belum-terbit';
const PENDING_KEYS = `kind IN ('unit', 'person') AND meeting_id = '${PENDING_MEETING}'`;

function stageAudit(db: Db, entity: 'unit' | 'person', id: string, after: unknown, ctx: WriteContext): void {
  cachedStatement(
    db,
    `INSERT INTO audit_log (at, actor, entity, entity_id, meeting_id, operation, before_json, after_json)
     VALUES (?, ?, ?, ?, NULL, 'create', NULL, ?)`,
  ).run(ctx.now, ctx.actor, entity, id, JSON.stringify({ ...(after as object), source: 'impor' }));
}

function stageSearch(db: Db, entity: 'unit' | 'person', id: string, title: string, body: string): void {
  if (title === '' && body === '') return; // as 0003's triggers: nothing to find, no entry
  const insertKey = `INSERT INTO search_keys (kind, entity_id, meeting_id) VALUES (?, ?, '${PENDING_MEETING}')`;
  const key = cachedStatement(db, insertKey).run(entity, id);
  cachedStatement(db, 'INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)').run(
    key.lastInsertRowid,
    title,
    body,
  );
}

/** One hidden unit with its audit row and search entry; call inside a slice's transaction. */
export function stageUnit(db: Db, unit: UnitFields, ctx: WriteContext): UnitId {
  const id = randomUUID() as UnitId;
  cachedStatement(
    db,
    `INSERT INTO units (id, code, name, short_name, kind, active, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, 1, ?, ?, ${PENDING})`,
  ).run(id, unit.code, unit.name, unit.shortName, unit.kind, ctx.now, ctx.now);
  stageAudit(db, 'unit', id, unit, ctx);
  stageSearch(db, 'unit', id, unit.name, unit.shortName);
  return id;
}

/** One hidden official with its audit row and search entry; call inside a slice's transaction. */
export function stagePerson(db: Db, person: PersonFields, ctx: WriteContext): PersonId {
  const id = randomUUID() as PersonId;
  cachedStatement(
    db,
    `INSERT INTO people (id, name, nip, rank_code, position, unit_id, phone, email, is_political, active,
       created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ${PENDING})`,
  ).run(
    id,
    person.name,
    person.nip,
    person.rankCode,
    person.position,
    person.unitId,
    person.phone,
    person.email,
    person.isPolitical ? 1 : 0,
    ctx.now,
    ctx.now,
  );
  stageAudit(db, 'person', id, person, ctx);
  stageSearch(db, 'person', id, person.name, person.position);
  return id;
}

/** Removes hidden rows left by a refused or interrupted import (none: a few index lookups). */
export function discardPending(db: Db): void {
  db.transaction(() => {
    db.exec(`
      DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_keys WHERE ${PENDING_KEYS});
      DELETE FROM search_keys WHERE ${PENDING_KEYS};
      DELETE FROM audit_log WHERE entity = 'person' AND entity_id IN (SELECT id FROM people WHERE deleted_at = ${PENDING});
      DELETE FROM audit_log WHERE entity = 'unit' AND entity_id IN (SELECT id FROM units WHERE deleted_at = ${PENDING});
      DELETE FROM people WHERE deleted_at = ${PENDING};
      DELETE FROM units WHERE deleted_at = ${PENDING};`);
  })();
}
