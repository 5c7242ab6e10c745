import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, screenshot } from './support/browser';
import { api } from './support/shellApi';
import { fillDiscussions, seedLiveMeeting, type LiveMeeting } from './support/liveSeed';
import { type WebShell, openBrowserOnShell, closeBrowserAndShell } from './support/webShell';

/*
 * axe-core on every screen with seeded data (WCAG 2.1 A/AA rules): no serious or critical
 * violation anywhere. Tabs are discovered from each page's tablist, so a tab a colleague adds
 * later is checked without editing this file. Then the main path by keyboard alone.
 */
let browser: Browser;
let shell: WebShell;
let seeded: LiveMeeting;
const checked: string[] = [];

beforeAll(async () => {
  ({ browser, shell } = await openBrowserOnShell());
  seeded = await seedLiveMeeting(shell, ['Laporan realisasi anggaran triwulan III', 'Percepatan penurunan stunting']);
  await fillDiscussions(shell, seeded.meetingId, 120);
  const agenda = seeded.agendaIds[0] ?? null;
  await api(shell, 'decisions:create', {
    meetingId: seeded.meetingId,
    text: 'Setiap OPD menyampaikan laporan realisasi anggaran paling lambat tanggal 5.',
    agendaItemId: agenda,
  });
  await api(shell, 'commitments:create', {
    meetingId: seeded.meetingId,
    text: 'Menyusun rencana aksi pengendalian inflasi daerah.',
    agendaItemId: agenda,
    dueDate: '2026-12-15',
    ownerUnitIds: [seeded.units.dinkes, seeded.units.bapperida],
    programTag: 'Inflasi daerah',
  });
});
afterAll(() => closeBrowserAndShell(browser, shell));

type Finding = { screen: string; id: string; impact: string; help: string; targets: string[] };

async function audit(page: Page, screen: string): Promise<Finding[]> {
  // Let the screen's data arrive (loaders gone) before judging it.
  await page.waitForLoadState('networkidle');
  await page
    .locator('.mantine-Loader-root')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  const result = await new AxeBuilder({ page: page as never })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  checked.push(screen);
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      screen,
      id: violation.id,
      impact: String(violation.impact),
      help: violation.help,
      targets: violation.nodes
        .slice(0, 4)
        .map((node) => `${node.target.join(' ')} :: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    }));
}

/** Every tab of the page's first tablist, clicked in turn and audited. */
async function auditTabs(page: Page, screen: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const tabs = page.getByRole('tablist').first().getByRole('tab');
  const count = await tabs.count();
  expect(count, `${screen} has tabs`).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    const tab = tabs.nth(i);
    const name = (await tab.innerText()).trim();
    await tab.click();
    findings.push(...(await audit(page, `${screen} › ${name}`)));
    await screenshot(page, `a11y-${screen}-${name}`.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
  }
  return findings;
}

describe('e2e: accessibility (axe-core) on every screen', () => {
  it('has no serious or critical violation on any screen or tab', async () => {
    const page = await newPage(browser);
    const findings: Finding[] = [];
    const visit = async (hash: string, screen: string) => {
      await page.goto(`${shell.url}#${hash}`);
      await page.getByRole('main').waitFor();
      findings.push(...(await audit(page, screen)));
    };
    await visit('/', 'Beranda');
    await visit('/rapat', 'Rapat');
    await page.goto(`${shell.url}#/rapat/${seeded.meetingId}`);
    await page.getByRole('tablist').first().waitFor();
    findings.push(...(await auditTabs(page, 'Rapat')));
    await visit('/tindak-lanjut', 'Tindak Lanjut');
    await visit('/data-master', 'Data Master');
    findings.push(...(await auditTabs(page, 'Data Master')));
    await visit('/pengaturan', 'Pengaturan');
    findings.push(...(await auditTabs(page, 'Pengaturan')));
    await visit('/cari', 'Cari');
    await page.getByRole('searchbox').or(page.getByRole('textbox')).first().fill('stunting');
    await page.keyboard.press('Enter');
    findings.push(...(await audit(page, 'Cari (hasil)')));
    await visit('/verifikasi', 'Verifikasi');
    // Until the approval work adds its route, /verifikasi falls back to Beranda: say so, do not hide it.
    const verifyRouted = new URL(page.url()).hash.startsWith('#/verifikasi');
    if (!verifyRouted) console.info('accessibility: #/verifikasi is not a route in this build (fell back to Beranda)');
    await page.close();

    console.info(
      `accessibility: ${checked.length} screens checked (${checked.join('; ')}); ${findings.length} serious/critical`,
    );
    expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
    expect(checked.length).toBeGreaterThanOrEqual(16);
  });

  it('reaches Beranda → Rapat → a meeting and its main actions with the keyboard only', async () => {
    const page = await newPage(browser);
    await page.goto(shell.url);
    await page.getByRole('main').waitFor();
    /** Tab until the focused element matches, as a keyboard user would; fails after 60 stops. */
    const tabTo = async (matches: (el: { role: string; name: string }) => boolean, label: string) => {
      for (let stops = 0; stops < 60; stops += 1) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return {
            role: el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? '',
            name: (el?.getAttribute('aria-label') ?? el?.innerText ?? '').trim(),
          };
        });
        if (matches(focused)) return;
      }
      throw new Error(`not reachable by Tab: ${label}`);
    };
    await tabTo((el) => /^Rapat$/.test(el.name), 'menu Rapat');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/rapat$/);
    // Wait for the list itself: tabbing while it loads can land on a row that is then replaced.
    await page
      .getByRole('link', { name: /Rapat Koordinasi Kepala OPD/ })
      .first()
      .waitFor();
    await tabTo(
      (el) => (el.role === 'a' || el.role === 'link') && el.name.includes('Rapat Koordinasi Kepala OPD'),
      'the meeting link in the list',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/rapat\/[0-9a-f-]{36}/);
    // Meeting tabs: arrow keys move between tabs (WAI-ARIA tabs pattern).
    await tabTo((el) => el.role === 'tab', 'the meeting tabs');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page
      .getByRole('tab', { name: /Berlangsung/ })
      .and(page.locator('[aria-selected="true"]'))
      .waitFor();
    // Type into the live editor without the mouse, once it has loaded (it is fetched on first use).
    await page
      .getByRole('textbox', { name: /^Isi notula/ })
      .first()
      .waitFor();
    await tabTo((el) => el.name.startsWith('Isi notula'), 'the live editor');
    await page.keyboard.type(' Rapat dibuka oleh Wakil Bupati pukul 09.00.');
    await page
      .getByTestId('save-status')
      .getByText(/^Tersimpan/)
      .waitFor();
    await screenshot(page, 'a11y-keyboard-berlangsung');
    const bundle = await api<{ sections: Array<{ kind: string; contentText?: string; content_text?: string }> }>(
      shell,
      'minutes:get',
      { meetingId: seeded.meetingId },
    );
    expect(JSON.stringify(bundle)).toContain('Rapat dibuka oleh Wakil Bupati pukul 09.00.');
    await page.close();
  });
});
