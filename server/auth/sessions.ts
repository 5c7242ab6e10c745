import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Pool } from '../db/pool';
import { unauthenticated } from '../http/errors';
import type { AccountView } from '../store/accountsStore';
import { deleteSession, insertSession, touchSession } from '../store/sessionsStore';

export const IDLE_MS = 12 * 60 * 60 * 1000;
export const ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;

/** Only the SHA-256 of a token is stored: a copy of the database opens no session. */
export function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export async function openSession(
  pool: Pool,
  accountId: string,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const absolute = new Date(now.getTime() + ABSOLUTE_MS);
  await insertSession(pool, tokenHash(token), accountId, absolute);
  // The idle window ends first; each request pushes it on, never past the absolute end.
  return { token, expiresAt: new Date(Math.min(now.getTime() + IDLE_MS, absolute.getTime())) };
}

export function bearerToken(request: IncomingMessage): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return null;
  const token = header.slice('Bearer '.length).trim();
  // 32 random bytes in base64url are 43 characters; anything else is not one of ours.
  return /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}

export async function authenticate(pool: Pool, request: IncomingMessage): Promise<AccountView> {
  const token = bearerToken(request);
  if (token === null) throw unauthenticated();
  const account = await touchSession(pool, tokenHash(token), IDLE_MS);
  if (account === null) throw unauthenticated();
  return account;
}

export async function closeSession(pool: Pool, request: IncomingMessage): Promise<void> {
  const token = bearerToken(request);
  if (token !== null) await deleteSession(pool, tokenHash(token));
}
