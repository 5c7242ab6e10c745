import type { Queryable } from '../db/pool';
import type { AccountView } from './accountsStore';

export async function insertSession(
  db: Queryable,
  tokenHash: Buffer,
  accountId: string,
  absoluteExpiry: Date,
): Promise<void> {
  await db.query('INSERT INTO sessions (token_hash, account_id, absolute_expiry) VALUES ($1, $2, $3)', [
    tokenHash,
    accountId,
    absoluteExpiry,
  ]);
}

/**
 * The live session's account: not past its absolute expiry, seen within the idle window, the
 * account not disabled. Touches last_seen_at (sliding expiry) at most once a minute per session.
 */
export async function touchSession(db: Queryable, tokenHash: Buffer, idleMs: number): Promise<AccountView | null> {
  const { rows } = await db.query<AccountView>(
    `WITH live AS (
       SELECT s.token_hash FROM sessions s JOIN accounts a ON a.id = s.account_id
       WHERE s.token_hash = $1 AND s.absolute_expiry > now()
         AND s.last_seen_at > now() - make_interval(secs => $2::double precision / 1000) AND NOT a.disabled
     ), touched AS (
       UPDATE sessions SET last_seen_at = now()
       WHERE token_hash IN (SELECT token_hash FROM live) AND last_seen_at < now() - interval '1 minute'
     )
     SELECT a.id, a.username, a.display_name, a.role, a.unit_id, a.disabled
     FROM live JOIN sessions s USING (token_hash) JOIN accounts a ON a.id = s.account_id`,
    [tokenHash, idleMs],
  );
  return rows[0] ?? null;
}

export async function deleteSession(db: Queryable, tokenHash: Buffer): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

export async function deleteSessionsOf(db: Queryable, accountId: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE account_id = $1', [accountId]);
}

/** Old sessions and login attempts are of no use once expired; kept small by the hourly sweep. */
export async function sweepExpired(db: Queryable, idleMs: number): Promise<void> {
  await db.query(
    `DELETE FROM sessions WHERE absolute_expiry < now() OR last_seen_at < now() - make_interval(secs => $1::double precision / 1000)`,
    [idleMs],
  );
  await db.query("DELETE FROM login_attempts WHERE at < now() - interval '1 day'");
}

export type AttemptCounts = Readonly<{ failures: number; waitMs: number }>;

/**
 * Failures for this username or from this address inside the window, and how long until the
 * oldest of the counted ones leaves it (the database's clock, the one that stamped them).
 */
export async function recentFailures(
  db: Queryable,
  username: string,
  ip: string,
  windowMs: number,
): Promise<AttemptCounts> {
  const { rows } = await db.query<{ by_name: number; by_ip: number; wait_name: number | null; wait_ip: number | null }>(
    `WITH recent AS (
       SELECT username, ip, at FROM login_attempts
       WHERE NOT success AND at > now() - make_interval(secs => $3::double precision / 1000) AND (username = $1 OR ip = $2)
     )
     SELECT
       count(*) FILTER (WHERE username = $1)::int AS by_name,
       count(*) FILTER (WHERE ip = $2)::int AS by_ip,
       (extract(epoch FROM min(at) FILTER (WHERE username = $1) - now()) * 1000 + $3)::float8 AS wait_name,
       (extract(epoch FROM min(at) FILTER (WHERE ip = $2) - now()) * 1000 + $3)::float8 AS wait_ip
     FROM recent`,
    [username, ip, windowMs],
  );
  const row = rows[0]!;
  const failures = Math.max(row.by_name, row.by_ip);
  const waitMs = (row.by_name >= row.by_ip ? row.wait_name : row.wait_ip) ?? windowMs;
  return { failures, waitMs };
}

export async function recordAttempt(db: Queryable, username: string, ip: string, success: boolean): Promise<void> {
  await db.query('INSERT INTO login_attempts (username, ip, success) VALUES ($1, $2, $3)', [username, ip, success]);
}
