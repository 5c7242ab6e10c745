import { describe, expect, it } from 'vitest';
import { staticContentType } from '../../../shared/domain/staticContentTypes';

describe('staticContentType (the web shell and the portal serve their bundles with it)', () => {
  it('names the text types of a Vite bundle with their charset, fonts by their own type', () => {
    expect(staticContentType('.html')).toBe('text/html; charset=utf-8');
    expect(staticContentType('.css')).toBe('text/css; charset=utf-8');
    expect(staticContentType('.woff2')).toBe('font/woff2');
  });

  it('serves an unknown extension, or none, as bytes rather than guessing', () => {
    expect(staticContentType('.exe')).toBe('application/octet-stream');
    expect(staticContentType('')).toBe('application/octet-stream');
  });
});
