import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareMeeting, type PreparedMeeting } from '../fixtures/document/meetingScript';
import { SCREENSHOT_DIR, newPage } from './support/browser';
import { httpCaller } from './support/shellApi';
import { type WebShell, openBrowserOnShell, closeBrowserAndShell } from './support/webShell';

/*
 * Issue 16: a PDF printed by Chromium from the print view of an approved version (what the
 * browser's "Simpan sebagai PDF" and the desktop's printToPDF make) verifies as that version
 * in Verifikasi dokumen, by its title and its text; a PDF of another meeting's text does not.
 */
const hasPoppler = spawnSync('pdfinfo', ['-v'], { stdio: 'ignore' }).status === 0;

let browser: Browser;
let shell: WebShell;
let prepared: PreparedMeeting;

/** Today in the instansi's zone (Asia/Jakarta): the chair decides today. */
const todayInJakarta = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

async function printed(meetingId: string, query: string, file: string): Promise<{ path: string; title: string }> {
  const page = await newPage(browser);
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${shell.url}#/cetak/${meetingId}?${query}`);
  await page.locator('html[data-risalah-print="ready"]').waitFor({ state: 'attached' });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, file);
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  const title = await page.title();
  await page.close();
  return { path, title };
}

async function verify(path: string): Promise<Record<string, unknown>> {
  const call = httpCaller(shell);
  const staged = await call('files:upload', {
    purpose: 'verify',
    name: 'cetakan.pdf',
    dataBase64: readFileSync(path).toString('base64'),
  });
  return (await call('approval:verify-file', { fileId: staged.fileId })) as Record<string, unknown>;
}

beforeAll(async () => {
  ({ browser, shell } = await openBrowserOnShell());
  const call = httpCaller(shell);
  prepared = await prepareMeeting(call);
  // Every Pembahasan written (the fixture leaves two empty), so the minutes may be submitted.
  const minutes = await call('minutes:get', { meetingId: prepared.meetingId });
  for (const section of minutes.sections.filter((entry) => entry.kind === 'DISCUSSION')) {
    const text = `Dibahas: ${section.agendaTitle ?? ''}.`;
    const content = {
      type: 'doc' as const,
      content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
    };
    await call('minutes:save-section', { id: section.id, baseRevision: section.revision, content });
  }
  await call('approval:submit', { meetingId: prepared.meetingId, note: '' });
  await call('approval:approve', {
    meetingId: prepared.meetingId,
    personId: prepared.people.wabup,
    decidedOn: todayInJakarta(),
    decidedTime: null,
  });
});
afterAll(() => closeBrowserAndShell(browser, shell));

describe('e2e: a PDF printed from an approved version verifies', () => {
  it.skipIf(!hasPoppler)('matches the Notula, Daftar Hadir and Matriks printed from the print view', async () => {
    const cases = [
      ['dokumen=NOTULA&kertas=F4&tte=0', 'NOTULA'],
      ['dokumen=DAFTAR_HADIR&kertas=A4&tte=0', 'DAFTAR_HADIR'],
      ['dokumen=MATRIKS_TINDAK_LANJUT&kertas=F4&tte=1', 'MATRIKS_TINDAK_LANJUT'],
    ] as const;
    for (const [query, kind] of cases) {
      const pdf = await printed(prepared.meetingId, query, `verifikasi-${kind.toLowerCase()}.pdf`);
      // The title (the PDF's /Title) names the version, so the file can be traced even without the footer code.
      expect(pdf.title).toMatch(/\(Risalah [A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{2}\)$/);
      expect(await verify(pdf.path)).toMatchObject({ verdict: 'MATCH', by: 'text', kind, version: { version: 1 } });
    }
  });

  it.skipIf(!hasPoppler)('tells a PDF whose text was changed from the version it names', async () => {
    const call = httpCaller(shell);
    const pdf = await printed(prepared.meetingId, 'dokumen=NOTULA&kertas=F4&tte=0', 'verifikasi-asli.pdf');
    // The same pages with one decision changed: a revision's draft prints the new text under the old title.
    await call('approval:create-revision', { meetingId: prepared.meetingId, reason: 'Tanggal pemadanan berubah.' });
    const decisions = await call('decisions:list', { meetingId: prepared.meetingId });
    const target = decisions.find((decision) => decision.text.includes('15 Desember 2026'));
    if (!target) throw new Error('no decision to change');
    await call('decisions:update', {
      id: target.id,
      agendaItemId: target.agendaItemId,
      text: target.text.replace('15 Desember', '31 Desember'),
    });
    const draft = await printed(prepared.meetingId, 'dokumen=NOTULA&kertas=F4&tte=0', 'verifikasi-draf.pdf');
    // A draft names no version: unknown, with the reason.
    expect(await verify(draft.path)).toMatchObject({ verdict: 'UNKNOWN', by: 'file', reason: /tidak membawa kode/ });
    // The original still matches; its text with the draft's title would not (checked in tests/main).
    expect(await verify(pdf.path)).toMatchObject({ verdict: 'MATCH', by: 'text' });
  });
});
