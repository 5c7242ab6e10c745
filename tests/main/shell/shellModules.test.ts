import { describe, expect, it } from 'vitest';
import { isAppUrl, isPermissionAllowed, isSafeExternalUrl } from '../../../electron/main/windows/securityPolicy';
import { parseWebArgs } from '../../../electron/main/web/webArgs';
import { itAnswersEach } from '../../support/examples';

describe('windows/securityPolicy', () => {
  itAnswersEach('openExternal(%s) allowed: %s', isSafeExternalUrl, [
    ['https://jdih.kemendagri.go.id', true],
    ['http://example.com', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['bukan url', false],
  ]);

  it('treats only the app entry as the app', () => {
    const entry = 'file:///opt/Risalah/resources/app.asar/out/renderer/index.html';
    expect(isAppUrl(`${entry}#/rapat`, entry)).toBe(true);
    expect(isAppUrl('file:///tmp/evil.html', entry)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/x', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://evil.example/', 'http://localhost:5173')).toBe(false);
  });

  it('treats app://risalah as the app and nothing else with a custom scheme', () => {
    const entry = 'app://risalah/index.html';
    expect(isAppUrl('app://risalah/index.html#/rapat', entry)).toBe(true);
    expect(isAppUrl('app://risalah/recovery.html', entry)).toBe(true);
    expect(isAppUrl('app://risalah', entry)).toBe(true);
    // Node's URL gives every custom scheme the origin 'null': comparing origins would let these in.
    expect(isAppUrl('app://evil/index.html', entry)).toBe(false);
    expect(isAppUrl('evil://risalah/index.html', entry)).toBe(false);
    expect(isAppUrl('file:///opt/Risalah/index.html', entry)).toBe(false);
    expect(isAppUrl('https://risalah/index.html', entry)).toBe(false);
  });

  it('allows only clipboard writes, and only to the app', () => {
    const entry = 'app://risalah/index.html';
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://risalah/index.html', entry)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/', entry)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined, entry)).toBe(false);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'hid',
      'serial',
      'usb',
      'openExternal',
      'clipboard-read',
    ]) {
      expect(isPermissionAllowed(permission, 'app://risalah/index.html', entry)).toBe(false);
    }
  });
});

describe('web/webArgs', () => {
  it('defaults to the remembered port (none given) and ./data', () => {
    expect(parseWebArgs([], '/kantor')).toEqual({ port: null, dataDir: '/kantor/data', newToken: false });
  });
  it('takes --port, --data and --new-token', () => {
    expect(parseWebArgs(['--port', '8080', '--data', 'arsip'], '/kantor')).toEqual({
      port: 8080,
      dataDir: '/kantor/arsip',
      newToken: false,
    });
    expect(parseWebArgs(['--new-token', '--port', '0'], '/kantor')).toEqual({
      port: 0,
      dataDir: '/kantor/data',
      newToken: true,
    });
  });
  it('refuses a bad port or an unknown flag', () => {
    expect(() => parseWebArgs(['--port', '70000'], '/')).toThrow(/Port tidak valid/);
    expect(() => parseWebArgs(['--host', '0.0.0.0'], '/')).toThrow(/Argumen tidak dikenal/);
  });
});
