import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_OFFLINE_MESSAGE } from '../../shared/domain/sync';
import { call, loginAs, makeAccount, pgAvailable, startTestServer, type TestServer } from '../server/support/pgTest';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { api } from './support/shellApi';
import { startWebShell, tempDataDir, type WebShell } from './support/webShell';

/*
 * Issue 20 as she sees it: Pengaturan -> Server bersama in the built web shell against Risalah
 * Server on a real PostgreSQL. She signs in, a new OPD goes to the server, Setda overwrites it and
 * her list names who did, and with the server stopped her work goes on and the page says so.
 */

const PASSWORD = 'kata-sandi-uji-2026';

describe.runIf(pgAvailable())('e2e: Pengaturan > Server bersama', () => {
  let browser: Browser;
  let server: TestServer;
  let shell: WebShell;

  beforeAll(async () => {
    server = await startTestServer();
    await makeAccount(server.pool, 'ani', 'secretary', PASSWORD);
    await makeAccount(server.pool, 'setda', 'admin', PASSWORD);
    browser = await launchBrowser();
    shell = await startWebShell(tempDataDir());
  });
  afterAll(async () => {
    await browser?.close();
    await shell?.stop();
    await server?.close();
  });

  it('signs in, syncs, lists the overwritten change, and keeps working offline', async () => {
    const page = await newPage(browser);
    await page.goto(`${shell.url}#/pengaturan?bagian=server`);
    await page.getByLabel('Alamat server').fill(server.base);
    await page.getByLabel('Nama akun').fill('ani');
    await page.getByLabel('Kata sandi').fill(PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    const table = page.getByTestId('sync-status-table');
    await table.getByText('tidak ada').waitFor();
    await page
      .getByTestId('sync-indicator')
      .getByText(/^Tersinkron /)
      .waitFor();

    const unit = await api<{ id: string }>(shell, 'units:create', {
      code: null,
      name: 'Dinas Komunikasi dan Informatika',
      shortName: 'Diskominfo',
      kind: 'Dinas',
    });
    await page.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
    // "tidak ada" was already on the page before the click: wait for the row on the server instead.
    const onServer = async () =>
      (await server.pool.query('SELECT name FROM units WHERE id = $1', [unit.id])).rows[0]?.name as string | undefined;
    await expect.poll(onServer, { timeout: 15_000 }).toBe('Dinas Komunikasi dan Informatika');
    await table.getByText('tidak ada').waitFor();

    // Setda renames the same OPD without having seen her version: the later sequence wins, hers is listed.
    const setda = await loginAs(server.base, 'setda', PASSWORD);
    const pushed = await call(server.base, 'POST', '/api/v1/sync/push', {
      token: setda,
      json: {
        client_id: '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99',
        changes: [
          {
            entity: 'units',
            id: unit.id,
            base_seq: null,
            row: {
              id: unit.id,
              code: null,
              name: 'Dinas Komunikasi, Informatika, Statistik dan Persandian',
              short_name: 'Diskominfo',
              kind: 'Dinas',
              active: 1,
              created_at: 1_764_900_000_000,
              updated_at: 1_764_900_100_000,
              deleted_at: null,
            },
          },
        ],
      },
    });
    expect(pushed.body.results[0].outcome).toBe('conflict');
    await page.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
    await page
      .getByTestId('sync-conflicts')
      .getByText(
        'Perubahan Anda pada OPD “Dinas Komunikasi dan Informatika” ditimpa oleh setda menjadi “Dinas Komunikasi, Informatika, Statistik dan Persandian”.',
      )
      .waitFor();
    await screenshot(page, 'pengaturan-server-bersama');

    // The server goes away: her change is kept and waits, the page and the header say so.
    await server.running.close();
    await api(shell, 'units:create', { code: null, name: 'Dinas Perhubungan', shortName: 'Dishub', kind: 'Dinas' });
    await page.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
    await page.getByTestId('sync-last-error').getByText(SYNC_OFFLINE_MESSAGE).waitFor();
    await table.getByText('1 perubahan').waitFor();
    await page.getByTestId('sync-indicator').getByText('Server tidak terhubung').waitFor();
    await screenshot(page, 'pengaturan-server-bersama-luring');
  });
});
