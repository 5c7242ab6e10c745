import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { shellPool } from './webShell';

// Apart from webShell.ts: the benches (tests/bench) start shells outside vitest, and a module
// that imports vitest cannot be loaded there.
/**
 * For a file whose tests restart shells: one browser launched before its tests and a shell
 * pool, both closed after them (registered here as the file's beforeAll/afterAll).
 */
export function browserWithShells(port: number | null = 0) {
  const shells = shellPool(port);
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launchBrowser();
  });
  afterAll(async () => {
    await launched?.close();
    await shells.stopAll();
  });
  return {
    shells,
    /** The file's browser (only inside a test: it is launched in beforeAll). */
    browser: (): Browser => {
      if (!launched) throw new Error('the browser is launched in beforeAll');
      return launched;
    },
  };
}
