import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { EMPTY_SERIES_DEFAULTS } from '../../shared/domain/series';
import { api } from './support/shellApi';
import { seedLiveMeeting, type LiveMeeting } from './support/liveSeed';
import { offscreenControls, screenShot, SIZES } from './support/viewportAudit';
import { startWebShell, tempDataDir, type WebShell } from './support/webShell';

/*
 * Issue 19: every screen at 1280x720, 1366x768 and 1920x1080, saved under test-results/screens/
 * for a person to look at, and no control off the screen (or cut by its box) at 1280x720.
 */
let browser: Browser;
let shell: WebShell;
let seeded: LiveMeeting;
const COMMITMENT = 'Mutakhirkan data stunting per desa dan laporkan ke Bapperida';

beforeAll(async () => {
  browser = await launchBrowser();
  shell = await startWebShell(tempDataDir());
  const series = await api<{ id: string }>(shell, 'series:create', {
    title: 'Rapat Koordinasi Kepala OPD',
    cadenceMonths: 1,
    defaults: EMPTY_SERIES_DEFAULTS,
  });
  seeded = await seedLiveMeeting(shell, ['Laporan capaian stunting', 'Serapan anggaran triwulan III'], {
    seriesId: series.id,
  });
  await api(shell, 'commitments:create', {
    meetingId: seeded.meetingId,
    text: COMMITMENT,
    agendaItemId: null,
    dueDate: '2026-12-31',
    ownerUnitIds: [seeded.units.dinkes, seeded.units.bapperida],
    programTag: '',
  });
}, 60_000);
afterAll(async () => {
  await shell?.stop();
  await browser?.close();
});

type Screen = Readonly<{ name: string; hash: string; ready: (page: Page) => Promise<unknown> }>;

const heading = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { name }).first().waitFor();

function screens(): ReadonlyArray<Screen> {
  const meeting = (tab: string) => `#/rapat/${seeded.meetingId}?tab=${tab}`;
  const meetingReady = (tabName: string) => (page: Page) =>
    page.getByRole('tab', { name: tabName, selected: true }).waitFor();
  return [
    { name: 'beranda', hash: '#/', ready: heading('Selamat bekerja') },
    {
      name: 'rapat',
      hash: '#/rapat',
      ready: (page) =>
        page
          .getByRole('link', { name: /Rapat Koordinasi/ })
          .first()
          .waitFor(),
    },
    { name: 'rapat-persiapan', hash: meeting('persiapan'), ready: meetingReady('Persiapan') },
    {
      name: 'rapat-berlangsung',
      hash: meeting('berlangsung'),
      ready: (page) => page.getByTestId('live-screen').waitFor(),
    },
    { name: 'rapat-notula', hash: meeting('notula'), ready: meetingReady('Notula') },
    { name: 'rapat-tindak-lanjut', hash: meeting('tindak-lanjut'), ready: meetingReady('Tindak Lanjut') },
    { name: 'rapat-riwayat', hash: meeting('riwayat'), ready: meetingReady('Riwayat') },
    {
      name: 'tindak-lanjut',
      hash: '#/tindak-lanjut',
      ready: (page) =>
        page
          .getByRole('button', { name: `Buka rincian: ${COMMITMENT}` })
          .first()
          .waitFor(),
    },
    { name: 'data-master-opd', hash: '#/data-master?bagian=opd', ready: heading('Data Master') },
    { name: 'data-master-pejabat', hash: '#/data-master?bagian=pejabat', ready: heading('Data Master') },
    { name: 'data-master-kelompok', hash: '#/data-master?bagian=kelompok', ready: heading('Data Master') },
    { name: 'data-master-templat', hash: '#/data-master?bagian=templat', ready: heading('Data Master') },
    { name: 'data-master-seri', hash: '#/data-master?bagian=rapat-berkala', ready: heading('Data Master') },
    {
      name: 'pencarian',
      hash: '#/cari',
      ready: (page) => page.getByRole('searchbox').or(page.getByRole('textbox')).first().waitFor(),
    },
    { name: 'pengaturan-umum', hash: '#/pengaturan?bagian=umum', ready: heading('Pengaturan') },
    { name: 'pengaturan-instansi', hash: '#/pengaturan?bagian=instansi', ready: heading('Pengaturan') },
    { name: 'pengaturan-dokumen', hash: '#/pengaturan?bagian=dokumen', ready: heading('Pengaturan') },
    { name: 'pengaturan-cadangan', hash: '#/pengaturan?bagian=cadangan', ready: heading('Pengaturan') },
    { name: 'pengaturan-pengingat', hash: '#/pengaturan?bagian=pengingat', ready: heading('Pengaturan') },
    { name: 'pengaturan-server', hash: '#/pengaturan?bagian=server', ready: heading('Pengaturan') },
    { name: 'verifikasi', hash: '#/verifikasi', ready: heading(/Verifikasi/) },
  ];
}

/** Lets lazy tabs, fonts and transitions settle before a look and a measurement. */
async function settle(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(400);
}

async function visit(page: Page, screen: Screen) {
  await page.goto(`${shell.url}${screen.hash}`);
  await screen.ready(page);
  await settle(page);
}

describe('e2e: every screen at three sizes (issue 19)', () => {
  it('saves screenshots and finds no control off the screen at 1280x720', async () => {
    const findings: string[] = [];
    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: size, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
      const page = await context.newPage();
      const tag = `${size.width}x${size.height}`;
      for (const screen of screens()) {
        await visit(page, screen);
        await screenShot(page, `${tag}-${screen.name}`);
        if (size.width === 1280) findings.push(...(await offscreenControls(page)).map((f) => `${screen.name}: ${f}`));
      }
      // The commitment drawer ("Ubah status" ran off its right edge).
      await visit(
        page,
        screens().find((s) => s.name === 'tindak-lanjut')!,
      );
      await page
        .getByRole('button', { name: `Buka rincian: ${COMMITMENT}` })
        .first()
        .click();
      await page.getByRole('dialog', { name: 'Rincian tindak lanjut' }).waitFor();
      await settle(page);
      await screenShot(page, `${tag}-tindak-lanjut-rincian`);
      if (size.width === 1280) findings.push(...(await offscreenControls(page)).map((f) => `rincian: ${f}`));
      await context.close();
    }
    expect(findings).toEqual([]);
  }, 300_000);

  it('gives the minutes editor most of the height at 1366x768', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
    const page = await context.newPage();
    await visit(
      page,
      screens().find((s) => s.name === 'rapat-berlangsung')!,
    );
    const editor = page.locator('.risalah-live-content:visible');
    const height = await editor.evaluate((el) => Math.round(el.getBoundingClientRect().height));
    console.log(`editor height at 1366x768: ${height}px`);
    expect(height).toBeGreaterThanOrEqual(768 * 0.6);
    await context.close();
  }, 60_000);
});
