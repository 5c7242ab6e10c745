import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../shared/domain/dates';
import { newPage, screenshot, SCREENSHOT_DIR } from './support/browser';
import { api } from './support/shellApi';
import { closeBrowserAndShell, openBrowserOnShell, type WebShell } from './support/webShell';
import type { PersonId } from '../../shared/domain/ids';
import { identityInput } from '../fixtures/meeting/identityInput';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/masterData');
const RAKOR_TEMPLATE_ID = '3c9a6f1e-5b2d-4e7a-9f10-6a1b2c3d4e50';

let browser: Browser;
let shell: WebShell;
beforeAll(async () => ({ browser, shell } = await openBrowserOnShell()));
afterAll(() => closeBrowserAndShell(browser, shell));

async function importFixture(page: Page, fixture: string, rows: number) {
  await page.getByRole('button', { name: 'Impor CSV/Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor OPD dan pejabat' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Pilih berkas' }).click();
  await (await chooser).setFiles(join(FIXTURES, fixture));
  await dialog.getByText(`${rows} baris: ${rows} siap, 0 bermasalah`).waitFor();
  await dialog.getByRole('button', { name: `Impor ${rows} baris` }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
}

/** What the approval checks ask for and this test is not about: every section, a decision, the times, the chair. */
async function completeThroughApi(meetingId: string, chairId: string) {
  const minutes = await api<{
    sections: Array<{ id: string; kind: string; revision: number; agendaTitle: string | null }>;
  }>(shell, 'minutes:get', { meetingId });
  for (const section of minutes.sections) {
    const content = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: `Dicatat: ${section.agendaTitle ?? section.kind}.` }] },
      ],
    };
    await api(shell, 'minutes:save-section', { id: section.id, baseRevision: section.revision, content });
  }
  await api(shell, 'decisions:create', {
    meetingId,
    text: 'Seluruh OPD melaporkan capaian tiap triwulan.',
    agendaItemId: null,
  });
  const meeting = await api<{ title: string; date: string }>(shell, 'meetings:get', { id: meetingId });
  await api(
    shell,
    'meetings:update-identity',
    identityInput(meetingId, {
      title: meeting.title,
      date: meeting.date,
      startTime: '00:00',
      endTime: '00:30',
      place: 'Aula Setda',
      chair: { personId: chairId as PersonId, acting: '' },
    }),
  );
}

describe('e2e: the secretary day (issue 19)', () => {
  it('imports, invites all OPD, marks all present but two, records a commitment, and finds the approved meeting under recent', async () => {
    const page = await newPage(browser);
    const today = todayIn('Asia/Jakarta');

    // A fresh data folder: Beranda's checklist leads to the imports.
    await page.goto(shell.url);
    const checklist = page.getByRole('region', { name: 'Persiapan awal' });
    await checklist.getByText('0 dari 4 langkah selesai').waitFor();
    await checklist.getByRole('button', { name: 'Buka daftar OPD' }).click();
    await page.getByRole('tab', { name: 'OPD', selected: true }).waitFor();
    await importFixture(page, 'opd-contoh.csv', 42);
    await page.goto(shell.url);
    await checklist.getByText('1 dari 4 langkah selesai').waitFor();
    await checklist.getByRole('button', { name: 'Buka daftar pejabat' }).click();
    await page.getByRole('tab', { name: 'Pejabat', selected: true }).waitFor();
    await importFixture(page, 'pejabat-contoh.csv', 76);
    await page.goto(shell.url);
    await checklist.getByText('2 dari 4 langkah selesai').waitFor();

    const meeting = await api<{ id: string }>(shell, 'meetings:create', {
      title: 'Rakor Kepala OPD Desember',
      date: today,
      place: 'Aula Setda',
      templateId: RAKOR_TEMPLATE_ID,
    });
    await page.goto(`${shell.url}#/rapat/${meeting.id}`);

    // Invite all OPD at once, then everyone present, then the two exceptions.
    await page.getByRole('button', { name: 'Undang sekaligus' }).click();
    await page.getByRole('menuitem', { name: 'Seluruh OPD (kepala OPD)' }).click();
    await page.getByText('42 undangan belum ditandai').waitFor();
    await page.getByRole('button', { name: 'Tandai semua hadir' }).click();
    await page
      .getByTestId('attendance-summary')
      .getByText(/42 orang: hadir 42/)
      .waitFor();
    const statusSelects = page
      .getByRole('textbox', { name: /^Status kehadiran / })
      .or(page.getByRole('combobox', { name: /^Status kehadiran / }));
    // The confirmations sit over the table's right edge; she reads them, they go.
    await expect.poll(() => page.locator('.mantine-Notification-root').count(), { timeout: 15_000 }).toBe(0);
    for (const [index, label] of [
      [0, 'Izin'],
      [1, 'Dinas Luar'],
    ] as const) {
      await statusSelects.nth(index).click();
      await page.locator('[role="option"]:visible').getByText(label, { exact: true }).click();
    }
    await page
      .getByTestId('attendance-summary')
      .getByText(/42 orang: hadir 40, izin 1, dinas luar 1/)
      .waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'issue19-persiapan');
    // The attendance card as she sees it on her screen (the full page is 42 rows long).
    await page
      .getByRole('heading', { name: 'Undangan dan kehadiran' })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'issue19-persiapan-kehadiran.png') });

    // A commitment of this meeting, then its own Tindak Lanjut tab shows it apart from the carried over.
    const units = await api<Array<{ id: string; code: string | null }>>(shell, 'units:list', {});
    const dinkes = units.find((unit) => unit.code === 'DINKES');
    if (!dinkes) throw new Error('fixture without DINKES');
    await api(shell, 'commitments:create', {
      meetingId: meeting.id,
      text: 'Mutakhirkan data stunting per desa',
      agendaItemId: null,
      dueDate: null,
      ownerUnitIds: [dinkes.id],
      programTag: '',
    });
    await page.getByRole('tab', { name: 'Tindak Lanjut' }).click();
    const own = page.getByRole('region', { name: 'Komitmen rapat ini' });
    await own.getByRole('button', { name: 'Buka rincian: Mutakhirkan data stunting per desa' }).waitFor();
    await own.getByText('Dinas Kesehatan').first().waitFor();
    await screenshot(page, 'issue19-tindak-lanjut-rapat');

    // Approved today: Beranda lists it under "Rapat terakhir", not "Rapat mendatang".
    const people = await api<Array<{ id: string; position: string }>>(shell, 'people:list', {});
    const chair = people.find((person) => person.position === 'Wakil Bupati Contoh');
    if (!chair) throw new Error('fixture without the Wakil Bupati');
    await completeThroughApi(meeting.id, chair.id);
    await api(shell, 'approval:submit', { meetingId: meeting.id, note: '' });
    await api(shell, 'approval:approve', {
      meetingId: meeting.id,
      personId: chair.id,
      decidedOn: today,
      decidedTime: null,
    });
    await page.goto(`${shell.url}#/`);
    const recent = page.getByRole('region', { name: 'Rapat terakhir' });
    await recent.getByRole('link', { name: 'Rakor Kepala OPD Desember' }).waitFor();
    expect(
      await page
        .getByRole('region', { name: 'Rapat mendatang' })
        .getByRole('link', { name: 'Rakor Kepala OPD Desember' })
        .count(),
    ).toBe(0);
    await screenshot(page, 'issue19-beranda');
  });
});
