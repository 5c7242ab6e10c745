import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENS_DIR = resolve(import.meta.dirname, '../../../test-results/screens');

export const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** What she sees on her screen (the viewport, not the whole scrolled page), under test-results/screens/. */
export async function screenShot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const path = join(SCREENS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Every visible interactive element that runs off the viewport horizontally, or is cut by an
 * overflow-hidden ancestor with no scrolling box in between (a scrolling box lets her reach it),
 * and every button or tab whose own label is cut. One line per finding, naming the element.
 */
export function offscreenControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'button, a[href], input:not([type="hidden"]), select, textarea, [role="tab"], [role="button"], [role="combobox"]';
    const describe = (el: Element) => {
      const label =
        el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40) ?? el.getAttribute('name') ?? '';
      return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${label}"`;
    };
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      if (rect.width < 1 || rect.height < 1) return false;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
      return el.closest('[aria-hidden="true"], [hidden]') === null;
    };
    const findings: string[] = [];
    const width = document.documentElement.clientWidth;
    for (const el of Array.from(document.querySelectorAll(selector))) {
      if (!visible(el)) continue;
      const rect = el.getBoundingClientRect();
      if (rect.right > width + 1 || rect.left < -1) {
        findings.push(
          `${describe(el)} runs off the viewport (${Math.round(rect.left)}..${Math.round(rect.right)} of ${width})`,
        );
        continue;
      }
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (/(auto|scroll)/.test(style.overflowX)) break;
        if (!/(hidden|clip)/.test(style.overflowX)) continue;
        const box = up.getBoundingClientRect();
        if (rect.right > box.right + 1 || rect.left < box.left - 1) {
          findings.push(`${describe(el)} is cut by an overflow-hidden ${up.tagName.toLowerCase()}.${up.className}`);
        }
        break;
      }
    }
    for (const label of Array.from(document.querySelectorAll('.mantine-Button-label, .mantine-Tabs-tabLabel'))) {
      const owner = label.closest('button, [role="tab"], a');
      if (!owner || !visible(owner)) continue;
      if (label.scrollWidth > label.clientWidth + 1) findings.push(`${describe(owner)} has its label cut`);
    }
    return findings;
  });
}
