import { z } from 'zod';
import { SYNC_ENTITIES, type SyncEntity } from '../../shared/domain/sync';

/*
 * The synced entities: the desktop's SQLite tables under the same names, each column as SQLite
 * stores it (INTEGER -> a number, TEXT -> a string, null where the desktop allows it). Rows are
 * checked against these lists; a column the server does not know is dropped (a newer desktop may
 * add one before the server's next migration stores it).
 */
type Column = Readonly<{ name: string; type: 'text' | 'int'; nullable?: true }>;
type Parent = Readonly<{ column: string; entity: SyncEntity }>;

const text = (name: string): Column => ({ name, type: 'text' });
const int = (name: string): Column => ({ name, type: 'int' });
const optText = (name: string): Column => ({ name, type: 'text', nullable: true });
const optInt = (name: string): Column => ({ name, type: 'int', nullable: true });

export type EntityDef = Readonly<{ name: SyncEntity; columns: ReadonlyArray<Column>; parents: ReadonlyArray<Parent> }>;

const stamps = [int('created_at'), int('updated_at')];

const DEFS: Record<SyncEntity, Omit<EntityDef, 'name'>> = {
  units: {
    columns: [
      text('id'),
      optText('code'),
      text('name'),
      text('short_name'),
      text('kind'),
      int('active'),
      ...stamps,
      optInt('deleted_at'),
    ],
    parents: [],
  },
  people: {
    columns: [
      text('id'),
      text('name'),
      optText('nip'),
      optText('rank_code'),
      text('position'),
      optText('unit_id'),
      text('phone'),
      text('email'),
      int('is_political'),
      int('active'),
      ...stamps,
      optInt('deleted_at'),
    ],
    parents: [{ column: 'unit_id', entity: 'units' }],
  },
  series: {
    columns: [
      text('id'),
      text('title'),
      int('cadence_months'),
      text('defaults_json'),
      int('active'),
      ...stamps,
      optInt('deleted_at'),
    ],
    parents: [],
  },
  meetings: {
    columns: [
      text('id'),
      optText('series_id'),
      text('kind'),
      text('title'),
      text('date'),
      optText('call_time'),
      optText('start_time'),
      optText('end_time'),
      text('time_zone'),
      text('place'),
      text('invitation_number'),
      optText('chair_person_id'),
      text('chair_acting'),
      optText('secretary_person_id'),
      text('secretary_acting'),
      optText('notulis_person_id'),
      text('notulis_acting'),
      text('status'),
      int('version'),
      ...stamps,
      optInt('deleted_at'),
      optText('invitation_date'),
      text('sifat'),
    ],
    parents: [
      { column: 'series_id', entity: 'series' },
      { column: 'chair_person_id', entity: 'people' },
      { column: 'secretary_person_id', entity: 'people' },
      { column: 'notulis_person_id', entity: 'people' },
    ],
  },
  documents: {
    columns: [
      text('id'),
      text('meeting_id'),
      int('version'),
      text('canonical_json'),
      text('sha256'),
      int('approved_at'),
      text('approved_by'),
      int('created_at'),
      optText('verification_code'),
    ],
    parents: [{ column: 'meeting_id', entity: 'meetings' }],
  },
  commitments: {
    columns: [
      text('id'),
      text('meeting_id'),
      optText('agenda_item_id'),
      text('text'),
      optText('due_date'),
      text('program_tag'),
      int('position'),
      ...stamps,
      optInt('deleted_at'),
      text('funding_source'),
    ],
    parents: [{ column: 'meeting_id', entity: 'meetings' }],
  },
  commitment_owners: {
    columns: [text('id'), text('commitment_id'), text('unit_id'), text('status'), text('status_reason'), ...stamps],
    parents: [
      { column: 'commitment_id', entity: 'commitments' },
      { column: 'unit_id', entity: 'units' },
    ],
  },
  commitment_updates: {
    columns: [
      text('id'),
      text('owner_id'),
      text('reported_on'),
      text('status'),
      text('progress_text'),
      optInt('percent'),
      text('evidence_json'),
      optText('meeting_id'),
      ...stamps,
      text('status_reason'),
    ],
    parents: [{ column: 'owner_id', entity: 'commitment_owners' }],
  },
};

export const ENTITIES: Readonly<Record<SyncEntity, EntityDef>> = Object.fromEntries(
  SYNC_ENTITIES.map((name) => [name, { name, ...DEFS[name] }]),
) as Record<SyncEntity, EntityDef>;

export type Row = Record<string, string | number | null>;

const MAX_TEXT = 10 * 1024 * 1024;

function columnSchema(column: Column): z.ZodType {
  const base = column.type === 'int' ? z.number().int().safe() : z.string().max(MAX_TEXT);
  return column.nullable ? base.nullable() : base;
}

/** zod schema of one entity's row; unknown columns are stripped. */
export const ROW_SCHEMAS: Readonly<Record<SyncEntity, z.ZodType<Row>>> = Object.fromEntries(
  SYNC_ENTITIES.map((name) => [
    name,
    z.object(Object.fromEntries(ENTITIES[name].columns.map((column) => [column.name, columnSchema(column)]))),
  ]),
) as unknown as Record<SyncEntity, z.ZodType<Row>>;

export function columnNames(entity: SyncEntity): string[] {
  return ENTITIES[entity].columns.map((column) => column.name);
}

/** The same row, as the desktop would store it, in the entity's column order. */
export function pickRow(entity: SyncEntity, source: Record<string, unknown>): Row {
  return Object.fromEntries(
    columnNames(entity).map((name) => [name, (source[name] ?? null) as string | number | null]),
  );
}

/** Entities a secretary owns by the meeting they belong to (the rest are master data or append-only). */
export const MEETING_OWNED: ReadonlySet<SyncEntity> = new Set([
  'meetings',
  'documents',
  'commitments',
  'commitment_owners',
]);
