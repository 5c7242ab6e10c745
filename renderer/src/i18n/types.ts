/** Each message module gives the same shape in both languages; en is checked against id. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export type Messages = { id: Record<string, unknown>; en: Record<string, unknown> };

export function defineMessages<Id extends Record<string, unknown>>(id: Id, en: Shape<Id>): { id: Id; en: Shape<Id> } {
  return { id, en };
}
