import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPage, screenshot } from './support/browser';
import { seedLiveMeeting } from './support/liveSeed';
import { browserWithShells } from './support/browserWithShells';
import { tempDataDir } from './support/webShell';

const { browser, shells } = browserWithShells();

const WORDS =
  'pimpinan rapat meminta setiap opd melaporkan capaian program prioritas secara berkala kepada sekretariat daerah'.split(
    ' ',
  );

function openingText(file: string): string {
  // Read-write on purpose: opening the file after a kill replays its WAL, as the app does on restart.
  const db = new Database(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const row = db.prepare("SELECT content_text FROM minute_sections WHERE kind = 'OPENING'").get() as
      { content_text: string } | undefined;
    return row?.content_text ?? '';
  } finally {
    db.close();
  }
}

describe('e2e: SIGKILL of the web shell while typing', () => {
  it('keeps everything typed more than a second before the kill, and the journal restores the rest', async () => {
    const dataDir = tempDataDir();
    const first = await shells.start(dataDir);
    const seeded = await seedLiveMeeting(first, ['Laporan capaian program prioritas']);
    const page = await newPage(browser());
    await page.goto(`${first.url}#/rapat/${seeded.meetingId}?tab=berlangsung`);
    const editor = page.getByRole('textbox', { name: 'Isi notula: Kata Pembukaan' });
    await editor.focus();

    // Type steadily (about 8 characters a second per word burst), noting what was typed when.
    const timeline: Array<{ at: number; text: string }> = [];
    let typed = '';
    const started = Date.now();
    let killedAt: number | null = null;
    for (let i = 0; killedAt === null || Date.now() - killedAt < 1500; i += 1) {
      const word = `${WORDS[i % WORDS.length]}${i} `;
      await page.keyboard.type(word, { delay: 15 });
      typed += word;
      timeline.push({ at: Date.now(), text: typed });
      if (killedAt === null && Date.now() - started > 5000) {
        first.process.kill('SIGKILL');
        await new Promise((resolve) => first.process.once('exit', resolve));
        killedAt = Date.now();
      }
    }
    const killAt = killedAt ?? Date.now();
    const safe =
      [...timeline]
        .reverse()
        .find((entry) => entry.at <= killAt - 1000)
        ?.text.trim() ?? '';
    expect(safe.length).toBeGreaterThan(100);

    // Straight from the file, before anything restarts: all text typed up to one second before the kill.
    const stored = openingText(join(dataDir, 'risalah.db'));
    expect(stored.startsWith(safe)).toBe(true);
    console.info(
      `kill test: ${typed.trim().length} characters typed; ${safe.length} typed at least 1 s before the SIGKILL; ${stored.length} in the file after the kill`,
    );
    await page.getByTestId('save-status').and(page.locator('[data-state="error"]')).waitFor();
    // Let the last autosave tick write the crash journal of the words typed after the kill.
    await page.waitForTimeout(1200);

    // She closes the tab (an open one would save the rest by itself: the restarted server keeps
    // the folder's token). Restart on the same port (same origin, same journal) and reopen:
    // the journal puts back the rest.
    const context = page.context();
    await page.close();
    const second = await shells.start(dataDir, first.port);
    const reopenedPage = await context.newPage();
    await reopenedPage.goto(`${second.url}#/rapat/${seeded.meetingId}?tab=berlangsung`);
    const reopened = reopenedPage.getByRole('textbox', { name: 'Isi notula: Kata Pembukaan' });
    await reopened.getByText(typed.trim()).waitFor();
    await reopenedPage.getByText('Teks yang belum tersimpan dipulihkan dari perangkat ini.').waitFor();
    await reopenedPage
      .getByTestId('save-status')
      .getByText(/^Tersimpan \d{2}\.\d{2}$/)
      .waitFor();
    await screenshot(reopenedPage, 'rapat-berlangsung-setelah-kill');
    await second.stop();
    expect(openingText(join(dataDir, 'risalah.db'))).toBe(typed.trim());
  });
});
