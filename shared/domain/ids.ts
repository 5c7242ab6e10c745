/** Branded ids keep a meeting id from being passed where a person id is expected. */
type Brand<T, B extends string> = T & { readonly __brand: B };

export type MeetingId = Brand<string, 'MeetingId'>;
export type UnitId = Brand<string, 'UnitId'>;
export type UnitGroupId = Brand<string, 'UnitGroupId'>;
export type PersonId = Brand<string, 'PersonId'>;
export type SeriesId = Brand<string, 'SeriesId'>;
export type TemplateId = Brand<string, 'TemplateId'>;
export type AgendaItemId = Brand<string, 'AgendaItemId'>;
export type AttendanceId = Brand<string, 'AttendanceId'>;
export type SectionId = Brand<string, 'SectionId'>;
export type DecisionId = Brand<string, 'DecisionId'>;
export type CommitmentId = Brand<string, 'CommitmentId'>;
