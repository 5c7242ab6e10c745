/** Branded ids keep a meeting id from being passed where a person id is expected. */
type Brand<T, B extends string> = T & { readonly __brand: B };

export type MeetingId = Brand<string, 'MeetingId'>;
export type UnitId = Brand<string, 'UnitId'>;
export type PersonId = Brand<string, 'PersonId'>;
export type SeriesId = Brand<string, 'SeriesId'>;
