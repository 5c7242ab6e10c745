import type { Queryable } from '../db/pool';

export async function fileExists(db: Queryable, sha256: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM files WHERE sha256 = $1', [sha256]);
  return (rowCount ?? 0) > 0;
}

/** True when stored now, false when the server already had these bytes; either way the account is an uploader. */
export async function insertFile(
  db: Queryable,
  sha256: string,
  mime: string,
  bytes: Buffer,
  accountId: string,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO files (sha256, mime, size, bytes, uploaded_by) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (sha256) DO NOTHING`,
    [sha256, mime, bytes.length, bytes, accountId],
  );
  await db.query('INSERT INTO file_uploaders (sha256, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
    sha256,
    accountId,
  ]);
  return (rowCount ?? 0) > 0;
}

export async function readFile(db: Queryable, sha256: string): Promise<{ mime: string; bytes: Buffer } | null> {
  const { rows } = await db.query<{ mime: string; bytes: Buffer }>('SELECT mime, bytes FROM files WHERE sha256 = $1', [
    sha256,
  ]);
  return rows[0] ?? null;
}

/**
 * An OPD account reads a file its own unit's updates cite, or one it uploaded itself (its form
 * shows what it attached before the report is sent).
 */
export async function unitMayRead(db: Queryable, sha256: string, unitId: string, accountId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `SELECT 1 FROM files f WHERE f.sha256 = $1 AND (EXISTS (
       SELECT 1 FROM file_uploaders up WHERE up.sha256 = f.sha256 AND up.account_id = $3) OR EXISTS (
       SELECT 1 FROM file_refs r JOIN commitment_updates u ON u.id = r.update_id
       JOIN commitment_owners o ON o.id = u.owner_id
       WHERE r.sha256 = f.sha256 AND o.unit_id = $2 AND NOT o.deleted))`,
    [sha256, unitId, accountId],
  );
  return (rowCount ?? 0) > 0;
}
