import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, screenshot } from './support/browser';
import { seedLiveMeeting } from './support/liveSeed';
import { browserWithShells } from './support/browserWithShells';
import { tempDataDir } from './support/webShell';

const { browser, shells } = browserWithShells();

const AGENDA = [
  'Laporan tindak lanjut rapat sebelumnya',
  'Percepatan penurunan stunting',
  'Realisasi anggaran triwulan III',
];

/** The editor that has the keyboard, i.e. the active section's. */
const activeEditor = (page: Page) => page.locator('.ProseMirror:focus');

async function waitSaved(page: Page) {
  await page
    .getByTestId('save-status')
    .and(page.locator('[data-state="saved"]'))
    .getByText(/^Tersimpan \d{2}\.\d{2}$/)
    .waitFor();
}

describe('e2e: live minutes by keyboard alone', () => {
  it('types sections, a speaker, a decision and a commitment for two OPD, and finds everything after a reload', async () => {
    const dataDir = tempDataDir();
    const shell = await shells.start(dataDir);
    const seeded = await seedLiveMeeting(shell, AGENDA);
    const page = await newPage(browser());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));

    // Open the meeting from the command palette, then its Berlangsung tab with the arrow keys.
    await page.goto(`${shell.url}#/rapat`);
    await page.getByRole('table').getByText('Rapat Koordinasi Kepala OPD').waitFor();
    await page.keyboard.press('Control+K');
    await page.keyboard.type('Rapat Koordinasi');
    await page.locator('[data-action][data-selected="true"]', { hasText: 'Rapat Koordinasi Kepala OPD' }).waitFor();
    await page.keyboard.press('Enter');
    const prepTab = page.getByRole('tab', { name: 'Persiapan' });
    await prepTab.waitFor();
    await prepTab.focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Berlangsung', selected: true }).waitFor();

    // Kata Pembukaan: the editor is the first stop of the screen.
    const opening = page.getByRole('textbox', { name: 'Isi notula: Kata Pembukaan' });
    await opening.focus();
    await page.keyboard.type('Rapat dibuka pukul 09.05 oleh Wakil Bupati.');

    // Alt+Down: the first agenda item, whose timer starts.
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByRole('heading', { name: `Pembahasan: ${AGENDA[0]}` }).waitFor();
    await page
      .getByRole('navigation', { name: 'Acara dan waktu' })
      .getByText(/berjalan \d\d:\d\d/)
      .waitFor();
    await expect.poll(() => activeEditor(page).getAttribute('aria-label')).toBe(`Isi notula: Pembahasan: ${AGENDA[0]}`);

    // Alt+S: a speaker from the attendance list, then what she said. She types the name at once:
    // letters typed before the picker has the focus go to its search, never into the minutes.
    await page.keyboard.press('Alt+S');
    await page.keyboard.type('kesehatan');
    await expect.poll(() => page.getByLabel('Cari pembicara').inputValue()).toBe('kesehatan');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Pilih pembicara' }).waitFor({ state: 'detached' });
    await expect.poll(() => activeEditor(page).count()).toBe(1);
    await page.keyboard.type('Cakupan imunisasi dasar lengkap mencapai 92 persen.');
    await page.keyboard.press('Enter');
    // "@" at the start of a line opens the same picker: the chair's response.
    await page.keyboard.type('@');
    await page.getByRole('dialog', { name: 'Pilih pembicara' }).waitFor();
    await page.keyboard.type('tanggapan');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeEditor(page).count()).toBe(1);
    await page.keyboard.type('Data stunting diverifikasi ulang bersama puskesmas.');

    // Alt+K: the line becomes a Keputusan (without its speaker label); Ctrl+Enter records it.
    await page.keyboard.press('Alt+K');
    const decision = page.getByRole('dialog', { name: 'Catat keputusan' });
    await expect
      .poll(() => decision.getByLabel('Uraian keputusan/kesimpulan').inputValue())
      .toBe('Data stunting diverifikasi ulang bersama puskesmas.');
    await page.keyboard.press('Control+Enter');
    await decision.waitFor({ state: 'detached' });

    // Ctrl+Enter: a new paragraph below, then Alt+T: a commitment for two OPD due in "2 pekan".
    await expect.poll(() => activeEditor(page).count()).toBe(1);
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('Dinkes dan Bapperida menyusun rencana aksi penurunan stunting.');
    await page.keyboard.press('Alt+T');
    const commitment = page.getByRole('dialog', { name: 'Catat tindak lanjut' });
    await page.keyboard.type('Kesehatan');
    await page.getByRole('option', { name: 'Dinas Kesehatan (Dinkes)' }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Perencanaan');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('due-input');
    await page.keyboard.type('2 pekan');
    await commitment.getByText('Jatuh pada Jumat, 11 Desember 2026').waitFor();
    await page.keyboard.press('Enter');
    await commitment.waitFor({ state: 'detached' });

    // Ctrl+Shift+H: a late arrival marked from the quick list, with the time.
    await page.keyboard.press('Control+Shift+H');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.activeElement?.getAttribute('aria-label') ??
            (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent,
        ),
      )
      .toContain('Cari peserta');
    await page.keyboard.type('pendidikan');
    await page.keyboard.press('Enter');
    await page.getByText(/^tiba \d\d\.\d\d$/).waitFor();
    await page.keyboard.press('Control+Shift+H');
    await expect.poll(() => activeEditor(page).count()).toBe(1);
    await waitSaved(page);

    const aside = page.getByRole('complementary', { name: 'Keputusan, tindak lanjut, dan kehadiran' });
    await aside.getByRole('tab', { name: /Tindak Lanjut \(1\)/ }).waitFor();
    await aside.getByRole('tab', { name: /Keputusan \(1\)/ }).waitFor();
    await screenshot(page, 'rapat-berlangsung');

    // The palette carries the screen's own commands: full screen for a 1366x768 laptop, then back.
    await page.keyboard.press('Control+K');
    await page.keyboard.type('Layar penuh');
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Ketik perintah atau nama rapat…' }).inputValue())
      .toBe('Layar penuh');
    // The palette's list can be rebuilt while she types (the meeting's own commands arrive with its state),
    // which drops the highlight: as she would, she presses Down once when nothing is highlighted.
    await page.locator('[data-action]', { hasText: 'Layar penuh' }).first().waitFor();
    const highlighted = page.locator('[data-action][data-selected="true"]', { hasText: 'Layar penuh' });
    if (!(await highlighted.isVisible())) await page.keyboard.press('ArrowDown');
    await highlighted.waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('live-screen').getByRole('button', { name: 'Keluar dari layar penuh' }).waitFor();
    await expect.poll(() => activeEditor(page).count()).toBe(1);
    await screenshot(page, 'rapat-berlangsung-layar-penuh');
    await page.getByTestId('live-screen').getByRole('button', { name: 'Keluar dari layar penuh' }).press('Enter');
    await page.getByTestId('live-screen').getByRole('button', { name: 'Layar penuh' }).waitFor();

    // Reload: the same section opens, with every word and capture.
    await page.reload();
    await page.getByRole('heading', { name: `Pembahasan: ${AGENDA[0]}` }).waitFor();
    const discussion = page.getByRole('textbox', { name: `Isi notula: Pembahasan: ${AGENDA[0]}` });
    await discussion.getByText('Cakupan imunisasi dasar lengkap mencapai 92 persen.').waitFor();
    await discussion.locator('strong', { hasText: 'Kepala Dinas Kesehatan (dr. Desi Purnomo, M.Kes.):' }).waitFor();
    await discussion.locator('strong', { hasText: 'Tanggapan Wakil Bupati:' }).waitFor();
    await aside.getByRole('tab', { name: /Keputusan \(1\)/ }).click();
    await aside.getByText('Data stunting diverifikasi ulang bersama puskesmas.').waitFor();
    await aside.getByRole('tab', { name: /Tindak Lanjut \(1\)/ }).click();
    await aside.getByText('Batas Jumat, 11 Desember 2026').waitFor();
    await aside.getByText('Dinas Kesehatan', { exact: true }).waitFor();
    await screenshot(page, 'rapat-berlangsung-tindak-lanjut');
    await discussion.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page
      .getByRole('textbox', { name: 'Isi notula: Kata Pembukaan' })
      .getByText('Rapat dibuka pukul 09.05 oleh Wakil Bupati.')
      .waitFor();
    expect(errors).toEqual([]);
    await shell.stop();

    const db = new Database(join(dataDir, 'risalah.db'), { readonly: true });
    const sections = db
      .prepare('SELECT kind, agenda_item_id, content_text, content_json FROM minute_sections ORDER BY position')
      .all() as Array<{
      kind: string;
      agenda_item_id: string | null;
      content_text: string;
      content_json: string;
    }>;
    expect(sections.map((s) => s.kind)).toEqual([
      'OPENING',
      'DISCUSSION',
      'DISCUSSION',
      'DISCUSSION',
      'CONCLUSION',
      'CLOSING',
    ]);
    expect(sections[0]?.content_text).toBe('Rapat dibuka pukul 09.05 oleh Wakil Bupati.');
    expect(sections[1]?.agenda_item_id).toBe(seeded.agendaIds[0]);
    expect(sections[1]?.content_text).toBe(
      [
        'Kepala Dinas Kesehatan (dr. Desi Purnomo, M.Kes.): Cakupan imunisasi dasar lengkap mencapai 92 persen.',
        'Tanggapan Wakil Bupati: Data stunting diverifikasi ulang bersama puskesmas.',
        'Dinkes dan Bapperida menyusun rencana aksi penurunan stunting.',
      ].join('\n'),
    );
    // The speaker shape the Notula converter reads: a bold run ending in ':' opening the paragraph.
    const json = JSON.parse(sections[1]?.content_json ?? '{}') as {
      content: Array<{ content: Array<{ text: string; marks?: Array<{ type: string }> }> }>;
    };
    expect(json.content[0]?.content[0]).toEqual({
      type: 'text',
      marks: [{ type: 'bold' }],
      text: 'Kepala Dinas Kesehatan (dr. Desi Purnomo, M.Kes.):',
    });
    expect(db.prepare('SELECT text, agenda_item_id FROM decisions WHERE deleted_at IS NULL').all()).toEqual([
      { text: 'Data stunting diverifikasi ulang bersama puskesmas.', agenda_item_id: seeded.agendaIds[0] },
    ]);
    expect(db.prepare('SELECT text, due_date, agenda_item_id FROM commitments WHERE deleted_at IS NULL').all()).toEqual(
      [
        {
          text: 'Dinkes dan Bapperida menyusun rencana aksi penurunan stunting.',
          due_date: '2026-12-11',
          agenda_item_id: seeded.agendaIds[0],
        },
      ],
    );
    const owners = db.prepare('SELECT unit_id, status FROM commitment_owners ORDER BY unit_id').all();
    expect(owners).toEqual(
      [
        { unit_id: seeded.units.bapperida, status: 'BELUM' },
        { unit_id: seeded.units.dinkes, status: 'BELUM' },
      ].sort((a, b) => a.unit_id.localeCompare(b.unit_id)),
    );
    const timer = db
      .prepare('SELECT actual_start_at, actual_end_at FROM agenda_items WHERE id = ?')
      .get(seeded.agendaIds[0]) as { actual_start_at: number | null };
    expect(timer.actual_start_at).toBeGreaterThan(0);
    const late = db
      .prepare('SELECT status, arrival_time FROM attendance WHERE unit_id = ?')
      .get(seeded.units.disdik) as { status: string; arrival_time: string };
    expect(late.status).toBe('HADIR');
    expect(late.arrival_time).toMatch(/^\d\d:\d\d$/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
