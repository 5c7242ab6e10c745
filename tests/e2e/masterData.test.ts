import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, SCREENSHOT_DIR } from './support/browser';
import { startWebShell, tempDataDir, type WebShell } from './support/webShell';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/masterData');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What she sees on her 1366 x 768 screen: a dialog is shot as shown, not as a full page behind it. */
async function screenShot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Full page from the top, so the fixed header sits where she sees it. */
async function pageShot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

/** Clicks a button that opens the browser's file picker and answers it with a fixture. */
async function chooseFile(page: Page, buttonName: string, fixture: string, scope = page.getByRole('dialog')) {
  const chooser = page.waitForEvent('filechooser');
  await scope.getByRole('button', { name: buttonName }).click();
  await (await chooser).setFiles(join(FIXTURES, fixture));
}

async function importFixture(page: Page, fixture: string, rows: number, shot?: string) {
  await page.getByRole('button', { name: 'Impor CSV/Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor OPD dan pejabat' });
  await chooseFile(page, 'Pilih berkas', fixture, dialog);
  await dialog.getByText(`${rows} baris: ${rows} siap, 0 bermasalah`).waitFor();
  expect(await dialog.getByText('CSV, pemisah koma, UTF-8').isVisible()).toBe(true);
  if (shot) await screenShot(page, shot);
  // The previous import's notice may still be on screen: wait for this import's own one.
  const notices = page.getByText(/^Impor selesai:/);
  const before = await notices.count();
  await dialog.getByRole('button', { name: `Impor ${rows} baris` }).click();
  await expect.poll(() => notices.count(), { timeout: 30_000 }).toBeGreaterThan(before);
  await dialog.waitFor({ state: 'hidden' });
}

describe('e2e: instansi profile and master data import', () => {
  let shell: WebShell;
  afterAll(async () => {
    await shell?.stop();
  });

  it('fills the instansi profile, imports the fixture OPD and officials, and lists them', async () => {
    const dataDir = tempDataDir();
    shell = await startWebShell(dataDir);
    const page = await newPage(browser);
    await page.goto(`${shell.url}#/pengaturan?bagian=instansi`);

    // Pengaturan > Instansi, with the kop drawn as she types.
    await page.getByLabel('Baris kop 1', { exact: true }).fill('PEMERINTAH KABUPATEN LEBONG');
    await page.getByLabel('Baris kop 2', { exact: true }).fill('SEKRETARIAT DAERAH');
    await page.getByLabel('Alamat', { exact: true }).fill('Jalan Basuki Rahmat No. 1, Tubei');
    await page.getByLabel('Telepon', { exact: true }).fill('(0732) 21000');
    await page.getByLabel('Pos-el (email)', { exact: true }).fill('setda@lebongkab.go.id');
    await page.getByLabel('Laman (situs web)', { exact: true }).fill('lebongkab.go.id');
    await page.getByLabel(/Kota tempat penandatanganan/).fill('Tubei');
    await chooseFile(page, 'Pilih gambar', 'lambang-contoh.png', page.getByRole('group', { name: 'Lambang daerah' }));
    await page.getByRole('img', { name: 'Lambang daerah yang dipakai di kop' }).waitFor();
    const preview = page.getByRole('img', { name: 'Pratinjau kop seperti tercetak di dokumen' });
    await preview.getByText('PEMERINTAH KABUPATEN LEBONG').waitFor();
    await preview.getByText('Pos-el setda@lebongkab.go.id  Laman lebongkab.go.id').waitFor();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Semua perubahan tersimpan.').waitFor();
    await pageShot(page, 'pengaturan-instansi');

    // Dokumen: F4 and Arial by default; choose NOTULEN and the old layout.
    await page.getByRole('tab', { name: 'Dokumen' }).click();
    await page.getByText('NOTULEN', { exact: true }).first().click();
    await page.getByRole('radio', { name: /Model lama/ }).check();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Semua perubahan tersimpan.').waitFor();
    await pageShot(page, 'pengaturan-dokumen');

    // Survives a reload: it is in the database, not the page.
    await page.reload();
    await page.getByRole('tab', { name: 'Instansi' }).click();
    expect(await page.getByLabel('Baris kop 1', { exact: true }).inputValue()).toBe('PEMERINTAH KABUPATEN LEBONG');

    // Data Master: import the OPD, then the officials that refer to them by code.
    await page.goto(`${shell.url}#/data-master`);
    await page.getByText('Belum ada OPD').waitFor();
    await importFixture(page, 'opd-contoh.csv', 42);
    const units = page.getByRole('table', { name: 'Daftar OPD' });
    await units.getByText('Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah').waitFor();
    expect(await page.getByText('42 ditampilkan · 42 aktif dari 42 OPD').isVisible()).toBe(true);
    await pageShot(page, 'data-master-opd');

    await page.getByRole('tab', { name: 'Pejabat' }).click();
    await page.getByText('Belum ada pejabat').waitFor();
    await importFixture(page, 'pejabat-contoh.csv', 76, 'import-preview');
    const people = page.getByRole('table', { name: 'Daftar pejabat' });
    await page.getByText('76 pejabat', { exact: true }).waitFor();
    // 50 a page, by name: the Bupati is on the second.
    await people.getByText('Budi Maharani, S.E., M.M.').waitFor();
    await page.getByRole('button', { name: '2', exact: true }).click();
    await people.getByText('Nama Bupati Contoh, S.H.').waitFor();
    await page.getByLabel('Cari pejabat', { exact: true }).fill('19780618 200004');
    await page.getByText('1 pejabat', { exact: true }).waitFor();
    await people.getByText('NIP. 19780618 200004 2 012').waitFor();
    await people.getByText('Sri Wijaya, M.Si.').waitFor();
    expect(await people.getByRole('row').count()).toBe(2);
    await page.getByLabel('Cari pejabat', { exact: true }).fill('');
    await people.getByText('Budi Maharani, S.E., M.M.').waitFor();
    await pageShot(page, 'data-master-pejabat');

    // A file with bad rows: the preview names each problem and nothing is written.
    await page.getByRole('button', { name: 'Impor CSV/Excel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Impor OPD dan pejabat' });
    await chooseFile(page, 'Pilih berkas', 'pejabat-salah.csv', dialog);
    await dialog.getByText('4 baris: 0 siap, 4 bermasalah').waitFor();
    expect(await dialog.getByRole('button', { name: 'Impor 4 baris' }).isDisabled()).toBe(true);
    await screenShot(page, 'import-preview-bermasalah');
    await dialog.getByRole('button', { name: 'Batal' }).click();

    // Bad input through the API itself: an unknown unit id is refused in Indonesian.
    const refused = await fetch(`${shell.origin}/api/people:create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${shell.token}` },
      body: JSON.stringify({
        name: 'Orang Baru',
        nip: null,
        rankCode: null,
        position: '',
        unitId: '00000000-0000-4000-8000-000000000000',
        phone: '',
        email: '',
        isPolitical: false,
      }),
    });
    expect(await refused.json()).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'OPD yang dipilih tidak ditemukan; pilih OPD dari daftar.' },
    });

    await shell.stop();
    const db = new Database(join(dataDir, 'risalah.db'), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM units').get()).toEqual({ n: 42 });
    expect(db.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 76 });
    const profile = JSON.parse(
      (db.prepare("SELECT value_json FROM settings WHERE key = 'instansi'").get() as { value_json: string }).value_json,
    );
    expect(profile).toMatchObject({
      kopLines: ['PEMERINTAH KABUPATEN LEBONG', 'SEKRETARIAT DAERAH'],
      city: 'Tubei',
      paper: 'F4',
      titleLabel: 'NOTULEN',
    });
    expect(profile.logoDataUrl).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    db.close();
  });
});
