import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Role } from '../../../server/store/accountsStore';
import { afterAll, beforeAll } from 'vitest';
import { makeAccount, pushRegistry, signIn, startTestServer, type TestServer } from '../../server/support/pgTest';
import { useTestServer } from '../../server/support/useTestServer';
import { launchBrowser, newPage } from './browser';

/** The portal as `npm run build` leaves it. */
const PORTAL = resolve(import.meta.dirname, '../../../', process.env['RISALAH_OUT_DIR'] ?? 'out', 'portal');
export const SECRETARY_PASSWORD = 'kata-sandi-sekretaris-1';

/**
 * Risalah Server serving the built portal, holding `changes` as the secretary's desktop pushed
 * them (account `sekretaris`, SECRETARY_PASSWORD): where the portal's e2e tests start.
 */
async function startPortalServer(changes: ReadonlyArray<unknown>): Promise<TestServer> {
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

/**
 * The portal's e2e setup for one describe block: the server above with `changes()` pushed, and one
 * Chromium for the block's pages; after its tests the browser closes, then the server.
 */
export function usePortal(changes: () => ReadonlyArray<unknown>): Readonly<{
  server: TestServer;
  newPage: () => Promise<Page>;
}> {
  const server = useTestServer(() => startPortalServer(changes()));
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());
  return {
    server,
    newPage: () => {
      if (!browser) throw new Error('The portal browser has not started yet (usePortal runs in beforeAll).');
      return newPage(browser);
    },
  };
}

/** Fills the portal's sign-in form and presses Masuk (what follows is the test's to wait for). */
export async function signInToPortal(page: Page, base: string, username: string, password: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}
