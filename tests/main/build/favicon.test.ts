import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const bytes = (file: string): Buffer => readFileSync(resolve(root, file));

describe('the favicon of the web shell', () => {
  it('is the app icon: renderer/public holds the same files as build/', () => {
    // Vite copies renderer/public into the built renderer; `npm run icons` regenerates build/ only.
    expect(bytes('renderer/public/favicon.svg').equals(bytes('build/icon-small.svg'))).toBe(true);
    expect(bytes('renderer/public/favicon-32.png').equals(bytes('build/icons/32x32.png'))).toBe(true);
  });

  it('is linked from the page, whose CSP allows images from its own origin', () => {
    const html = bytes('renderer/index.html').toString('utf8');
    expect(html).toContain('<link rel="icon" type="image/svg+xml" href="/favicon.svg" />');
    expect(html).toContain('<link rel="icon" type="image/png" sizes="32x32" href="/favicon-32.png" />');
    expect(/img-src 'self'/.test(html)).toBe(true);
  });
});
