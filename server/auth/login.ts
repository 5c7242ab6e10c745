import type { Pool } from '../db/pool';
import { HttpError } from '../http/errors';
import type { AccountView } from '../store/accountsStore';
import { findAccountForLogin } from '../store/accountsStore';
import { audit } from '../store/auditStore';
import { recentFailures, recordAttempt } from '../store/sessionsStore';
import { spendVerifyTime, verifyPassword } from './passwords';
import { openSession } from './sessions';

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

export type LoginResult = Readonly<{ token: string; expires_at: string; account: Omit<AccountView, 'disabled'> }>;

export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

/**
 * Checks the rate limit before the password, so a locked-out guesser learns nothing and costs
 * no argon2 time; records every attempt (never the password).
 */
export async function login(
  pool: Pool,
  rawUsername: string,
  password: string,
  ip: string,
  now: Date,
): Promise<LoginResult> {
  const username = normalizeUsername(rawUsername);
  const failures = await recentFailures(pool, username, ip, FAILURE_WINDOW_MS);
  if (failures.failures >= MAX_FAILURES) {
    const waitMs = Math.max(1000, failures.waitMs);
    const minutes = Math.ceil(waitMs / 60_000);
    throw new HttpError(429, 'TOO_MANY_ATTEMPTS', `Terlalu banyak percobaan masuk. Coba lagi dalam ${minutes} menit.`, {
      'Retry-After': String(Math.ceil(waitMs / 1000)),
    });
  }
  const account = await findAccountForLogin(pool, username);
  const valid =
    account === null ? (await spendVerifyTime(password), false) : await verifyPassword(account.password_hash, password);
  if (account === null || !valid || account.disabled) {
    await recordAttempt(pool, username, ip, false);
    throw new HttpError(401, 'INVALID_LOGIN', 'Nama pengguna atau kata sandi salah.');
  }
  await recordAttempt(pool, username, ip, true);
  const session = await openSession(pool, account.id, now);
  await audit(pool, { accountId: account.id, username: account.username, action: 'login', detail: { ip } });
  return {
    token: session.token,
    expires_at: session.expiresAt.toISOString(),
    account: {
      id: account.id,
      username: account.username,
      display_name: account.display_name,
      role: account.role,
      unit_id: account.unit_id,
    },
  };
}
