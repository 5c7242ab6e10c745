import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, screenshot } from './support/browser';
import { seedLiveMeeting } from './support/liveSeed';
import { browserWithShells } from './support/browserWithShells';
import { tempDataDir, type WebShell } from './support/webShell';

/*
 * Issue 15, part 2: she stops the web shell (Ctrl+C) while the live editor is open, goes on
 * typing, and starts it again with the README's command (`npm run web`, no port). The data
 * folder remembers its port and token, so the page's origin and its crash journal are the
 * same and the text typed while the server was down is saved: by the still-open tab on its
 * own, or from the journal when the tab was closed and the printed address opened again.
 */
// README's command: no --port, the data folder's own port.
const { browser, shells } = browserWithShells(null);

function openingText(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const row = db.prepare("SELECT content_text FROM minute_sections WHERE kind = 'OPENING'").get() as
      { content_text: string } | undefined;
    return row?.content_text ?? '';
  } finally {
    db.close();
  }
}

const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Isi notula: Kata Pembukaan' });
const saved = (page: Page) =>
  page
    .getByTestId('save-status')
    .getByText(/^Tersimpan \d{2}\.\d{2}$/)
    .waitFor();

/** Types while the server runs, stops it with Ctrl+C (SIGINT), types on; returns everything typed. */
async function typeAcrossAStop(
  page: Page,
  shell: WebShell,
  meetingId: string,
): Promise<{ before: string; all: string }> {
  await page.goto(`${shell.url}#/rapat/${meetingId}?tab=berlangsung`);
  await editorOf(page).focus();
  const before = 'pimpinan rapat membuka rapat koordinasi';
  await page.keyboard.type(before, { delay: 10 });
  await saved(page);
  expect(await shell.stop('SIGINT')).toBe(0);
  const during = ' lalu meminta setiap opd melaporkan capaian program prioritas';
  await page.keyboard.type(during, { delay: 10 });
  await page.getByTestId('save-status').and(page.locator('[data-state="error"]')).waitFor();
  // Let the autosave tick write the crash journal of the words typed after the stop.
  await page.waitForTimeout(1200);
  expect(openingText(join(shell.dataDir, 'risalah.db'))).toBe(before);
  return { before, all: before + during };
}

describe('e2e: restart of the web shell while typing (npm run web, no port)', () => {
  it('reopened address: the journal keyed by the data folder brings back what was typed while it was down', async () => {
    const dataDir = tempDataDir();
    const first = await shells.start(dataDir);
    expect(existsSync(join(dataDir, 'web-shell.json'))).toBe(true);
    const seeded = await seedLiveMeeting(first, ['Laporan capaian program prioritas']);
    const page = await newPage(browser());
    const typed = await typeAcrossAStop(page, first, seeded.meetingId);
    // She closes the tab; only the journal in this browser holds the words typed after the stop.
    const context = page.context();
    await page.close();

    const second = await shells.start(dataDir);
    expect(second.port).toBe(first.port);
    expect(second.token).toBe(first.token);
    // The address from the first start (her history, a bookmark) still opens the app.
    const reopened = await context.newPage();
    await reopened.goto(`${first.url}#/rapat/${seeded.meetingId}?tab=berlangsung`);
    await editorOf(reopened).getByText(typed.all).waitFor();
    await reopened.getByText('Teks yang belum tersimpan dipulihkan dari perangkat ini.').waitFor();
    await saved(reopened);
    await screenshot(reopened, 'rapat-berlangsung-setelah-mulai-ulang');
    expect(await second.stop('SIGINT')).toBe(0);
    expect(openingText(join(dataDir, 'risalah.db'))).toBe(typed.all);
  });

  it('still-open tab: it reconnects with its token and saves the words by itself', async () => {
    const dataDir = tempDataDir();
    const first = await shells.start(dataDir);
    const seeded = await seedLiveMeeting(first, ['Laporan capaian program prioritas']);
    const page = await newPage(browser());
    const typed = await typeAcrossAStop(page, first, seeded.meetingId);

    const second = await shells.start(dataDir);
    expect(second.port).toBe(first.port);
    // No reload: the autosave's retry reaches the restarted server with the same token.
    await saved(page);
    expect(await second.stop('SIGINT')).toBe(0);
    expect(openingText(join(dataDir, 'risalah.db'))).toBe(typed.all);
  });
});
