import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import { columnOf, keyOf } from '../../../shared/records/fieldRegistry';
import { cachedStatement } from './statementCache';
import type { WriteContext } from './writeContext';

/*
 * SQL pieces derived from a record's field registry (shared/records): each field's column is
 * its name in snake_case, read back under the field's own name, so a row comes out keyed as
 * the domain type is and no mapping can rename a field. Bind values as named parameters
 * (`@invitationNumber`) with pickFields.
 */

/** "m.invitation_number AS invitationNumber, …" for a SELECT list. */
export function selectFields(keys: ReadonlyArray<string>, alias?: string): string {
  const prefix = alias === undefined ? '' : `${alias}.`;
  return keys.map((key) => `${prefix}${columnOf(key)} AS ${key}`).join(', ');
}

/** "invitation_number = @invitationNumber, …" for an UPDATE's SET. */
export function assignFields(keys: ReadonlyArray<string>): string {
  return keys.map((key) => `${columnOf(key)} = @${key}`).join(', ');
}

/** The column list and the matching "@name" list of an INSERT. */
export function insertFields(keys: ReadonlyArray<string>): Readonly<{ columns: string; values: string }> {
  return {
    columns: keys.map(columnOf).join(', '),
    values: keys.map((key) => `@${key}`).join(', '),
  };
}

/** The named parameters of the given fields: pickFields, with booleans as SQLite's 0/1. */
export function fieldParams<K extends string>(
  value: Readonly<Record<K, unknown>>,
  keys: ReadonlyArray<K>,
): Record<K, unknown> {
  return Object.fromEntries(
    keys.map((key) => {
      const field = value[key];
      return [key, typeof field === 'boolean' ? Number(field) : field];
    }),
  ) as Record<K, unknown>;
}

/** Writes the given fields of row `input.id` of `table` and stamps its updated_at. */
export function updateFieldsById<K extends string>(
  db: Db,
  table: string,
  keys: ReadonlyArray<K>,
  input: Readonly<Record<K, unknown>> & Readonly<{ id: string }>,
  ctx: WriteContext,
): void {
  db.prepare(`UPDATE ${table} SET ${assignFields(keys)}, updated_at = @now WHERE id = @id`).run({
    ...fieldParams(input, keys),
    id: input.id,
    now: ctx.now,
  });
}

/**
 * Inserts a master record (an OPD, an official) as a new active row with the given fields and
 * returns its id; without a transaction or audit of its own: callers (create, import) give both.
 */
export function insertActiveRow<K extends string>(
  db: Db,
  table: 'units' | 'people',
  keys: ReadonlyArray<K>,
  input: Readonly<Record<K, unknown>>,
  ctx: WriteContext,
): string {
  const id = randomUUID();
  const { columns, values } = insertFields(keys);
  cachedStatement(
    db,
    `INSERT INTO ${table} (id, ${columns}, active, created_at, updated_at) VALUES (@id, ${values}, 1, @now, @now)`,
  ).run({ ...fieldParams(input, keys), id, now: ctx.now });
  return id;
}

type ColumnNames<S extends string> = S extends `${infer Head}, ${infer Rest}` ? Head | ColumnNames<Rest> : S;
type KeyOfColumn<C extends string> = C extends `${infer Head}_${infer Rest}`
  ? `${Head}${Capitalize<KeyOfColumn<Rest>>}`
  : C;
/** Accepts the list only when its columns, made camelCase, are exactly the fields of T. */
type EveryFieldOf<T, S extends string> = [
  Exclude<keyof T, KeyOfColumn<ColumnNames<S>>>,
  Exclude<KeyOfColumn<ColumnNames<S>>, keyof T>,
] extends [never, never]
  ? S
  : {
      missingOrUnknown: [Exclude<keyof T, KeyOfColumn<ColumnNames<S>>>, Exclude<KeyOfColumn<ColumnNames<S>>, keyof T>];
    };

/**
 * For a record whose every field is a column of the same name ("series_id, start_time, …"):
 * the SELECT list "series_id AS seriesId, start_time AS startTime, …", so the row is the record
 * and no mapping function can rename a field. The compiler checks the list against T's fields
 * both ways (a field added to T and not read fails to compile).
 */
export function selectRecord<T>(): <S extends string>(columns: EveryFieldOf<T, S>) => string {
  return (columns) =>
    String(columns)
      .split(', ')
      .map((column) => (keyOf(column) === column ? column : `${column} AS ${keyOf(column)}`))
      .join(', ');
}
