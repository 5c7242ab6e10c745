import { resolve } from 'node:path';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CSP, serveAppRequest } from '../../electron/main/windows/appProtocol';
import { newPage, screenshot } from './support/browser';
import { closeBrowserAndShell, openBrowserOnShell, type WebShell } from './support/webShell';

// The built renderer the desktop shell serves over app:// (same output folder as the web shell).
const RENDERER = resolve(import.meta.dirname, '../..', process.env['RISALAH_OUT_DIR'] ?? 'out', 'renderer');

let browser: Browser;
let shell: WebShell;
beforeAll(async () => ({ browser, shell } = await openBrowserOnShell()));
afterAll(() => closeBrowserAndShell(browser, shell));

/** Console errors and CSP refusals: a page that only "looks" loaded must still fail the test. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    // Chromium asks every page for /favicon.ico; the app has none, and that 404 is not a fault.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
      errors.push(`${message.text()} ${message.location().url}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

describe('e2e: desktop shell pages', () => {
  it('the recovery page explains, in Indonesian, that data is safe, and "Muat ulang" brings the app back', async () => {
    const page = await newPage(browser);
    const errors = watchErrors(page);
    await page.goto(shell.url);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();

    await page.goto(`${shell.origin}/recovery.html`);
    await page.getByRole('heading', { name: 'Tampilan Risalah berhenti bekerja' }).waitFor();
    expect(await page.getByText('Data Anda aman').isVisible()).toBe(true);
    expect(await page.locator('script').count()).toBe(0);
    // The stylesheet applied: the button is the deep government blue, not a bare link.
    const reload = page.getByRole('link', { name: 'Muat ulang' });
    expect(await reload.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 53, 154)');
    const box = await page.locator('main').boundingBox();
    expect(box !== null && box.width <= 1366 && box.y >= 0 && box.y + box.height <= 768).toBe(true);
    await screenshot(page, 'pemulihan');

    await reload.click();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBeTruthy();
    expect(errors).toEqual([]);
  });

  it('the app served by the app:// handler runs in Chromium under its CSP header', async () => {
    const page = await newPage(browser);
    const errors = watchErrors(page);
    const served: string[] = [];
    // Stand in for Electron's protocol.handle: every page request answered by serveAppRequest,
    // API calls passed on to the web shell (the desktop shell would use IPC instead).
    await page.route('http://risalah.test/**', async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname.startsWith('/api/')) {
        const headers: Record<string, string> = { ...route.request().headers(), origin: shell.origin };
        delete headers['host'];
        const response = await route.fetch({ url: `${shell.origin}${url.pathname}`, headers });
        await route.fulfill({ response });
        return;
      }
      const answer = await serveAppRequest(route.request().method(), `app://risalah${url.pathname}`, RENDERER);
      served.push(`${answer.status} ${url.pathname}`);
      await route.fulfill({
        status: answer.status,
        headers: answer.headers,
        body: typeof answer.body === 'string' ? answer.body : Buffer.from(answer.body),
      });
    });
    const response = await page.goto(`http://risalah.test/index.html?token=${shell.token}`);
    expect(response?.headers()['content-security-policy']).toBe(APP_CSP);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
    await page.getByRole('link', { name: 'Rapat' }).click();
    await page.getByRole('heading', { name: 'Rapat', exact: true }).waitFor();
    // The list came back through the API: the empty state, not a loading spinner or an error.
    await page.getByText('Belum ada rapat').waitFor();
    expect(served.filter((line) => line.startsWith('200 /assets/')).length).toBeGreaterThanOrEqual(2);
    expect(served.every((line) => line.startsWith('200 '))).toBe(true);
    await screenshot(page, 'app-protocol-rapat');
    expect(errors).toEqual([]);
  });
});
