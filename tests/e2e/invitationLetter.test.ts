import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareMeeting, type PreparedMeeting } from '../fixtures/document/meetingScript';
import { expectInOrder } from '../support/textOrder';
import { SCREENSHOT_DIR, newPage, screenshot } from './support/browser';
import { httpCaller } from './support/shellApi';
import { type WebShell, openBrowserOnShell, closeBrowserAndShell } from './support/webShell';
import { sekdaInput } from '../fixtures/masterData/personInput';
import { NOTA_DINAS_HEAD, SEKDA_AN_BUPATI_CLOSING } from '../fixtures/document/invitationSource';

/*
 * Issue 16: from a meeting in preparation, the notulis writes the Surat Undangan's own words
 * in Persiapan, chooses the Sekda to sign a.n. Bupati, and downloads the DOCX; its text is
 * read back from word/document.xml. The Notula tab previews the same letter.
 */
let browser: Browser;
let shell: WebShell;
let prepared: PreparedMeeting;

/** The text of document.xml, runs joined per paragraph. */
function documentText(xml: string): string {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [])
    .map((p) => (p.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''))
    .join('\n')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Clicks an export button, checks the file's name, keeps a copy beside the screenshots, and returns its text. */
async function exportedText(page: Page, button: Locator, fileName: string, copyName: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe(fileName);
  const bytes = readFileSync((await download.path()) as string);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(join(SCREENSHOT_DIR, copyName), bytes);
  return documentText((await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '');
}

beforeAll(async () => {
  ({ browser, shell } = await openBrowserOnShell());
  const call = httpCaller(shell);
  prepared = await prepareMeeting(call);
  const units = await call('units:list', { query: '' });
  const setda = units.find((unit) => unit.code === 'SETDA');
  if (!setda) throw new Error('no Setda');
  await call('people:create', sekdaInput(setda.id));
});
afterAll(() => closeBrowserAndShell(browser, shell));

/** A new page on the meeting's Persiapan tab, once its Surat Undangan panel shows `shown`. */
async function letterPanel(shown: string): Promise<{ page: Page; panel: Locator }> {
  const page = await newPage(browser);
  await page.goto(`${shell.url}#/rapat/${prepared.meetingId}?tab=persiapan`);
  const panel = page.getByRole('region', { name: 'Surat Undangan' });
  await panel.getByText(shown).waitFor();
  return { page, panel };
}

describe('e2e: Surat Undangan', () => {
  it('is written and exported from Persiapan, signed by the Sekda a.n. Bupati, with the invitees attached', async () => {
    const { page, panel } = await letterPanel('000.1.5/412/Setda');

    await panel.getByRole('button', { name: 'Ubah isi surat…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Isi Surat Undangan' });
    await dialog.getByLabel('Hal').fill('Undangan Rapat Koordinasi Kepala OPD Triwulan IV');
    await dialog.getByLabel('Penanda tangan', { exact: true }).click();
    await page.getByRole('option', { name: /Sri Wijaya/ }).click();
    await dialog.getByLabel('Atas nama (a.n.)').fill('Bupati Contoh');
    await dialog.getByLabel('Tembusan').fill('Bupati Contoh (sebagai laporan);\nWakil Bupati Contoh.');
    await screenshot(page, 'surat-undangan-isi');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await panel.getByText('a.n. Bupati Contoh — Sri Wijaya, M.Si.').waitFor();
    await screenshot(page, 'surat-undangan-persiapan');

    const text = await exportedText(
      page,
      panel.getByRole('button', { name: 'Ekspor Surat Undangan (DOCX)' }),
      'Surat Undangan Rakor Kepala OPD 2026-11-27.docx',
      'surat-undangan-ekspor.docx',
    );
    expectInOrder(text, [
      'PEMERINTAH KABUPATEN CONTOH',
      'Contoh, 20 November 2026',
      '000.1.5/412/Setda',
      'Undangan Rapat Koordinasi Kepala OPD Triwulan IV',
      'Kepala Perangkat Daerah',
      '(daftar terlampir)',
      'Dalam rangka Rakor Kepala OPD, dengan ini kami mengundang Saudara untuk hadir pada:',
      'Jumat, 27 November 2026',
      'pukul 08.30 s.d. 11.45 WIB',
      'Ruang Rapat Wakil Bupati',
      'dipimpin oleh Wakil Bupati Contoh',
      ...SEKDA_AN_BUPATI_CLOSING,
      'Tembusan:',
      'Bupati Contoh (sebagai laporan);',
      'LAMPIRAN SURAT SEKRETARIS DAERAH KABUPATEN CONTOH',
      'DAFTAR UNDANGAN',
      'Kepala Dinas Kesehatan;',
      'Kepala Dinas Kependudukan dan Pencatatan Sipil;',
      'Sri Wijaya, M.Si.',
    ]);
    // The Sekda signs without NIP (Pasal 44(3)); the letter carries no DRAF mark of the minutes.
    expect(text).not.toContain('NIP. 19780618');
    expect(text).not.toContain('DRAF');

    await page.goto(`${shell.url}#/rapat/${prepared.meetingId}?tab=notula`);
    await page.getByRole('document', { name: 'Pratinjau Notula' }).waitFor();
    await page.locator('label', { hasText: 'Surat Undangan' }).click();
    const preview = page.getByRole('document', { name: 'Pratinjau Surat Undangan' });
    await preview.getByText('DAFTAR UNDANGAN').waitFor();
    await page.getByText('2 halaman').waitFor();
    await screenshot(page, 'surat-undangan-pratinjau');
    await page.close();
  });

  it('is a Nota Dinas when she chooses so in the panel: NOTA DINAS, the Yth./Dari table, the list attached', async () => {
    const { page, panel } = await letterPanel('a.n. Bupati Contoh — Sri Wijaya, M.Si.');
    await panel.locator('label', { hasText: 'Nota Dinas' }).click();
    const exportButton = panel.getByRole('button', { name: 'Ekspor Nota Dinas (DOCX)' });
    await exportButton.waitFor();
    await screenshot(page, 'nota-dinas-persiapan');
    const text = await exportedText(
      page,
      exportButton,
      'Nota Dinas Rakor Kepala OPD 2026-11-27.docx',
      'nota-dinas-ekspor.docx',
    );
    expectInOrder(text, [
      ...NOTA_DINAS_HEAD,
      'Bupati Contoh (sebagai laporan);',
      'Tanggal',
      '20 November 2026',
      'Nomor',
      '000.1.5/412/Setda',
      'Hal',
      'Undangan Rapat Koordinasi Kepala OPD Triwulan IV',
      'Dalam rangka Rakor Kepala OPD',
      'SEKRETARIS DAERAH,',
      'Sri Wijaya, M.Si.',
      'LAMPIRAN NOTA DINAS SEKRETARIS DAERAH KABUPATEN CONTOH',
      'DAFTAR UNDANGAN',
    ]);
    expect(text).not.toContain('Tembusan:');

    await page.goto(`${shell.url}#/rapat/${prepared.meetingId}?tab=notula`);
    await page.getByRole('document', { name: 'Pratinjau Notula' }).waitFor();
    await page.locator('label', { hasText: 'Nota Dinas' }).click();
    await page
      .getByRole('document', { name: 'Pratinjau Nota Dinas' })
      .getByText('NOTA DINAS', { exact: true })
      .first()
      .waitFor();
    await screenshot(page, 'nota-dinas-pratinjau');
    await page.close();
  });
});
