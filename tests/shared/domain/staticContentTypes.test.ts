import { describe, expect, it } from 'vitest';
import { staticContentType } from '../../../shared/domain/staticContentTypes';

describe('staticContentType (the web shell and the portal serve their bundles with it)', () => {
  it.each([
    ['.html', 'text/html; charset=utf-8'],
    ['.js', 'text/javascript; charset=utf-8'],
    ['.css', 'text/css; charset=utf-8'],
    ['.woff2', 'font/woff2'],
  ])('serves %s as %s', (extension, type) => {
    expect(staticContentType(extension)).toBe(type);
  });

  it('serves an unknown extension, or none, as bytes rather than guessing', () => {
    expect(staticContentType('.exe')).toBe('application/octet-stream');
    expect(staticContentType('')).toBe('application/octet-stream');
  });
});
