import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { api } from './support/shellApi';
import { startWebShell, tempDataDir, type WebShell } from './support/webShell';

let browser: Browser;
let shell: WebShell;
const dataDir = tempDataDir();

beforeAll(async () => {
  browser = await launchBrowser();
  shell = await startWebShell(dataDir);
});
afterAll(async () => {
  await shell?.stop();
  await browser?.close();
});

/** One call to this file's shell (restarted below, so read at each call). */
const call = <T>(channel: string, input: unknown) => api<T>(shell, channel, input);

/**
 * The same data folder on the same port: the browser's origin, and so its localStorage,
 * stay the same, as they do for the desktop app's own page across restarts.
 */
async function restartShell(): Promise<void> {
  const port = shell.port;
  await shell.stop();
  shell = await startWebShell(dataDir, port);
}

const PLACE = 'Ruang Rapat Bupati, Lantai 2';
const OFFICIAL = 'Dr. Rahmawati Nasution, M.Kes.';

describe('forms keep what she typed', () => {
  let page: Page;
  let meetingId = '';

  it('Persiapan identity: a tab switch, a reload and a restart of the shell keep the unsaved place', async () => {
    meetingId = (
      await call<{ id: string }>('meetings:create', {
        title: 'Rakor Percepatan Penurunan Stunting',
        date: '2026-12-07',
      })
    ).id;
    page = await newPage(browser);
    const open = () => page.goto(`${shell.url}#/rapat/${meetingId}?tab=persiapan`);
    const place = () => page.getByLabel('Tempat', { exact: true });
    await open();
    await place().fill(PLACE);
    await page.getByText('Belum disimpan').first().waitFor();

    await page.getByRole('tab', { name: 'Riwayat' }).click();
    await page.getByRole('tab', { name: 'Persiapan' }).click();
    expect(await place().inputValue()).toBe(PLACE);

    await page.reload();
    expect(await place().inputValue()).toBe(PLACE);
    await page.getByTestId('draft-notice').waitFor();

    await restartShell();
    await open();
    expect(await place().inputValue()).toBe(PLACE);
    await screenshot(page, 'form-draft-identity-after-restart');

    // Saved: the place is main's now and the draft is gone.
    await page.getByRole('button', { name: 'Simpan identitas' }).click();
    await page.getByTestId('draft-notice').waitFor({ state: 'detached' });
    const detail = await call<{ place: string }>('meetings:get', { id: meetingId });
    expect(detail.place).toBe(PLACE);
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('risalah:draft:'))),
    ).toEqual([]);
  });

  it('Data Master: an official half typed in "Tambah pejabat" survives a tab switch, a reload and a restart', async () => {
    const open = () => page.goto(`${shell.url}#/data-master?bagian=pejabat`);
    const dialog = page.getByRole('dialog', { name: 'Tambah pejabat' });
    const name = () => dialog.getByLabel(/^Nama/).first();
    await open();
    await page.getByRole('button', { name: 'Tambah pejabat' }).click();
    await name().fill(OFFICIAL);
    await dialog.getByLabel('Jabatan', { exact: true }).fill('Kepala Dinas Kesehatan');

    // Batal with changes asks first; she keeps the draft.
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await dialog.getByRole('alertdialog', { name: 'Buang perubahan?' }).waitFor();
    await screenshot(page, 'form-modal-leave-question');
    await dialog.getByRole('button', { name: 'Simpan sebagai draf' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'OPD', exact: true }).click();
    await page.getByRole('tab', { name: 'Pejabat' }).click();
    await page.getByRole('button', { name: 'Tambah pejabat' }).click();
    expect(await name().inputValue()).toBe(OFFICIAL);

    await page.reload();
    await page.getByRole('button', { name: 'Tambah pejabat' }).click();
    expect(await name().inputValue()).toBe(OFFICIAL);

    // The dialog opened after the reload is closed by leaving the page: the restarted shell keeps
    // its port and token, so the same address would otherwise be only a hash change.
    await page.goto('about:blank');
    await restartShell();
    await open();
    await page.getByRole('button', { name: 'Tambah pejabat' }).click();
    expect(await name().inputValue()).toBe(OFFICIAL);
    expect(await dialog.getByLabel('Jabatan', { exact: true }).inputValue()).toBe('Kepala Dinas Kesehatan');
    await dialog.getByTestId('draft-notice').waitFor();
    await screenshot(page, 'form-modal-draft-offered-back');

    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const table = page.getByRole('table', { name: 'Daftar pejabat' });
    await table.getByText(OFFICIAL).waitFor();
    await screenshot(page, 'entity-list-panel-people');
    await page.getByRole('button', { name: 'Tambah pejabat' }).click();
    expect(await name().inputValue()).toBe('');
  });
});
