import type { Queryable } from '../db/pool';

export type AuditEntry = Readonly<{
  accountId: string | null;
  username: string;
  action: string;
  entity?: string | null;
  entityId?: string | null;
  seq?: number | null;
  detail?: unknown;
}>;

/** One line of the server's audit trail, in the caller's transaction. */
export async function audit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(
    'INSERT INTO audit (account_id, username, action, entity, entity_id, seq, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [
      entry.accountId,
      entry.username,
      entry.action,
      entry.entity ?? null,
      entry.entityId ?? null,
      entry.seq ?? null,
      entry.detail === undefined ? null : JSON.stringify(entry.detail),
    ],
  );
}

/** Many audit lines in one statement (a push of 500 changes writes 500 of them). */
export async function auditMany(db: Queryable, entries: ReadonlyArray<AuditEntry>): Promise<void> {
  if (entries.length === 0) return;
  await db.query(
    `INSERT INTO audit (account_id, username, action, entity, entity_id, seq, detail)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::jsonb[])`,
    [
      entries.map((entry) => entry.accountId),
      entries.map((entry) => entry.username),
      entries.map((entry) => entry.action),
      entries.map((entry) => entry.entity ?? null),
      entries.map((entry) => entry.entityId ?? null),
      entries.map((entry) => entry.seq ?? null),
      entries.map((entry) => (entry.detail === undefined ? null : JSON.stringify(entry.detail))),
    ],
  );
}
