import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, screenshot } from './support/browser';
import { api, createPersonThroughApi } from './support/shellApi';
import { type WebShell, openBrowserOnShell, closeBrowserAndShell } from './support/webShell';

/* Issue 19: a fresh data folder shows the first-run checklist until its steps are done; Ctrl+K runs the meeting's commands. */
const PNG_1X1 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

let browser: Browser;
let shell: WebShell;
beforeAll(async () => {
  ({ browser, shell } = await openBrowserOnShell());
});
afterAll(() => closeBrowserAndShell(browser, shell));

describe('e2e: first run (issue 19)', () => {
  it('shows the checklist on a fresh folder, follows the data, goes away when done and comes back from Pengaturan', async () => {
    const page = await newPage(browser);
    await page.goto(`${shell.url}#/`);
    const checklist = page.getByRole('region', { name: 'Persiapan awal' });
    await checklist.getByText('0 dari 4 langkah selesai').waitFor();
    await screenshot(page, 'issue19-persiapan-awal');

    // Each step opens its screen.
    await checklist.getByRole('button', { name: 'Isi kop' }).click();
    await page.getByRole('tab', { name: 'Instansi', selected: true }).waitFor();
    await page.goto(`${shell.url}#/`);
    await checklist.getByRole('button', { name: 'Buka daftar OPD' }).click();
    await page.getByRole('tab', { name: 'OPD', selected: true }).waitFor();

    // Done from the data, whichever way it got there.
    const instansi = await api<Record<string, unknown>>(shell, 'settings:get-instansi', {});
    await api(shell, 'settings:update-instansi', {
      ...instansi,
      kopLines: ['PEMERINTAH KABUPATEN LEBONG', 'SEKRETARIAT DAERAH'],
      logoDataUrl: PNG_1X1,
    });
    const unit = await api<{ id: string }>(shell, 'units:create', {
      code: 'DINKES',
      name: 'Dinas Kesehatan',
      shortName: 'Dinkes',
      kind: 'dinas',
    });
    await createPersonThroughApi(shell, {
      name: 'Sri Wijaya, M.Si.',
      nip: null,
      position: 'Kepala Dinas Kesehatan',
      unitId: unit.id,
    });
    await page.goto(`${shell.url}#/`);
    await checklist.getByText('3 dari 4 langkah selesai').waitFor();

    // The first meeting from the checklist starts from the built-in template.
    await checklist.getByRole('button', { name: 'Buat rapat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Buat rapat baru' });
    await expect
      .poll(() => dialog.getByLabel('Templat acara', { exact: true }).first().inputValue())
      .toBe('Rakor Kepala OPD');
    await dialog.getByRole('textbox', { name: 'Judul rapat' }).fill('Rakor Kepala OPD Desember');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('heading', { name: 'Rakor Kepala OPD Desember' }).waitFor();

    await page.goto(`${shell.url}#/`);
    await page
      .getByRole('region', { name: 'Rapat mendatang' })
      .or(page.getByRole('region', { name: 'Rapat terakhir' }))
      .first()
      .waitFor();
    await page.getByRole('link', { name: 'Rakor Kepala OPD Desember' }).first().waitFor();
    expect(await checklist.count()).toBe(0);

    // Pengaturan -> Umum brings it back, all done, until she hides it.
    await page.goto(`${shell.url}#/pengaturan?bagian=umum`);
    await page.getByRole('button', { name: 'Tampilkan di Beranda' }).click();
    await checklist.getByText('4 dari 4 langkah selesai').waitFor();
    await checklist.getByRole('button', { name: 'Sembunyikan daftar persiapan awal' }).click();
    await page.reload();
    await page.getByRole('link', { name: 'Rakor Kepala OPD Desember' }).first().waitFor();
    expect(await checklist.count()).toBe(0);
  }, 120_000);

  it('Ctrl+K on a meeting: Sahkan is greyed with its reason on a draft, and "Ekspor dokumen" opens the export dialog', async () => {
    const page = await newPage(browser);
    const meeting = await api<{ id: string }>(shell, 'meetings:create', {
      title: 'Rapat Evaluasi Stunting',
      date: '2026-12-10',
      place: 'Aula Setda',
    });
    await page.goto(`${shell.url}#/rapat/${meeting.id}?tab=persiapan`);
    await page.getByRole('tab', { name: 'Persiapan', selected: true }).waitFor();
    await page.getByRole('button', { name: 'Ajukan ke Pimpinan' }).waitFor();

    await page.keyboard.press('Control+k');
    const search = page.getByRole('textbox', { name: 'Ketik perintah atau nama rapat…' });
    await search.waitFor();
    await search.fill('Sahkan');
    const approve = page.locator('.mantine-Spotlight-action', { hasText: 'Sahkan' }).first();
    await approve.getByText('Notula belum diajukan ke pimpinan.').waitFor();
    expect(await approve.isDisabled()).toBe(true);
    await screenshot(page, 'issue19-palet-sahkan');

    await search.fill('Ekspor dokumen');
    await page.locator('.mantine-Spotlight-action', { hasText: 'Ekspor dokumen' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Ekspor dokumen' }).waitFor();
    await page.getByRole('tab', { name: 'Notula', selected: true }).waitFor();
    await screenshot(page, 'issue19-palet-ekspor');
  }, 60_000);
});
