import type { z } from 'zod';
import type { HistoryValueKind } from '../domain/history';

/*
 * A record's field registry: one entry per stored field of a record, named once in the domain's
 * camelCase. The column is that name in snake_case (`columnOf`), so the repository's SELECT and
 * UPDATE, the channel's zod schema, the record's type, the Riwayat tab and the documents are
 * derived from the list instead of each spelling the field again. Fields that are not a column
 * of the record's own table (a role holder, the owners of a commitment) stay outside it.
 */

export type FieldSpec = Readonly<{
  /** The field's only validation, with its Indonesian messages; its output type is the field's type. */
  schema: z.ZodType;
  /** How the Riwayat tab shows a change of it; absent: changes are not listed there. */
  history?: HistoryValueKind;
  /**
   * Copied as stored into the document source (and so into an approved version's snapshot).
   * Optional there: versions approved before the field existed lack it and print the old meaning.
   */
  printed?: true;
}>;

export type FieldRegistry = Readonly<Record<string, FieldSpec>>;

/** The values of a registry's fields, as the channel parsed them and the repository returns them. */
export type FieldValues<R extends FieldRegistry> = { readonly [K in keyof R]: z.output<R[K]['schema']> };

/** Keys of the fields the documents print as stored. */
export type PrintedKey<R extends FieldRegistry> = {
  [K in keyof R]: R[K] extends { printed: true } ? K : never;
}[keyof R];

/** The printed fields as a repository reads them (always there). */
export type PrintedFields<R extends FieldRegistry> = Pick<FieldValues<R>, PrintedKey<R>>;

/** The printed fields as the document source carries them (absent in older snapshots). */
export type PrintedValues<R extends FieldRegistry> = Partial<Pick<FieldValues<R>, PrintedKey<R>>>;

export type FieldKey<R extends FieldRegistry> = Extract<keyof R, string>;

export function fieldKeys<R extends FieldRegistry>(registry: R): ReadonlyArray<FieldKey<R>> {
  return Object.keys(registry) as Array<FieldKey<R>>;
}

/** The mechanical rule between a field and its column: invitationNumber <-> invitation_number. */
export function columnOf(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

export function keyOf(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** The zod shape of the fields, spread into a channel's `z.strictObject`. */
export function schemaShape<R extends FieldRegistry>(registry: R): { [K in keyof R]: R[K]['schema'] } {
  return Object.fromEntries(Object.entries(registry).map(([key, spec]) => [key, spec.schema])) as {
    [K in keyof R]: R[K]['schema'];
  };
}

/** The fields the Riwayat tab compares, in the registry's order. */
export function historyFields<R extends FieldRegistry>(
  registry: R,
): ReadonlyArray<readonly [name: FieldKey<R>, kind: HistoryValueKind]> {
  return fieldKeys(registry).flatMap((key) => {
    const kind = registry[key]?.history;
    return kind === undefined ? [] : [[key, kind] as const];
  });
}

export function printedKeys<R extends FieldRegistry>(registry: R): ReadonlyArray<PrintedKey<R> & FieldKey<R>> {
  return fieldKeys(registry).filter((key): key is PrintedKey<R> & FieldKey<R> => registry[key]?.printed === true);
}

/** The given fields of a value: what a repository binds as named parameters or copies into a document. */
export function pickFields<K extends string, T extends Readonly<Record<K, unknown>>>(
  value: T,
  keys: ReadonlyArray<K>,
): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}
