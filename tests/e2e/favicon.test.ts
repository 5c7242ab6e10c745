import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, screenshot } from './support/browser';
import { closeBrowserAndShell, openBrowserOnShell, type WebShell } from './support/webShell';

const root = resolve(import.meta.dirname, '../..');

let browser: Browser;
let shell: WebShell;
beforeAll(async () => ({ browser, shell } = await openBrowserOnShell()));
afterAll(() => closeBrowserAndShell(browser, shell));

describe('e2e: the app icon in the browser tab', () => {
  it('the page names its icons, the web shell serves them, and the page CSP lets them load', async () => {
    const page = await newPage(browser);
    await page.goto(shell.url);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();

    const icons = await page
      .locator('link[rel="icon"]')
      .evaluateAll((links) => (links as HTMLLinkElement[]).map((link) => ({ href: link.href, type: link.type })));
    expect(icons.map((icon) => icon.type)).toEqual(['image/svg+xml', 'image/png']);
    const sources: Record<string, string> = {
      'image/svg+xml': 'build/icon-small.svg',
      'image/png': 'build/icons/32x32.png',
    };
    for (const icon of icons) {
      const answer = await page.request.get(icon.href);
      expect(answer.status()).toBe(200);
      expect(answer.headers()['content-type']).toBe(icon.type);
      expect(Buffer.from(await answer.body()).equals(readFileSync(resolve(root, sources[icon.type] ?? '')))).toBe(true);
      // Loaded as an image by the page itself: refused by its CSP, it would report width 0.
      const width = await page.evaluate(
        (href) =>
          new Promise<number>((done) => {
            const image = new Image();
            image.onload = () => done(image.naturalWidth);
            image.onerror = () => done(0);
            image.src = href;
          }),
        icon.href,
      );
      expect(width).toBe(32);
    }

    // A look at the icon at tab size, drawn in the page (test-results/e2e/favicon.png).
    await page.evaluate((href) => {
      const image = Object.assign(new Image(32, 32), { src: href, id: 'favicon-look' });
      image.style.cssText = 'position:fixed;top:0;left:0;z-index:99999';
      document.body.append(image);
    }, icons[0]?.href ?? '');
    const path = await screenshot(page, 'favicon-page');
    await page.locator('#favicon-look').screenshot({ path: path.replace('favicon-page', 'favicon') });
  });
});
