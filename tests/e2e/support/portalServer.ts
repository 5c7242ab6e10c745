import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Role } from '../../../server/store/accountsStore';
import { makeAccount, pushRegistry, signIn, startTestServer, type TestServer } from '../../server/support/pgTest';

/** The portal as `npm run build` leaves it. */
const PORTAL = resolve(import.meta.dirname, '../../../', process.env['RISALAH_OUT_DIR'] ?? 'out', 'portal');
export const SECRETARY_PASSWORD = 'kata-sandi-sekretaris-1';

/**
 * Risalah Server serving the built portal, holding `changes` as the secretary's desktop pushed
 * them (account `sekretaris`, SECRETARY_PASSWORD): where the portal's e2e tests start.
 */
export async function startPortalServer(changes: ReadonlyArray<unknown>): Promise<TestServer> {
  if (!existsSync(resolve(PORTAL, 'index.html'))) throw new Error('Portal not built: run `npm run build` first.');
  const server = await startTestServer(PORTAL);
  await pushRegistry(server, await signIn(server, 'sekretaris', 'secretary', SECRETARY_PASSWORD), changes);
  return server;
}

/** An account with the name the portal shows for it (as the admin's Akun page would save it). */
export async function makeNamedAccount(
  server: TestServer,
  account: Readonly<{ username: string; role: Role; password: string; displayName: string; unitId?: string }>,
): Promise<void> {
  await makeAccount(server.pool, account.username, account.role, account.password, account.unitId ?? null);
  await server.pool.query('UPDATE accounts SET display_name = $1 WHERE username = $2', [
    account.displayName,
    account.username,
  ]);
}

/** Either may be missing when starting failed; the other still has to go. */
export async function closePortal(browser: Browser | undefined, server: TestServer | undefined): Promise<void> {
  await browser?.close();
  await server?.close();
}

/** Fills the portal's sign-in form and presses Masuk (what follows is the test's to wait for). */
export async function signInToPortal(page: Page, base: string, username: string, password: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}
