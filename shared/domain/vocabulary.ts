/*
 * A fixed vocabulary (stored as TEXT) written once, as its label table: the values are the
 * table's keys in its order, so a value cannot be added without its label or the other way round.
 */
export type VocabularyValues<T> = readonly [keyof T & string, ...Array<keyof T & string>];

/** The values of a label table, in the table's order: what z.enum, a CHECK's test and a picker take. */
export function valuesOf<T extends Readonly<Record<string, unknown>>>(table: T): VocabularyValues<T> {
  return Object.keys(table) as unknown as VocabularyValues<T>;
}
