import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { startWebShell, tempDataDir } from './support/webShell';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('e2e: meetings survive reloads and restarts', () => {
  it('creates a meeting, sees it after a reload and after restarting the shell on the same data', async () => {
    const dataDir = tempDataDir();
    let shell = await startWebShell(dataDir);
    const page = await newPage(browser);
    await page.goto(shell.url);

    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByText('Beranda').waitFor();
    await page.getByRole('link', { name: 'Rapat' }).click();
    await page.getByText('Belum ada rapat').waitFor();
    await page.getByRole('button', { name: 'Rapat baru' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Judul rapat').fill('Rapat Koordinasi Kepala OPD');
    await dialog.getByLabel('Tempat').fill('Ruang Rapat Bupati');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    const table = page.getByRole('table', { name: 'Rapat' });
    await table.getByText('Rapat Koordinasi Kepala OPD').waitFor();

    await page.reload();
    await table.getByText('Rapat Koordinasi Kepala OPD').waitFor();
    expect(await table.getByText('Ruang Rapat Bupati').isVisible()).toBe(true);

    expect(await shell.stop('SIGTERM')).toBe(0);
    shell = await startWebShell(dataDir);
    await page.goto(`${shell.url}#/rapat`);
    await table.getByText('Rapat Koordinasi Kepala OPD').waitFor();
    await screenshot(page, '02-rapat-setelah-restart');
    await page.goto(`${shell.url}#/`);
    await page.getByText('Rapat Koordinasi Kepala OPD').first().waitFor();
    await screenshot(page, '01-beranda');
    await shell.stop();

    const db = new Database(join(dataDir, 'risalah.db'), { readonly: true });
    expect(db.prepare('SELECT title, place, status FROM meetings').all()).toEqual([
      { title: 'Rapat Koordinasi Kepala OPD', place: 'Ruang Rapat Bupati', status: 'DRAF' },
    ]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('renames and deletes with undo, then shows the empty state', async () => {
    const shell = await startWebShell(tempDataDir());
    const page = await newPage(browser);
    await page.goto(`${shell.url}#/rapat`);
    await page.getByRole('button', { name: 'Rapat baru' }).first().click();
    await page.getByRole('dialog').getByLabel('Judul rapat').fill('Rakor Lama');
    await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('button', { name: 'Aksi untuk Rakor Lama' }).click();
    await page.getByRole('menuitem', { name: 'Ubah nama' }).click();
    await page.getByRole('dialog').getByLabel('Judul rapat').fill('Rakor Baru');
    await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('table').getByText('Rakor Baru').waitFor();

    await page.getByRole('button', { name: 'Aksi untuk Rakor Baru' }).click();
    await page.getByRole('menuitem', { name: 'Hapus' }).click();
    await page.getByText('Belum ada rapat').waitFor();
    await page.getByRole('button', { name: 'Batalkan' }).click();
    await page.getByRole('table').getByText('Rakor Baru').waitFor();
    await shell.stop();
  });

  it('refuses API calls without the token or from a foreign origin', async () => {
    const shell = await startWebShell(tempDataDir());
    const noToken = await fetch(`${shell.origin}/api/meetings:list`, { method: 'POST', body: '{}' });
    expect(noToken.status).toBe(403);
    const foreign = await fetch(`${shell.origin}/api/meetings:list`, {
      method: 'POST',
      body: '{}',
      headers: { Authorization: `Bearer ${shell.token}`, Origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(403);
    await shell.stop();
  });
});
