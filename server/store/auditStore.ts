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
