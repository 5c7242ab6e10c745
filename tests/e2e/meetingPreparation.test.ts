import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, SCREENSHOT_DIR } from './support/browser';
import { api, contohOffices, postApi, seedOfficesThroughApi } from './support/shellApi';
import { startWebShell, tempDataDir, type WebShell } from './support/webShell';
import type { PersonId } from '../../shared/domain/ids';
import { identityInput } from '../fixtures/meeting/identityInput';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A few OPD and officials of the fixtures (/work/shared/fixtures), through the master data API. */
async function seedMasterData(shell: WebShell) {
  await seedOfficesThroughApi(shell, contohOffices('SETDA', 'BAPPERIDA', 'BPKAD', 'DINKES', 'BAG-PEM'), [
    ['Nama Wakil Bupati Contoh, S.E.', null, 'Wakil Bupati Contoh', 'SETDA', true],
    ['Sri Wijaya, M.Si.', '197806182000042012', 'Sekretaris Daerah', 'SETDA'],
    ['Dra. Sri Purnomo, S.E., M.M.', '197712201999092002', 'Asisten Pemerintahan dan Kesejahteraan Rakyat', 'SETDA'],
    ['Budi Siregar, S.H., M.H.', '198310072011091010', 'Kepala Badan Bapperida', 'BAPPERIDA'],
    ['Hj. Siti Hidayat, S.E., M.M.', '196707161989052010', 'Kepala Badan BPKAD', 'BPKAD'],
    ['H. Doni Purnomo, S.Kom.', '197403122003031012', 'Kepala Dinas Dinkes', 'DINKES'],
    ['H. Irwan Setiawan, M.Si.', '199108182017031008', 'Analis Pemerintahan Bagian Pemerintahan', 'BAG-PEM'],
  ]);
}

/**
 * The whole page at the laptop's width. A fullPage capture would paint the fixed
 * AppShell header and navbar in the middle of the image, so the viewport grows to
 * the page's height instead, and shrinks back afterwards.
 */
async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Toasts would cover the rows the picture is about.
  const toasts = page.locator('.mantine-Notification-root');
  for (let left = 10; left > 0 && (await toasts.count()) > 0; left -= 1) {
    await toasts
      .first()
      .getByRole('button')
      .click()
      .catch(() => undefined);
    await page.waitForTimeout(250);
  }
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1366, height: Math.max(768, height) });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  await page.setViewportSize({ width: 1366, height: 768 });
  return path;
}

/** Opens a Mantine Select/MultiSelect by its label, filters by typing when searchable, and picks the option. */
async function pick(page: Page, scope: Page | Locator, label: string, option: string, search?: string) {
  const input = scope.getByLabel(label, { exact: true }).first();
  await input.click();
  if (search) await input.fill(search);
  await page.getByRole('option', { name: option }).first().click();
  // A MultiSelect stays open for the next pick; Escape closes its list (Mantine keeps the modal open).
  if ((await input.getAttribute('aria-expanded')) === 'true') await input.press('Escape');
}

describe('e2e: meeting preparation (issue 3 parts 4-7)', () => {
  it('prepares a rakor from the template, marks attendance, and creates the next meeting of its series', async () => {
    const dataDir = tempDataDir();
    const shell = await startWebShell(dataDir);
    await seedMasterData(shell);
    const page = await newPage(browser);

    // Data Master → Rapat Berkala: the series with its defaults.
    await page.goto(`${shell.url}#/data-master?bagian=rapat-berkala`);
    await page.getByText('Belum ada rapat berkala.').waitFor();
    await page.getByRole('button', { name: 'Rapat berkala baru' }).click();
    const seriesDialog = page.getByRole('dialog');
    await seriesDialog.getByLabel('Nama rapat berkala').fill('Rakor Kepala OPD');
    await pick(page, seriesDialog, 'Templat acara', 'Rakor Kepala OPD');
    await pick(page, seriesDialog, 'Pimpinan Rapat (Ketua)', 'Nama Wakil Bupati Contoh, S.E.', 'Wakil Bupati');
    await pick(page, seriesDialog, 'Notulis', 'H. Irwan Setiawan, M.Si.', 'Irwan');
    for (const [search, option] of [
      ['Kesehatan', 'Dinas Kesehatan (Dinkes)'],
      ['Bapperida', 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah (Bapperida)'],
      ['BPKAD', 'Badan Pengelolaan Keuangan dan Aset Daerah'],
    ] as const) {
      await pick(page, seriesDialog, 'OPD yang diundang', option, search);
    }
    await seriesDialog.getByRole('button', { name: 'Simpan' }).click();
    const seriesTable = page.getByRole('table', { name: 'Rapat berkala' });
    await seriesTable.getByText('setiap 2 bulan').waitFor();
    await screenshot(page, 'data-master-rapat-berkala');
    await page.getByRole('tab', { name: 'Templat Acara' }).click();
    await page
      .getByRole('table', { name: 'Templat acara' })
      .getByText('Arahan Bupati/Wakil Bupati (Bupati/Wakil Bupati)')
      .waitFor();
    await screenshot(page, 'data-master-templat-acara');

    // Rapat baru: the series brings its title and the Rakor Kepala OPD template.
    await page.getByRole('link', { name: 'Rapat', exact: true }).click();
    await page.getByRole('button', { name: 'Rapat baru' }).first().click();
    const newDialog = page.getByRole('dialog');
    const dateInput = newDialog.getByLabel('Tanggal');
    await dateInput.fill('Jumat, 27 November 2026');
    await dateInput.press('Tab');
    await newDialog.getByLabel('Tempat').fill('Ruang Rapat Bupati');
    await pick(page, newDialog, 'Rapat berkala', 'Rakor Kepala OPD');
    expect(await newDialog.getByLabel('Templat acara', { exact: true }).first().inputValue()).toBe('Rakor Kepala OPD');
    expect(await newDialog.getByLabel('Judul rapat').inputValue()).toBe('Rakor Kepala OPD');
    await newDialog.getByLabel('Judul rapat').fill('Rapat Koordinasi Kepala OPD');
    await screenshot(page, 'rapat-baru-dari-templat');
    await newDialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('link', { name: 'Rapat Koordinasi Kepala OPD' }).click();

    // Persiapan: header, identity and the template's agenda.
    await page.getByRole('heading', { name: 'Rapat Koordinasi Kepala OPD' }).waitFor();
    await page.getByText('Jumat, 27 November 2026 · Ruang Rapat Bupati').waitFor();
    expect(await page.getByRole('tab', { name: 'Persiapan' }).getAttribute('aria-selected')).toBe('true');
    const agenda = page.getByRole('table', { name: 'Acara' });
    await agenda.getByText('Pembukaan oleh Pimpinan Rapat').waitFor();
    expect(await agenda.getByRole('row').count()).toBe(7);
    await page.getByLabel('Waktu Panggilan').fill('08:30');
    // exact: the missing-parts list names it too ("Lengkapi: Waktu mulai rapat belum diisi").
    await page.getByLabel('Waktu mulai', { exact: true }).fill('09:00');
    await page.getByLabel('Surat Undangan: nomor').fill('005/123/Setda');
    await pick(page, page, 'Sekretaris', 'Dra. Sri Purnomo, S.E., M.M.', 'Asisten');
    await pick(page, page, 'Awalan Sekretaris', 'Plh.');
    await page.getByRole('button', { name: 'Simpan identitas' }).click();
    await page.getByText(/^Tersimpan \d{2}\.\d{2}$/).waitFor();

    // Bad input in the form: an end before the start is refused with main's message.
    await page.getByLabel('s.d. selesai').uncheck();
    await page.getByLabel('Waktu selesai', { exact: true }).fill('08:00');
    await page.getByRole('button', { name: 'Simpan identitas' }).click();
    await page.getByRole('alert').filter({ hasText: 'Waktu selesai harus sesudah waktu mulai.' }).waitFor();
    await page.getByLabel('s.d. selesai').check();
    await page.getByRole('button', { name: 'Simpan identitas' }).click();
    await page.getByText(/^Tersimpan \d{2}\.\d{2}$/).waitFor();

    // Keyboard reorder: "Lain-lain" up one place.
    await page.getByRole('button', { name: 'Naikkan "Lain-lain"' }).click();
    await agenda.getByRole('row').nth(4).getByText('Lain-lain').waitFor();
    await page.getByRole('button', { name: 'Turunkan "Lain-lain"' }).click();
    await agenda.getByRole('row').nth(5).getByText('Lain-lain').waitFor();
    // Drag and drop (HTML5): "Penutup" onto "Lain-lain" takes its place; the buttons put it back.
    await agenda.getByRole('row').nth(6).dragTo(agenda.getByRole('row').nth(5));
    await agenda.getByRole('row').nth(5).getByText('Penutup').waitFor();
    await page.getByRole('button', { name: 'Turunkan "Penutup"' }).click();
    await agenda.getByRole('row').nth(6).getByText('Penutup').waitFor();
    // Fits the 1366 x 768 laptop: no horizontal scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await screenshot(page, 'rapat-persiapan');

    // Attendance: the series' units are invited in the name of their heads; one more official and a guest.
    const attendance = page.getByRole('table', { name: 'Undangan dan kehadiran' });
    await attendance.getByText('H. Doni Purnomo, S.Kom.').waitFor();
    await page.getByRole('button', { name: 'Undang OPD/pejabat' }).click();
    const inviteDialog = page.getByRole('dialog');
    await pick(page, inviteDialog, 'Pejabat', 'Sri Wijaya, M.Si. — Sekretaris Daerah', 'Sri Wijaya');
    await inviteDialog.getByRole('button', { name: 'Undang OPD/pejabat' }).click();
    await attendance.getByText('Sri Wijaya, M.Si.').waitFor();
    await page.getByRole('button', { name: 'Tambah tamu' }).click();
    const guestDialog = page.getByRole('dialog');
    await guestDialog.getByLabel('Nama tamu').fill('Dr. Andi Wijaya');
    await guestDialog.getByLabel('Jabatan').fill('Tenaga Ahli Kesehatan Masyarakat');
    await guestDialog.getByLabel('Instansi').fill('Universitas Contoh');
    await guestDialog.getByRole('button', { name: 'Tambah tamu' }).click();
    await attendance.getByText('Dr. Andi Wijaya').waitFor();

    await pick(page, page, 'Status kehadiran H. Doni Purnomo, S.Kom.', 'Hadir');
    await page.getByLabel('Waktu datang H. Doni Purnomo, S.Kom.').fill('08:55');
    await page.getByLabel('Waktu datang H. Doni Purnomo, S.Kom.').press('Tab');
    await pick(page, page, 'Status kehadiran Sri Wijaya, M.Si.', 'Hadir');
    await pick(page, page, 'Status kehadiran Budi Siregar, S.H., M.H.', 'Diwakili');
    const rep = page.getByRole('form', { name: 'Wakil untuk Budi Siregar, S.H., M.H.' });
    await rep.getByLabel('Nama wakil').fill('Hj. Ratna Gunawan');
    await rep.getByLabel('NIP wakil').fill('19761202200607200');
    await rep.getByLabel('Jabatan wakil').fill('Sekretaris Bapperida');
    await rep.getByRole('button', { name: 'Simpan wakil' }).click();
    await rep.getByRole('alert').filter({ hasText: 'NIP wakil harus 18 angka' }).waitFor();
    await rep.getByLabel('NIP wakil').fill('19761202 200607 2 007');
    await rep.getByRole('button', { name: 'Simpan wakil' }).click();
    await page
      .getByText('Diwakili oleh Hj. Ratna Gunawan, Sekretaris Bapperida (NIP. 19761202 200607 2 007)')
      .waitFor();
    await pick(page, page, 'Status kehadiran Hj. Siti Hidayat, S.E., M.M.', 'Izin');
    const summary = page.getByTestId('attendance-summary');
    await expect.poll(() => summary.textContent()).toBe('5 orang: hadir 3, diwakili 1, izin 1');
    await screenshot(page, 'rapat-kehadiran');

    // Rapat berikutnya: two months later, prefilled from the series.
    await page.getByRole('button', { name: 'Rapat berikutnya' }).click();
    const nextDialog = page.getByRole('dialog');
    expect(await nextDialog.getByLabel('Tanggal rapat berikutnya').inputValue()).toBe('Rabu, 27 Januari 2027');
    await nextDialog.getByText('Rapat terakhir: Jumat, 27 November 2026.', { exact: false }).waitFor();
    await nextDialog.getByRole('button', { name: 'Buat rapat berikutnya' }).click();
    await page.getByText('Rabu, 27 Januari 2027 · Ruang Rapat Bupati').waitFor();
    await page.getByRole('heading', { name: 'Rakor Kepala OPD' }).waitFor();
    await page.getByRole('table', { name: 'Acara' }).getByText('Pembukaan oleh Pimpinan Rapat').waitFor();
    await page
      .getByRole('table', { name: 'Undangan dan kehadiran' })
      .getByText('Hj. Siti Hidayat, S.E., M.M.')
      .waitFor();
    expect(await page.getByLabel('Waktu Panggilan').inputValue()).toBe('08:30');
    expect(await page.getByLabel('Pimpinan Rapat (Ketua)', { exact: true }).first().inputValue()).toBe(
      'Nama Wakil Bupati Contoh, S.E.',
    );
    expect(await page.getByLabel('Notulis', { exact: true }).first().inputValue()).toBe('H. Irwan Setiawan, M.Si.');
    await page.getByText('Belum ada yang ditandai hadir atau tidak hadir.').waitFor();
    await screenshot(page, 'rapat-berikutnya');
    await shell.stop();

    const db = new Database(join(dataDir, 'risalah.db'), { readonly: true });
    expect(
      db.prepare('SELECT title, date, call_time, start_time, end_time, status FROM meetings ORDER BY date').all(),
    ).toEqual([
      {
        title: 'Rapat Koordinasi Kepala OPD',
        date: '2026-11-27',
        call_time: '08:30',
        start_time: '09:00',
        end_time: null,
        status: 'DRAF',
      },
      {
        title: 'Rakor Kepala OPD',
        date: '2027-01-27',
        call_time: '08:30',
        start_time: '09:00',
        end_time: null,
        status: 'DRAF',
      },
    ]);
    expect(
      db
        .prepare("SELECT status, representative_name, representative_nip FROM attendance WHERE status = 'DIWAKILI'")
        .all(),
    ).toEqual([
      { status: 'DIWAKILI', representative_name: 'Hj. Ratna Gunawan', representative_nip: '197612022006072007' },
    ]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('refuses bad input through the API with Indonesian messages and changes nothing', async () => {
    const dataDir = tempDataDir();
    const shell = await startWebShell(dataDir);
    await seedMasterData(shell);
    const meeting = await api<{ id: string }>(shell, 'meetings:create', { title: 'Rakor', date: '2026-11-27' });
    const post = (channel: string, input: unknown) => postApi(shell, channel, input);
    const missing = '00000000-0000-4000-8000-000000000000';
    const refusals = [
      await post('meetings:create', { title: ' ', date: '2026-11-27' }),
      await post('attendance:invite', { meetingId: meeting.id, unitIds: [missing], personIds: [] }),
      await post('attendance:invite', { meetingId: meeting.id, unitIds: [], personIds: [missing] }),
      await post(
        'meetings:update-identity',
        identityInput(meeting.id, {
          title: 'Rakor',
          startTime: '10:00',
          endTime: '09:00',
          place: '',
          chair: { personId: missing as PersonId, acting: '' },
        }),
      ),
    ];
    expect(refusals.map((r) => (r.ok ? 'accepted' : r.error.message))).toEqual([
      'Judul rapat wajib diisi.',
      '1 OPD yang dipilih tidak ditemukan di data master; muat ulang daftar lalu pilih lagi.',
      '1 pejabat yang dipilih tidak ditemukan di data master; muat ulang daftar lalu pilih lagi.',
      'Waktu selesai harus sesudah waktu mulai.',
    ]);
    await shell.stop();
    const db = new Database(join(dataDir, 'risalah.db'), { readonly: true });
    expect(db.prepare('SELECT title, start_time FROM meetings').all()).toEqual([{ title: 'Rakor', start_time: null }]);
    expect(db.prepare('SELECT count(*) AS n FROM attendance').get()).toEqual({ n: 0 });
    db.close();
  });
});
