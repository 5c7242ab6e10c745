import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR, newPage, screenshot } from './support/browser';
import { api } from './support/shellApi';
import { seedLiveMeeting, type LiveMeeting } from './support/liveSeed';
import { closeBrowserAndShell, openBrowserOnShell, type WebShell } from './support/webShell';

/*
 * Issues 6 and 14 end to end: a Notula with parts missing is refused with the list of them;
 * once complete it is submitted (the live screen locks), returned with the chair's notes,
 * fixed, approved, typing refused (the lock visible), a revision created and approved; the
 * Riwayat tab shows every step; the exported DOCX verifies on the Verifikasi dokumen screen,
 * and an edited copy does not.
 */

let browser: Browser;
let shell: WebShell;
beforeAll(async () => ({ browser, shell } = await openBrowserOnShell()));
afterAll(() => closeBrowserAndShell(browser, shell));

const AGENDA = ['Laporan tindak lanjut rapat sebelumnya', 'Percepatan penurunan stunting'];
const CHAIR = 'H. Ahmad Fauzi, S.E.';

const bar = (page: Page) => page.getByRole('region', { name: 'Pengesahan notula' });
const opening = (page: Page) => page.getByRole('textbox', { name: 'Isi notula: Kata Pembukaan' });

/** Toasts close by themselves after a few seconds; screenshots wait for them to go. */
async function noToasts(page: Page) {
  await expect.poll(() => page.locator('.mantine-Notification-root').count(), { timeout: 10_000 }).toBe(0);
}

async function typeAndSave(page: Page, text: string) {
  await opening(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
  await page
    .getByTestId('save-status')
    .and(page.locator('[data-state="saved"]'))
    .getByText(/^Tersimpan \d{2}\.\d{2}$/)
    .waitFor();
}

async function submit(page: Page) {
  await bar(page).getByRole('button', { name: 'Ajukan ke Pimpinan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ajukan notula ke Pimpinan' });
  await dialog.getByText(`diajukan kepada ${CHAIR}`, { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Ajukan', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await bar(page).getByText(`Diajukan ke ${CHAIR}`, { exact: false }).waitFor();
}

async function approve(page: Page) {
  await bar(page).getByRole('button', { name: 'Sahkan', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Sahkan notula' });
  expect(
    await dialog
      .getByRole('textbox', { name: /Pimpinan yang memutuskan/ })
      .or(dialog.getByRole('combobox', { name: /Pimpinan yang memutuskan/ }))
      .first()
      .inputValue(),
  ).toContain(CHAIR);
  await dialog.getByRole('button', { name: 'Sahkan', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await bar(page).getByTestId('lock-badge').getByText('Disahkan — terkunci').waitFor();
}

/** What the seed leaves out and the refusal lists: each Pembahasan, a decision, the end time. */
async function completeThroughApi(shell: WebShell, seeded: LiveMeeting) {
  const minutes = await api<{
    sections: Array<{ id: string; kind: string; revision: number; agendaTitle: string | null }>;
  }>(shell, 'minutes:get', { meetingId: seeded.meetingId });
  for (const section of minutes.sections.filter((entry) => entry.kind === 'DISCUSSION')) {
    const content = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `Dibahas: ${section.agendaTitle ?? ''}.` }] }],
    };
    await api(shell, 'minutes:save-section', { id: section.id, baseRevision: section.revision, content });
  }
  await api(shell, 'decisions:create', {
    meetingId: seeded.meetingId,
    text: 'Seluruh OPD melaporkan capaian tiap triwulan.',
    agendaItemId: null,
  });
  const meeting = await api<Record<string, unknown>>(shell, 'meetings:get', { id: seeded.meetingId });
  const role = (value: unknown) =>
    value ? { personId: (value as { personId: string }).personId, acting: '' } : { personId: null, acting: '' };
  await api(shell, 'meetings:update-identity', {
    id: seeded.meetingId,
    kind: 'Rapat',
    sifat: 'BIASA',
    title: meeting.title,
    date: meeting.date,
    callTime: null,
    startTime: '09:00',
    endTime: '11:45',
    timeZone: 'Asia/Jakarta',
    place: meeting.place,
    invitationNumber: '',
    invitationDate: null,
    chair: role(meeting.chair),
    secretary: role(null),
    notulis: role(null),
  });
  // The footer code is off by default (issue 16); this office turns it on, so an edited file is told apart below.
  const profile = await api<Record<string, unknown>>(shell, 'settings:get-instansi', {});
  await api(shell, 'settings:update-instansi', { ...profile, verificationFooter: true });
}

describe('e2e: approval, lock and audit', () => {
  it('submits, returns with notes, approves, locks, revises and approves again, with every step in Riwayat', async () => {
    const seeded = await seedLiveMeeting(shell, AGENDA);
    const page = await newPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));

    await page.goto(`${shell.url}#/rapat/${seeded.meetingId}?tab=berlangsung`);
    await typeAndSave(page, 'Rapat dibuka pukul 09.05 oleh Wakil Bupati.');

    // Not complete yet: the bar lists what is missing, and main refuses the submission with the same list.
    await page.getByRole('tab', { name: 'Persiapan' }).click();
    const missing = bar(page).getByTestId('missing-parts');
    await missing.getByText(`Pembahasan acara "${AGENDA[1]}" belum ditulis`, { exact: false }).waitFor();
    await missing.getByText('Keputusan/Kesimpulan belum ditulis', { exact: false }).waitFor();
    await bar(page)
      .getByTestId('missing-later')
      .getByText('Waktu selesai rapat belum diisi', { exact: false })
      .waitFor();
    await bar(page).getByRole('button', { name: 'Ajukan ke Pimpinan' }).click();
    const refusedDialog = page.getByRole('dialog', { name: 'Ajukan notula ke Pimpinan' });
    await refusedDialog.getByRole('button', { name: 'Ajukan', exact: true }).click();
    await refusedDialog.getByText('Notula belum dapat diajukan karena belum lengkap:', { exact: false }).waitFor();
    await screenshot(page, 'pengesahan-belum-lengkap');
    await refusedDialog.getByRole('button', { name: 'Batal' }).click();
    await refusedDialog.waitFor({ state: 'detached' });
    await page.mouse.move(0, 0);
    await bar(page).screenshot({ path: join(SCREENSHOT_DIR, 'pengesahan-daftar-kurang.png') });
    // "Lengkapi" takes her to the section to write.
    await missing.getByRole('button', { name: `Lengkapi: Pembahasan acara "${AGENDA[1]}" belum ditulis` }).click();
    await page.getByRole('heading', { name: `Pembahasan: ${AGENDA[1]}` }).waitFor();

    // Completed (through the API, as typing each part is covered elsewhere), it is submitted.
    await completeThroughApi(shell, seeded);
    await page.reload();
    await page.getByRole('navigation', { name: 'Acara dan waktu' }).getByText('Kata Pembukaan').click();
    await opening(page).waitFor();
    // The live tab's header carries a compact bar without the list: read it where the full bar stands.
    await page.getByRole('tab', { name: 'Persiapan' }).click();
    await bar(page).getByText('Sesudah notula selesai', { exact: false }).waitFor();
    await expect.poll(() => bar(page).getByTestId('missing-parts').count()).toBe(0);
    await page.getByRole('tab', { name: 'Berlangsung' }).click();
    await opening(page).waitFor();
    await submit(page);

    // Diajukan locks the live screen: read-only editor, no edit or delete controls, and how to unlock.
    await page
      .getByTestId('live-locked')
      .getByText('Notula rapat ini sedang diajukan ke pimpinan', { exact: false })
      .waitFor();
    expect(await opening(page).getAttribute('contenteditable')).toBe('false');
    expect(await page.getByRole('button', { name: /^Hapus: / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Mulai|Hentikan) / }).count()).toBe(0);
    await noToasts(page);
    await screenshot(page, 'berlangsung-diajukan-terkunci');

    // The chair returns it with notes.
    await bar(page).getByRole('button', { name: 'Kembalikan dengan catatan' }).click();
    const returnDialog = page.getByRole('dialog', { name: 'Kembalikan dengan catatan' });
    await returnDialog.getByLabel(/Catatan pimpinan/).fill('Lengkapi arahan Wakil Bupati tentang stunting.');
    await returnDialog.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await returnDialog.waitFor({ state: 'detached' });
    await bar(page).getByText('Lengkapi arahan Wakil Bupati tentang stunting.').waitFor();
    await page.getByText('Dikembalikan', { exact: true }).first().waitFor();

    // She fixes the minutes (still editable), submits again, and the chair approves.
    await typeAndSave(page, ' Wakil Bupati meminta percepatan penurunan stunting.');
    await submit(page);
    await approve(page);

    // Locked: the editor refuses typing and says why; main refuses a write sent anyway.
    const before = await opening(page).innerText();
    expect(await opening(page).getAttribute('contenteditable')).toBe('false');
    await opening(page).click();
    await page.keyboard.type('Diketik sesudah disahkan.');
    expect(await opening(page).innerText()).toBe(before);
    // On the live tab the header's bar is compact: the live screen itself says why (the full bar's line is on the other tabs).
    await page
      .getByTestId('live-locked')
      .getByText('Notula rapat ini sudah disahkan; isinya hanya dapat dibaca.', { exact: false })
      .waitFor();
    const refused = await page.evaluate(
      async ({ origin, token, id }) => {
        const response = await fetch(`${origin}/api/meetings:rename`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ id, title: 'Diubah sesudah disahkan' }),
        });
        return (await response.json()) as { ok: boolean; error?: { code: string; message: string } };
      },
      { origin: shell.origin, token: shell.token, id: seeded.meetingId },
    );
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'LOCKED',
        message: 'Notula rapat ini sudah disahkan dan tidak dapat diubah. Buat revisi bila perlu perubahan.',
      },
    });
    await screenshot(page, 'rapat-disahkan');

    // Persiapan is read-only too.
    await page.getByRole('tab', { name: 'Persiapan' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Tempat' }).isDisabled()).toBe(true);

    // The approved Notula carries its code; export it for the verification below.
    const code =
      ((await bar(page).innerText()).match(/Kode verifikasi: ([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{2})/) ?? [])[1] ?? '';
    expect(code).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{2}$/);
    await page.getByRole('tab', { name: 'Notula' }).click();
    const preview = page.getByRole('document', { name: 'Pratinjau Notula' });
    await preview.getByText(`Kode verifikasi Risalah: ${code}`, { exact: false }).first().waitFor();
    await preview
      .locator('.rd-page')
      .first()
      .screenshot({ path: join(SCREENSHOT_DIR, 'notula-disahkan-halaman.png') });
    await page.getByRole('button', { name: 'Ekspor dokumen…' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Ekspor dokumen' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportDialog.getByRole('button', { name: 'Ekspor', exact: true }).click(),
    ]);
    const docx = join(shell.dataDir, download.suggestedFilename());
    await download.saveAs(docx);
    await page.keyboard.press('Escape');

    // Buat revisi: version 2 opens as a draft, is changed, submitted and approved.
    await bar(page).getByRole('button', { name: 'Buat revisi' }).click();
    const revision = page.getByRole('dialog', { name: 'Buat revisi' });
    await revision.getByLabel(/Alasan revisi/).fill('Nama Kepala Dinas Kesehatan salah ketik.');
    await revision.getByRole('button', { name: 'Buat versi 2' }).click();
    await revision.waitFor({ state: 'detached' });
    await bar(page).getByText('Versi 2').waitFor();
    await page.getByRole('tab', { name: 'Berlangsung' }).click();
    await typeAndSave(page, ' (revisi)');
    await submit(page);
    await approve(page);

    // Riwayat: both versions and every step, in words.
    await page.getByRole('tab', { name: 'Riwayat' }).click();
    const versions = page.getByRole('table', { name: 'Versi notula' });
    await versions.getByText('Nama Kepala Dinas Kesehatan salah ketik.').waitFor();
    expect(await versions.getByRole('row').count()).toBe(3);
    const log = page.getByRole('list', { name: 'Riwayat perubahan' });
    for (const line of [
      `mengajukan notula versi 1 ke ${CHAIR}`,
      `mencatat: ${CHAIR} mengembalikan notula versi 1`,
      'Catatan: Lengkapi arahan Wakil Bupati tentang stunting.',
      `mencatat: ${CHAIR} mengesahkan notula versi 1`,
      'membuat revisi: notula versi 2 dibuka',
      'Alasan revisi: Nama Kepala Dinas Kesehatan salah ketik.',
      `mengajukan notula versi 2 ke ${CHAIR}`,
      `mencatat: ${CHAIR} mengesahkan notula versi 2`,
      'mengetik notula bagian Kata Pembukaan',
      'membuat rapat "Rapat Koordinasi Kepala OPD"',
    ]) {
      await log.getByText(line, { exact: false }).first().waitFor();
    }
    await noToasts(page);
    await screenshot(page, 'rapat-riwayat');

    // Verifikasi dokumen: the exported file matches version 1 (now superseded); an edited copy does not.
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Verifikasi dokumen' })
      .click();
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    zip.file('word/document.xml', xml.replace('Rapat dibuka pukul 09.05', 'Rapat dibuka pukul 10.05'));
    const edited = join(shell.dataDir, 'Notula (diubah).docx');
    writeFileSync(edited, await zip.generateAsync({ type: 'nodebuffer' }));

    const chooseEdited = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Pilih berkas…' }).click();
    await (await chooseEdited).setFiles(edited);
    await page.getByRole('alert').getByText('Tidak cocok: berkas ini telah diubah.').waitFor();

    const chooseOriginal = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Pilih berkas…' }).click();
    await (await chooseOriginal).setFiles(docx);
    const verdict = page.getByRole('status').filter({ hasText: 'Cocok' });
    await verdict
      .getByText('Cocok: berkas ini sama persis dengan berkas yang diekspor dari notula yang disahkan.')
      .waitFor();
    for (const text of [
      'Rapat Koordinasi Kepala OPD',
      'Jumat, 27 November 2026',
      'Versi 1 (2 adalah versi terbaru)',
      code,
      CHAIR,
    ]) {
      await verdict.getByText(text, { exact: false }).first().waitFor();
    }
    await noToasts(page);
    await screenshot(page, 'verifikasi');
    expect(errors).toEqual([]);
    await page.close();
  });
});
