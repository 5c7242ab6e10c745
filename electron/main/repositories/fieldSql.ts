import { columnOf } from '../../../shared/records/fieldRegistry';

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
