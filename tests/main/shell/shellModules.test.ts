import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../electron/main/menuTemplate';
import { isAppUrl, isSafeExternalUrl } from '../../../electron/main/windows/securityPolicy';
import { parseWebArgs } from '../../../electron/main/web/webArgs';

const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label);

describe('menuTemplate', () => {
  it('is Indonesian, with the data folder under Berkas', () => {
    const template = buildMenuTemplate({ openDataFolder: () => undefined, showAbout: () => undefined }, false);
    expect(labels(template)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    const file = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(labels(file)).toContain('Buka Folder Data');
  });

  it('adds the application menu on macOS', () => {
    const template = buildMenuTemplate({ openDataFolder: () => undefined, showAbout: () => undefined }, true);
    expect(labels(template)[0]).toBe('Risalah');
  });
});

describe('windows/securityPolicy', () => {
  it.each([
    ['https://jdih.kemendagri.go.id', true],
    ['http://example.com', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['bukan url', false],
  ])('openExternal(%s) allowed: %s', (url, allowed) => {
    expect(isSafeExternalUrl(url)).toBe(allowed);
  });

  it('treats only the app entry as the app', () => {
    const entry = 'file:///opt/Risalah/resources/app.asar/out/renderer/index.html';
    expect(isAppUrl(`${entry}#/rapat`, entry)).toBe(true);
    expect(isAppUrl('file:///tmp/evil.html', entry)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/x', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://evil.example/', 'http://localhost:5173')).toBe(false);
  });
});

describe('web/webArgs', () => {
  it('defaults to any free port and ./data', () => {
    expect(parseWebArgs([], '/kantor')).toEqual({ port: 0, dataDir: '/kantor/data' });
  });
  it('takes --port and --data', () => {
    expect(parseWebArgs(['--port', '8080', '--data', 'arsip'], '/kantor')).toEqual({ port: 8080, dataDir: '/kantor/arsip' });
  });
  it('refuses a bad port or an unknown flag', () => {
    expect(() => parseWebArgs(['--port', '70000'], '/')).toThrow(/Port tidak valid/);
    expect(() => parseWebArgs(['--host', '0.0.0.0'], '/')).toThrow(/Argumen tidak dikenal/);
  });
});
