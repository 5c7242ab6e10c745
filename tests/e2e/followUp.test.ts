import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../shared/domain/dates';
import { addDays } from '../../shared/domain/followUp';
import { COLUMN, FORM_SHEET } from '../../electron/main/services/followUp/opdForm';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { api } from './support/shellApi';
import { startWebShell, tempDataDir, type WebShell } from './support/webShell';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const NO_ROLE = { personId: null, acting: '' };

/**
 * Two meetings of a series, seeded through the same API the screens use. Due dates are
 * relative to today in WIB (the instansi's default zone), since the shell runs on the
 * real clock.
 */
async function seed(shell: WebShell, today: string) {
  const unit = (code: string, name: string) =>
    api<{ id: string }>(shell, 'units:create', { code, name, shortName: code, kind: 'dinas' });
  const dinkes = await unit('DINKES', 'Dinas Kesehatan');
  const pupr = await unit('PUPR', 'Dinas PUPR');
  const bappeda = await unit('BAPPEDA', 'Bappeda');
  const series = await api<{ id: string }>(shell, 'series:create', {
    title: 'Rakor Kepala OPD',
    cadenceMonths: 2,
    defaults: {
      templateId: null,
      chair: NO_ROLE,
      secretary: NO_ROLE,
      notulis: NO_ROLE,
      inviteUnitIds: [],
      invitePersonIds: [],
    },
  });
  const first = await api<{ id: string }>(shell, 'meetings:create', {
    title: 'Rakor Kepala OPD',
    date: addDays(today, -60),
    place: 'Aula Setda',
    seriesId: series.id,
  });
  const commitment = (meetingId: string, text: string, due: number, owners: string[]) =>
    api<{ id: string }>(shell, 'commitments:create', {
      meetingId,
      text,
      agendaItemId: null,
      dueDate: addDays(today, due),
      ownerUnitIds: owners,
      programTag: '',
    });
  await commitment(first.id, 'Percepat vaksinasi campak', -10, [dinkes.id, pupr.id]);
  await commitment(first.id, 'Perbaiki jalan desa menuju puskesmas', 3, [pupr.id]);
  await commitment(first.id, 'Susun laporan serapan anggaran', 30, [bappeda.id]);
  const second = await api<{ id: string }>(shell, 'series:next-meeting', { seriesId: series.id, date: today });
  await commitment(second.id, 'Mutakhirkan data stunting', 5, [dinkes.id]);
  return { dinkes, pupr, bappeda, first, second };
}

/** The counts on an OPD's card: Terbuka, Terlambat, ≤ N hari, Selesai. */
async function cardCounts(page: Page, unitName: string): Promise<number[]> {
  const card: Locator = page.getByTitle(`Tampilkan tindak lanjut ${unitName}`, { exact: true });
  const numbers = await card.locator('p').allInnerTexts();
  return numbers.filter((text) => /^\d+$/.test(text.trim())).map(Number);
}

async function pickOption(page: Page, scope: Locator, label: RegExp, option: string) {
  await scope.getByLabel(label).click();
  await page.getByRole('option', { name: option }).click();
}

describe('e2e: follow-up between meetings', () => {
  it('carries a commitment into the next meeting, records an update, round-trips an OPD form, and the counts match a hand count', async () => {
    const today = todayIn('Asia/Jakarta');
    const dataDir = tempDataDir();
    const shell = await startWebShell(dataDir);
    const ids = await seed(shell, today);
    const page = await newPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));

    // 1. The second meeting lists what is still open from the first, with its current status (live until approval).
    await page.goto(`${shell.url}#/rapat/${ids.second.id}?tab=tindak-lanjut`);
    const panel = page.getByRole('region', { name: 'Tindak lanjut hasil rapat sebelumnya' });
    await panel.getByText(/^Status terkini setiap OPD/).waitFor();
    const items = panel.getByRole('listitem');
    expect(await items.count()).toBe(4);
    const vaksinDinkes = panel.getByRole('listitem', { name: /Percepat vaksinasi campak — Dinas Kesehatan/ });
    await expect.poll(() => vaksinDinkes.getByText('Belum Ditindaklanjuti').count(), { timeout: 15_000 }).toBe(1);
    expect(await panel.getByText('Mutakhirkan data stunting').count()).toBe(0);
    // The whole list's counts (read from the counters, issue 17): four open owners, the two due ten days ago late.
    const counts = panel.getByRole('group', { name: 'Jumlah tindak lanjut rapat sebelumnya' });
    await counts.getByText('4 belum selesai').waitFor();
    expect(await counts.getByText('2 terlambat').count()).toBe(1);
    expect(await panel.getByRole('button', { name: 'Muat lebih banyak' }).count()).toBe(0);

    // 2. Dinas Kesehatan reports in this meeting.
    await vaksinDinkes.getByRole('button', { name: 'Catat laporan Dinas Kesehatan' }).click();
    const form = page.getByRole('dialog', { name: 'Catat perkembangan: Dinas Kesehatan' });
    await pickOption(page, form, /^Status/, 'Dalam Proses');
    await form.getByLabel('Perkembangan').fill('Cakupan imunisasi 85%, sisa dua desa');
    await form.getByLabel('Persentase (%)').fill('85');
    await form.getByRole('button', { name: 'Simpan perkembangan' }).click();
    await form.waitFor({ state: 'hidden' });
    // Shown twice while live: as the current status and as this meeting's report.
    await vaksinDinkes.getByText('Cakupan imunisasi 85%, sisa dua desa (85%)').first().waitFor();
    await screenshot(page, 'tindak-lanjut-rapat');

    // 3. Tindak Lanjut: export Dinas PUPR's form only (one file, delivered as it is).
    await page.goto(`${shell.url}#/tindak-lanjut`);
    await page.getByRole('table', { name: 'Daftar tindak lanjut' }).waitFor();
    await page.getByRole('button', { name: 'Minta laporan OPD' }).click();
    const request = page.getByRole('dialog', { name: 'Minta laporan OPD' });
    await request.getByLabel('OPD', { exact: true }).click();
    await page.getByRole('option', { name: 'Dinas PUPR' }).click();
    // A MultiSelect stays open for more picks; a click elsewhere closes it.
    await request.getByText(/Buat surat permintaan laporan/).click();
    await request.getByRole('checkbox', { name: 'Surat permintaan laporan (DOCX)' }).uncheck();
    const downloadPromise = page.waitForEvent('download');
    await request.getByRole('button', { name: 'Buat berkas' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^Formulir Dinas PUPR - Tindak Lanjut .+\.xlsx$/);
    const workDir = tempDataDir('risalah-e2e-form-');
    const exported = join(workDir, download.suggestedFilename());
    await download.saveAs(exported);

    // 4. The OPD fills it (here: exceljs), and she imports the reply.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported);
    const sheet = workbook.getWorksheet(FORM_SHEET)!;
    const filled: string[] = [];
    sheet.eachRow((row) => {
      const text = row.getCell(COLUMN.text).value;
      if (text === 'Percepat vaksinasi campak') {
        row.getCell(COLUMN.status).value = 'Selesai';
        row.getCell(COLUMN.progress).value = 'Akses jalan ke posyandu selesai';
        row.getCell(COLUMN.link).value = 'https://pupr.example.go.id/foto';
        filled.push(String(text));
      }
      if (text === 'Perbaiki jalan desa menuju puskesmas') {
        row.getCell(COLUMN.status).value = 'Dalam Proses';
        row.getCell(COLUMN.progress).value = 'Pengaspalan 50%';
        row.getCell(COLUMN.percent).value = 50;
        filled.push(String(text));
      }
    });
    expect(filled).toHaveLength(2);
    const reply = join(workDir, 'balasan-pupr.xlsx');
    writeFileSync(reply, Buffer.from(await workbook.xlsx.writeBuffer()));

    await page.getByRole('button', { name: 'Impor balasan OPD' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Impor balasan OPD' });
    const chooserPromise = page.waitForEvent('filechooser');
    await importDialog.getByRole('button', { name: 'Pilih berkas Excel' }).click();
    await (await chooserPromise).setFiles(reply);
    const preview = importDialog.getByRole('table', { name: 'Pratinjau impor' });
    await preview.waitFor();
    await preview.getByText('Belum Ditindaklanjuti → Selesai').waitFor();
    await preview.getByText('Belum Ditindaklanjuti → Dalam Proses').waitFor();
    await importDialog.getByText('Perubahan: 2').waitFor();
    await screenshot(page, 'tindak-lanjut-impor');
    await importDialog.getByRole('button', { name: 'Terapkan 2 perubahan' }).click();
    await importDialog.waitFor({ state: 'hidden' });
    await page.getByText('2 perkembangan dari Dinas PUPR tersimpan.').waitFor();

    // 5. The cards against a hand count (Terbuka, Terlambat, ≤ 7 hari, Selesai):
    //    Dinkes: vaksinasi (Dalam Proses, late) + data stunting (due in 5 days).
    //    PUPR: vaksinasi done; jalan desa in progress, due in 3 days.
    //    Bappeda: serapan, due in 30 days.
    await expect.poll(() => cardCounts(page, 'Dinas PUPR'), { timeout: 15_000 }).toEqual([1, 0, 1, 1]);
    expect(await cardCounts(page, 'Dinas Kesehatan')).toEqual([2, 1, 1, 0]);
    expect(await cardCounts(page, 'Bappeda')).toEqual([1, 0, 0, 0]);
    // The page shows what is open unless she asks for every status: PUPR's open one (jalan desa),
    // then all four open ones, late first, each as a keyset page without a count.
    await page.getByTitle('Tampilkan tindak lanjut Dinas PUPR', { exact: true }).click();
    await page.getByText('1 butir ditampilkan, yang terlambat lebih dulu').waitFor();
    await page.getByTitle('Tampilkan tindak lanjut Dinas PUPR', { exact: true }).click();
    await page.getByText('4 butir ditampilkan, yang terlambat lebih dulu').waitFor();
    expect(await page.getByRole('button', { name: 'Muat lebih banyak' }).count()).toBe(0);
    // Let the confirmations fade so the screenshot shows the page itself.
    await page.getByText('2 perkembangan dari Dinas PUPR tersimpan.').waitFor({ state: 'hidden', timeout: 15_000 });
    await screenshot(page, 'tindak-lanjut');

    // The drawer shows the newest report first.
    await page.getByRole('button', { name: 'Buka rincian: Percepat vaksinasi campak' }).click();
    const drawer = page.getByRole('dialog', { name: 'Rincian tindak lanjut' });
    await drawer.getByText('Akses jalan ke posyandu selesai').waitFor();
    await drawer.getByText('Dilaporkan dalam Rakor Kepala OPD').waitFor();
    await page.keyboard.press('Escape');

    // 6. Beranda: the same counts, by OPD.
    await page.goto(`${shell.url}#/`);
    const home = page.getByRole('region', { name: 'Tindak lanjut per OPD' });
    await home.getByRole('link', { name: 'Dinas Kesehatan: Terlambat 1' }).waitFor();
    await home.getByRole('link', { name: 'Dinas PUPR: Jatuh tempo ≤ 7 hari 1' }).waitFor();
    expect(await home.getByText('Bappeda').count()).toBe(0);
    await screenshot(page, 'beranda-tindak-lanjut');
    await home.getByRole('link', { name: 'Dinas Kesehatan: Terlambat 1' }).click();
    await page.getByText('1 butir').waitFor();

    expect(errors).toEqual([]);
    await shell.stop();

    const db = new Database(join(dataDir, 'risalah.db'), { readonly: true });
    const updates = db
      .prepare('SELECT status, progress_text, meeting_id FROM commitment_updates ORDER BY created_at')
      .all();
    expect(updates).toEqual([
      { status: 'PROSES', progress_text: 'Cakupan imunisasi 85%, sisa dua desa', meeting_id: ids.second.id },
      expect.objectContaining({ meeting_id: null }),
      expect.objectContaining({ meeting_id: null }),
    ]);
    // The second meeting is not approved: opening its list stored nothing (it is live until approval freezes it).
    expect(db.prepare('SELECT count(*) AS n FROM carryover_items WHERE meeting_id = ?').get(ids.second.id)).toEqual({
      n: 0,
    });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
