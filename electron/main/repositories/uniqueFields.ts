import type { Db } from '../db/connection';
import { AppError } from '../../../shared/ipc/result';
import { endSentence } from '../../../shared/domain/sentence';
import { cachedStatement } from './statementCache';

/*
 * The fields two live rows may not share: a unique index says so too, these let the message name
 * the row that already has it. Names and codes are compared ignoring case, as she reads them; a
 * NIP is digits, compared plainly so the lookup keeps its index (an import checks one per row).
 */
const UNIQUE_FIELDS = {
  seriesTitle: { table: 'series', column: 'title', label: 'title', caseless: true },
  templateName: { table: 'agenda_templates', column: 'name', label: 'name', caseless: true },
  unitGroupName: { table: 'unit_groups', column: 'name', label: 'name', caseless: true },
  unitCode: { table: 'units', column: 'code', label: 'name', caseless: true },
  personNip: { table: 'people', column: 'nip', label: 'name', caseless: false },
} as const;

export type UniqueField = keyof typeof UNIQUE_FIELDS;

/** The name (or title) of the other live row whose `field` is `value`, or null when it is free. */
export function holderOf(db: Db, field: UniqueField, value: string, exceptId: string | null): string | null {
  const { table, column, label, caseless } = UNIQUE_FIELDS[field];
  const sql = `SELECT ${label} AS label FROM ${table}
    WHERE deleted_at IS NULL AND ${column} = ?${caseless ? ' COLLATE NOCASE' : ''} AND id IS NOT ?`;
  const row = cachedStatement(db, sql).get(value, exceptId) as { label: string } | undefined;
  return row?.label ?? null;
}

/** Refuses (CONFLICT) a value another live row already has; `refusal` words it, naming that row. */
export function assertFieldFree(
  db: Db,
  field: UniqueField,
  value: string | null,
  exceptId: string | null,
  refusal: (holder: string, value: string) => string,
): void {
  if (value === null) return;
  const holder = holderOf(db, field, value, exceptId);
  if (holder !== null) throw new AppError('CONFLICT', endSentence(refusal(holder, value)));
}
