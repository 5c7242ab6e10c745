import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstPagePng, pdfInfo } from '../main/support/pdfImages';
import { prepareMeeting, type PreparedMeeting } from '../fixtures/document/meetingScript';
import { SCREENSHOT_DIR, newPage, screenshot } from './support/browser';
import { pdfWords, wordsOverFooter } from './support/pdfWords';
import { httpCaller } from './support/shellApi';
import { type WebShell, openBrowserOnShell, closeBrowserAndShell } from './support/webShell';

/*
 * The Notula tab in the web shell: the preview of a prepared meeting, the DOCX export as a
 * browser download, and the print view printed by Chromium (what "Cetak / PDF" prints and
 * what the desktop's printToPDF prints), checked with poppler.
 */
const hasPoppler = spawnSync('pdfinfo', ['-v'], { stdio: 'ignore' }).status === 0;

let browser: Browser;
let shell: WebShell;
let prepared: PreparedMeeting;

/** Opens the print view of one document and prints it with Chromium, as the desktop does. */
async function printView(page: Page, query: string, file: string): Promise<{ path: string; pagesOnScreen: number }> {
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${shell.url}#/cetak/${prepared.meetingId}?${query}`);
  await page.locator('html[data-risalah-print="ready"]').waitFor({ state: 'attached' });
  const pagesOnScreen = await page.locator('.rd-page').count();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, file);
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  return { path, pagesOnScreen };
}

beforeAll(async () => {
  ({ browser, shell } = await openBrowserOnShell());
  prepared = await prepareMeeting(httpCaller(shell));
});
afterAll(() => closeBrowserAndShell(browser, shell));

describe('e2e: official documents', () => {
  it('previews the notula of a prepared meeting in the Notula tab', async () => {
    const page = await newPage(browser);
    await page.goto(`${shell.url}#/rapat/${prepared.meetingId}?tab=notula`);
    const preview = page.getByRole('document', { name: 'Pratinjau Notula' });
    await preview.waitFor();
    await page.getByText(/^\d+ halaman$/).waitFor();
    for (const text of [
      'PEMERINTAH KABUPATEN CONTOH',
      'SEKRETARIAT DAERAH',
      'NOTULA',
      'RAKOR KEPALA OPD',
      'Sidang/Rapat',
      'Hari/Tanggal',
      'Jumat, 27 November 2026',
      'pukul 09.00 s.d. 11.45 WIB',
    ]) {
      expect(await preview.getByText(text, { exact: true }).first().isVisible(), text).toBe(true);
    }
    expect(await preview.getByRole('img', { name: 'Lambang daerah' }).first().isVisible()).toBe(true);
    expect(await page.getByText('Tidak ada catatan: dokumen siap dicetak.').isVisible()).toBe(true);
    // At 1366 x 768 the page fits the tab without scrolling sideways.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'notula-pratinjau');

    // Mantine's segmented control hides the radio itself; she clicks its label.
    await page.locator('label', { hasText: 'Matriks Tindak Lanjut' }).click();
    const matriks = page.getByRole('document', { name: 'Pratinjau Matriks Tindak Lanjut' });
    // One row per OPD, each with the commitment's text (issue 16): the text stands once per owner.
    await matriks.getByText('Memadankan data keluarga berisiko stunting dengan data kependudukan.').first().waitFor();
    await page.getByText(/^\d+ halaman$/).waitFor();
    await screenshot(page, 'matriks-pratinjau');

    await page.locator('label', { hasText: 'Daftar Hadir' }).click();
    const daftarHadir = page.getByRole('document', { name: 'Pratinjau Daftar Hadir' });
    await daftarHadir.getByText('Sekretaris Bapperida (mewakili Kepala Badan Bapperida)').waitFor();
    await page.getByText(/^\d+ halaman$/).waitFor();
    await screenshot(page, 'daftar-hadir-pratinjau');
    await page.close();
  });

  it('exports the notula as a DOCX download that unzips to the notula', async () => {
    const page = await newPage(browser);
    await page.goto(`${shell.url}#/rapat/${prepared.meetingId}?tab=notula`);
    await page.getByRole('document', { name: 'Pratinjau Notula' }).waitFor();
    await page.getByRole('button', { name: 'Ekspor dokumen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ekspor dokumen' });
    expect(await dialog.getByLabel('Nama berkas').inputValue()).toBe('Notula Rakor Kepala OPD 2026-11-27.docx');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Ekspor', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Notula Rakor Kepala OPD 2026-11-27.docx');
    await dialog.getByText('Diunduh: Notula Rakor Kepala OPD 2026-11-27.docx', { exact: false }).waitFor();
    await screenshot(page, 'notula-ekspor');
    const bytes = readFileSync((await download.path()) as string);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOT_DIR, 'notula-ekspor.docx'), bytes);
    const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
    for (const text of [
      'NOTULA',
      'Jumat, 27 November 2026',
      'pukul 09.00 s.d. 11.45 WIB',
      'NIP. 19910818 201703 1 008',
      'Sebagaimana daftar hadir terlampir',
    ]) {
      expect(xml, text).toContain(text);
    }
    await page.close();
  });

  it.skipIf(!hasPoppler)(
    'prints the notula on F4 pages and the matriks on A4 landscape, page for page as on screen',
    async () => {
      const page = await newPage(browser);
      const notula = await printView(page, 'dokumen=NOTULA&kertas=F4&tte=0', 'notula-cetak.pdf');
      const info = pdfInfo(notula.path);
      // F4 is 215 x 330 mm = 609.4 x 935.4 pt.
      expect(Math.abs(info.width - 609.4)).toBeLessThan(1);
      expect(Math.abs(info.height - 935.4)).toBeLessThan(1);
      expect(info.pages).toBe(notula.pagesOnScreen);
      rmSync(join(SCREENSHOT_DIR, 'notula-cetak.png'), { force: true });
      firstPagePng(notula.path, join(SCREENSHOT_DIR, 'notula-cetak'));
      expect(readFileSync(join(SCREENSHOT_DIR, 'notula-cetak.png')).subarray(1, 4).toString('ascii')).toBe('PNG');
      const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', notula.path, '-'], { encoding: 'utf8' });
      expect(text).toMatch(/Hari\/Tanggal\s+:\s+Jumat, 27 November 2026/);
      expect(text).toContain('Halaman 1 dari');

      const matriks = await printView(page, 'dokumen=MATRIKS_TINDAK_LANJUT&kertas=A4&tte=0', 'matriks-cetak.pdf');
      const landscape = pdfInfo(matriks.path);
      expect(Math.abs(landscape.width - 841.9)).toBeLessThan(1);
      expect(Math.abs(landscape.height - 595.3)).toBeLessThan(1);
      expect(landscape.pages).toBe(matriks.pagesOnScreen);
      await page.close();
    },
  );

  it.skipIf(!hasPoppler)('prints only the document from the Notula tab ("Cetak / PDF" in the browser)', async () => {
    const page = await newPage(browser);
    await page.goto(`${shell.url}#/rapat/${prepared.meetingId}?tab=notula`);
    await page.getByText(/^\d+ halaman$/).waitFor();
    const pagesOnScreen = await page.getByRole('document', { name: 'Pratinjau Notula' }).locator('.rd-page').count();
    // The print dialog cannot be driven headless: a print() that never returns keeps the print layer up.
    await page.evaluate(() => {
      window.print = () => {
        throw new Error('dialog cetak dibiarkan terbuka untuk pengujian');
      };
    });
    await page.getByRole('button', { name: 'Cetak / PDF' }).click();
    await page.locator('body.rd-print-mode > .rd-print-layer').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const path = join(SCREENSHOT_DIR, 'notula-cetak-tab.pdf');
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    const info = pdfInfo(path);
    expect(Math.abs(info.width - 609.4)).toBeLessThan(1);
    expect(info.pages).toBe(pagesOnScreen);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    expect(text).toContain('NOTULA');
    expect(text).toContain('Jumat, 27 November 2026');
    // None of the app around the document reaches the paper.
    for (const chrome of ['Semua rapat', 'Ekspor dokumen', 'Beranda', 'Pratinjau']) expect(text).not.toContain(chrome);
    await page.close();
  });

  it.skipIf(!hasPoppler)('Ctrl+P on the Notula tab prints the document shown, not the screen', async () => {
    const page = await newPage(browser);
    await page.goto(`${shell.url}#/rapat/${prepared.meetingId}?tab=notula`);
    await page.getByText(/^\d+ halaman$/).waitFor();
    await page
      .locator('label', { hasText: /^Daftar Hadir$/ })
      .first()
      .click();
    await page.getByRole('document', { name: 'Pratinjau Daftar Hadir' }).waitFor();
    await page.getByText(/^\d+ halaman$/).waitFor();
    await page.evaluate(() => {
      window.print = () => {
        throw new Error('dialog cetak dibiarkan terbuka untuk pengujian');
      };
    });
    // From a field of the toolbar, where a plain shortcut handler would let the browser print the screen.
    await page.getByLabel('Kertas', { exact: true }).first().focus();
    await page.keyboard.press('Control+p');
    await page.locator('body.rd-print-mode > .rd-print-layer').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const path = join(SCREENSHOT_DIR, 'daftar-hadir-ctrl-p.pdf');
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    expect(text).toContain('DAFTAR HADIR');
    for (const chrome of ['Semua rapat', 'Ekspor dokumen', 'Beranda', 'Pratinjau']) expect(text).not.toContain(chrome);
    await page.close();
  });

  it.skipIf(!hasPoppler)(
    'paginates a 20,000-word discussion with every word on paper, page for page as on screen, none over the footer',
    async () => {
      const call = httpCaller(shell);
      const meeting = await call('meetings:create', { title: 'Rakor Panjang', date: '2026-11-27', place: 'Aula' });
      await call('agenda:add', {
        meetingId: meeting.id,
        title: 'Pembahasan panjang',
        presenterText: '',
        presenterPersonId: null,
        plannedMinutes: null,
      });
      const minutes = await call('minutes:get', { meetingId: meeting.id });
      const discussion = minutes.sections.find((section) => section.kind === 'DISCUSSION');
      if (!discussion) throw new Error('no discussion section');
      const words = Array.from({ length: 20_000 }, (_, index) => `kata${index}`);
      const content = Array.from({ length: 100 }, (_, index) => ({
        type: 'paragraph' as const,
        content: [{ type: 'text' as const, text: words.slice(index * 200, index * 200 + 200).join(' ') }],
      }));
      await call('minutes:save-section', {
        id: discussion.id,
        baseRevision: discussion.revision,
        content: { type: 'doc', content },
      });

      const page = await newPage(browser);
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${shell.url}#/cetak/${meeting.id}?dokumen=NOTULA&kertas=F4&tte=0`);
      await page.locator('html[data-risalah-print="ready"]').waitFor({ state: 'attached' });
      const pagesOnScreen = await page.locator('.rd-page').count();
      const path = join(SCREENSHOT_DIR, 'notula-panjang.pdf');
      await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
      const info = pdfInfo(path);
      expect(pagesOnScreen).toBeGreaterThan(20);
      expect(info.pages).toBe(pagesOnScreen);
      const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
      // Every word once: a paragraph split between pages is cut in its text, not hidden under a clip.
      const found = text.match(/\bkata\d+\b/g) ?? [];
      expect(found.length).toBe(20_000);
      expect(new Set(found).size).toBe(20_000);
      // Split paragraphs fill the pages: about 44 F4 pages of running text, as Word sets them.
      expect(pagesOnScreen).toBeLessThan(50);
      expect(text).toContain(`Halaman ${pagesOnScreen} dari ${pagesOnScreen}`);
      // No page spills: each PDF page ends with its own footer.
      expect(
        text
          .split('\f')
          .filter((pageText) => pageText.trim() !== '')
          .every((pageText, index) => pageText.includes(`Halaman ${index + 1} dari`)),
      ).toBe(true);
      // No body word reaches the footer band or the bottom margin (2.5 cm) on any page (issue 16).
      const footerWord = (word: { text: string }) => /^(Halaman|dari|\d+)$/.test(word.text);
      const pages = pdfWords(path);
      expect(pages.length).toBe(pagesOnScreen);
      const over = pages.flatMap((paper, index) =>
        wordsOverFooter(paper, 'Halaman', (2.5 / 2.54) * 72, footerWord).map(
          (word) => `hal. ${index + 1}: ${word.text}`,
        ),
      );
      expect(over).toEqual([]);
      firstPagePng(path, join(SCREENSHOT_DIR, 'notula-panjang-1'), 70);
      await page.close();
    },
  );
});
