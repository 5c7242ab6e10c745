import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_CSP, appPageUrl, serveAppRequest } from '../../../electron/main/windows/appProtocol';

const base = mkdtempSync(join(tmpdir(), 'risalah-app-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Risalah</title>');
writeFileSync(join(root, 'recovery.html'), '<!doctype html><title>Pemulihan</title>');
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(base, 'rahasia.txt'), 'jangan dibaca');

const text = (body: Uint8Array | string) => (typeof body === 'string' ? body : Buffer.from(body).toString('utf8'));

describe('app:// protocol', () => {
  it('serves the built pages with their type, the CSP and nosniff', async () => {
    const page = await serveAppRequest('GET', appPageUrl('index.html'), root);
    expect(page.status).toBe(200);
    expect(text(page.body)).toContain('<title>Risalah</title>');
    expect(page.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': APP_CSP,
      'x-content-type-options': 'nosniff',
    });
    const script = await serveAppRequest('GET', 'app://risalah/assets/index-abc.js', root);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await serveAppRequest('GET', appPageUrl('recovery.html'), root)).status).toBe(200);
    expect((await serveAppRequest('GET', 'app://risalah/', root)).status).toBe(200);
  });

  it('has a CSP without inline or eval scripts that no page can frame', () => {
    expect(APP_CSP).toMatch(/script-src 'self'(;|$)/);
    expect(APP_CSP).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(APP_CSP).toContain("frame-ancestors 'none'");
    expect(APP_CSP).toContain("object-src 'none'");
  });

  it.each([
    'app://risalah/../rahasia.txt',
    'app://risalah/%2e%2e/rahasia.txt',
    'app://risalah/%2e%2e%2frahasia.txt',
    'app://risalah/..%5crahasia.txt',
    `app://risalah/${encodeURIComponent(join(base, 'rahasia.txt'))}`,
    'app://risalah/tidak-ada.js',
    'app://lain/index.html',
    'file:///etc/passwd',
  ])('refuses %s', async (url) => {
    const answer = await serveAppRequest('GET', url, root);
    expect(answer.status).toBe(404);
    expect(text(answer.body)).not.toContain('jangan dibaca');
  });

  it('answers a malformed escape with 400 and other methods with 405', async () => {
    expect((await serveAppRequest('GET', 'app://risalah/%E0%A4%A', root)).status).toBe(400);
    expect((await serveAppRequest('POST', appPageUrl('index.html'), root)).status).toBe(405);
    const head = await serveAppRequest('HEAD', appPageUrl('index.html'), root);
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});
