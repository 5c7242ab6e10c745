import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuActions } from '../../../electron/main/menuTemplate';
import type { AppCommand } from '../../../shared/ipc/events';

function actions(): MenuActions & { commands: AppCommand[] } {
  const commands: AppCommand[] = [];
  return { commands, command: (c) => commands.push(c), openDataFolder: vi.fn(), showAbout: vi.fn() };
}

/** Every item of the menu, depth first. */
function walk(items: ReadonlyArray<MenuItemConstructorOptions>): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? walk(item.submenu) : [])]);
}

function find(items: ReadonlyArray<MenuItemConstructorOptions>, label: string): MenuItemConstructorOptions {
  const item = walk(items).find((i) => i.label === label);
  if (!item) throw new Error(`menu item ${label} missing`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

/** Roles whose default accelerators are Ctrl+W or Ctrl+R. */
const RELOAD_OR_CLOSE_ROLES = new Set(['reload', 'forceReload', 'close', 'closeWindow']);

describe('menuTemplate', () => {
  const windows = buildMenuTemplate(actions(), { isMac: false, isDevelopment: false });

  it('is Indonesian: Berkas, Sunting, Tampilan, Bantuan', () => {
    expect(windows.map((m) => m.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    const labels = walk(windows)
      .filter((i) => i.type !== 'separator')
      .map((i) => i.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Rapat Baru',
        'Verifikasi Dokumen…',
        'Buka Folder Data',
        'Keluar',
        'Urungkan',
        'Cari…',
        'Daftar Pintasan',
        'Tentang Risalah',
      ]),
    );
    expect(labels.every((label) => typeof label === 'string' && label.length > 0)).toBe(true);
  });

  it('sends the app commands to the renderer', () => {
    const a = actions();
    const template = buildMenuTemplate(a, { isMac: false, isDevelopment: false });
    for (const label of ['Rapat Baru', 'Cari…', 'Daftar Pintasan', 'Verifikasi Dokumen…', 'Tindak Lanjut'])
      click(find(template, label));
    expect(a.commands).toEqual(['new-meeting', 'search', 'shortcuts', 'verify-document', 'follow-up']);
    click(find(template, 'Buka Folder Data'));
    expect(a.openDataFolder).toHaveBeenCalledOnce();
    click(find(template, 'Tentang Risalah'));
    expect(a.showAbout).toHaveBeenCalledOnce();
  });

  it('carries the shortcuts of the brief', () => {
    expect(find(windows, 'Rapat Baru').accelerator).toBe('CmdOrCtrl+N');
    expect(find(windows, 'Cari…').accelerator).toBe('CmdOrCtrl+F');
    expect(find(windows, 'Daftar Pintasan').accelerator).toBe('CmdOrCtrl+/');
  });

  it('leaves Ctrl+F and Ctrl+/ to the renderer so the page still receives them', () => {
    expect(find(windows, 'Cari…').registerAccelerator).toBe(false);
    expect(find(windows, 'Daftar Pintasan').registerAccelerator).toBe(false);
    expect(find(windows, 'Rapat Baru').registerAccelerator).toBeUndefined();
  });

  it.each([false, true])('never uses Ctrl+W or Ctrl+R on Windows/Linux (development %s)', (isDevelopment) => {
    const items = walk(buildMenuTemplate(actions(), { isMac: false, isDevelopment }));
    for (const item of items) {
      expect(String(item.accelerator ?? '')).not.toMatch(/(Ctrl|CmdOrCtrl|CommandOrControl)\+(W|R)$/i);
      expect(RELOAD_OR_CLOSE_ROLES.has(String(item.role ?? ''))).toBe(false);
    }
  });

  it('has no accelerator twice', () => {
    const accelerators = walk(windows).flatMap((i) => (i.accelerator ? [String(i.accelerator)] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('shows developer tools only in development', () => {
    expect(walk(windows).some((i) => i.role === 'toggleDevTools')).toBe(false);
    const dev = buildMenuTemplate(actions(), { isMac: false, isDevelopment: true });
    expect(find(dev, 'Alat Pengembang').role).toBe('toggleDevTools');
  });

  it('adds the application menu on macOS and closes the window instead of quitting from Berkas', () => {
    const mac = buildMenuTemplate(actions(), { isMac: true, isDevelopment: false });
    expect(mac.map((m) => m.label)).toEqual(['Risalah', 'Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    expect(find(mac, 'Keluar dari Risalah').role).toBe('quit');
    expect(find(mac, 'Tutup Jendela').role).toBe('close');
    expect(walk(mac).some((i) => i.role === 'reload' || i.role === 'forceReload')).toBe(false);
  });
});
