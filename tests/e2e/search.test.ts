import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { generateArchive } from '../bench/archiveGenerator';
import { corruptTablePage } from '../main/backups/support';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { startWebShell, tempDataDir } from './support/webShell';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SECTION_ID = '99999999-0000-4000-8000-000000000001';

/** An archive with generated meetings plus the sentences the test looks for. */
function seededDataDir(): { dataDir: string; meetingId: string } {
  const dataDir = tempDataDir();
  const { db } = openDatabase(join(dataDir, 'risalah.db'));
  const { meetingIds } = generateArchive(db, {
    meetings: 30,
    sectionsPerMeeting: 3,
    wordsPerSection: 120,
    seed: 42,
    startDate: '2026-06-01',
    daysApart: 5,
  });
  const meetingId = meetingIds[meetingIds.length - 1] as string;
  db.prepare('UPDATE meetings SET title = ? WHERE id = ?').run('Rakor Percepatan Penurunan Stunting', meetingId);
  db.prepare(
    "INSERT INTO minute_sections (id, meeting_id, kind, position, content_text, created_at, updated_at) VALUES (?, ?, 'DISCUSSION', 9, ?, 1, 1)",
  ).run(
    SECTION_ID,
    meetingId,
    'Kepala Dinas Késéhatan melaporkan cakupan imunisasi campak naik menjadi 93 persen; posyandu di Kecamatan Séberang perlu tambahan kader.',
  );
  db.prepare(
    "INSERT INTO decisions (id, meeting_id, text, position, created_at, updated_at) VALUES ('99999999-0000-4000-8000-000000000002', ?, 'Dinas Kesehatan melapor capaian imunisasi setiap bulan.', 9, 1, 1)",
  ).run(meetingId);
  db.close();
  return { dataDir, meetingId };
}

describe('e2e: Cari', () => {
  it('opens with Ctrl+F, takes quotes and a dash as text, and shows grouped highlighted results', async () => {
    const { dataDir, meetingId } = seededDataDir();
    const shell = await startWebShell(dataDir);
    const page = await newPage(browser);
    await page.goto(shell.url);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByText('Beranda').waitFor();

    await page.keyboard.press('Control+f');
    const box = page.getByLabel('Kata yang dicari');
    await box.waitFor();
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(page.url()).toContain('#/cari');

    await box.fill('"dinas kesehatan" -imunisasi');
    const minutes = page.getByRole('region', { name: /^Notula \(\d+\)$/ });
    await minutes.waitFor();
    await page.getByRole('region', { name: /^Keputusan \(\d+\)$/ }).waitFor();
    const first = minutes.getByRole('link').first();
    expect(await first.textContent()).toContain('Rakor Percepatan Penurunan Stunting');
    const marks = await first.locator('mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['Dinas', 'Késéhatan', 'imunisasi']));
    await screenshot(page, 'cari');

    await box.fill('dinas kesehatan');
    await page
      .getByRole('region', { name: /^OPD \(\d+\)$/ })
      .getByRole('link', { name: /Dinas Kesehatan/ })
      .waitFor();
    await box.fill('seberang posyan');
    await page.getByText('1 hasil untuk “seberang posyan”').waitFor();
    await box.fill('((( * " - )');
    await page.getByText('Belum ada kata untuk dicari').waitFor();
    await box.fill('kata-yang-tidak-ada-dimanapun');
    await page.getByText('Tidak ada hasil untuk “kata-yang-tidak-ada-dimanapun”').waitFor();

    await box.fill('kesehatan imunisasi campak');
    await minutes.getByRole('link').first().click();
    await page.waitForURL(new RegExp(`#/rapat/${meetingId}\\?fokus=minute:${SECTION_ID}`));
    await shell.stop();
  });
});

describe('e2e: Pengaturan > Cadangan', () => {
  it('lists the daily backup, makes one now, and restores with a confirmation', async () => {
    const { dataDir } = seededDataDir();
    const shell = await startWebShell(dataDir);
    const page = await newPage(browser);
    await page.goto(`${shell.url}#/pengaturan?bagian=cadangan`);
    const table = page.getByRole('table', { name: 'Daftar cadangan' });
    await table.getByText('Harian').waitFor();
    await page.getByRole('button', { name: 'Cadangkan sekarang' }).click();
    await table.getByText('Dibuat manual').waitFor();
    expect(await table.getByRole('row').count()).toBe(3);
    await page.getByText(/^Cadangan dibuat: /).waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'pengaturan-cadangan');

    // A meeting made after the backup disappears when the backup comes back.
    await page.goto(`${shell.url}#/rapat`);
    await page.getByRole('button', { name: 'Rapat baru' }).first().click();
    await page.getByRole('dialog').getByLabel('Judul rapat').fill('Rapat setelah cadangan');
    await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Rapat setelah cadangan').first().waitFor();

    await page.goto(`${shell.url}#/pengaturan?bagian=cadangan`);
    await page
      .getByRole('button', { name: /^Pulihkan cadangan .*/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Pulihkan data dari cadangan?' });
    await dialog.getByRole('button', { name: 'Ya, pulihkan' }).click();
    await page.getByText(/^Data dipulihkan dari cadangan /).waitFor();
    await table.getByText('Sebelum pemulihan').waitFor();
    await shell.stop();

    const db = new Database(join(dataDir, 'risalah.db'), { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM meetings WHERE title = 'Rapat setelah cadangan'").get()).toEqual({
      n: 0,
    });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('starts in recovery on a damaged file, writes nothing to it, and restores the newest good backup', async () => {
    const { dataDir } = seededDataDir();
    let shell = await startWebShell(dataDir);
    // The day's first backup runs in the background after start.
    await expect
      .poll(
        () =>
          existsSync(join(dataDir, 'backups')) && readdirSync(join(dataDir, 'backups')).some((n) => n.endsWith('.db')),
        { timeout: 15_000 },
      )
      .toBe(true);
    await shell.stop();
    const file = join(dataDir, 'risalah.db');
    corruptTablePage(file);
    const sha = () => createHash('sha256').update(readFileSync(file)).digest('hex');
    const damaged = sha();

    shell = await startWebShell(dataDir);
    const page = await newPage(browser);
    await page.goto(shell.url);
    await page.getByText('Berkas data perlu dipulihkan').waitFor();
    await page.getByText(/^Cadangan utuh terbaru: /).waitFor();
    await screenshot(page, 'pemulihan');
    const refused = await page.evaluate(async (token) => {
      const response = await fetch('/api/meetings:create', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ title: 'Tidak boleh tersimpan', date: '2026-11-27' }),
      });
      return response.json();
    }, shell.token);
    expect(refused).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(sha()).toBe(damaged);

    await page.getByRole('button', { name: 'Pulihkan dari cadangan ini' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ya, pulihkan' }).click();
    await page.getByText(/^Data dipulihkan dari cadangan /).waitFor();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByText('Rapat').click();
    await page.getByText('Rakor Percepatan Penurunan Stunting').first().waitFor();
    await shell.stop();
  });
});
