import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/ipc/events';

export type MenuActions = Readonly<{
  /** Sends the command to the renderer ('app:command' event). */
  command: (command: AppCommand) => void;
  openDataFolder: () => void;
  showAbout: () => void;
}>;

export type MenuOptions = Readonly<{ isMac: boolean; isDevelopment: boolean }>;

/**
 * Shortcuts the renderer itself listens to (so they behave the same in the
 * web shell, and only outside the editor where that matters). The menu shows
 * them but does not register them, or Electron would swallow the key first.
 */
const RENDERER_OWNED = { registerAccelerator: false } as const;

/**
 * The Indonesian application menu; roles keep the platform's own behaviour.
 * Ctrl+W and Ctrl+R are never used for app actions (ux-brief): a stray
 * Ctrl+R must not reload the page in the middle of a meeting.
 */
export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const { isMac, isDevelopment } = options;
  const file: MenuItemConstructorOptions = {
    label: 'Berkas',
    submenu: [
      { label: 'Rapat Baru', accelerator: 'CmdOrCtrl+N', click: () => actions.command('new-meeting') },
      { label: 'Verifikasi Dokumen…', click: () => actions.command('verify-document') },
      { type: 'separator' },
      { label: 'Buka Folder Data', click: actions.openDataFolder },
      { type: 'separator' },
      isMac ? { role: 'close', label: 'Tutup Jendela' } : { role: 'quit', label: 'Keluar' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Sunting',
    submenu: [
      { role: 'undo', label: 'Urungkan' },
      { role: 'redo', label: 'Ulangi' },
      { type: 'separator' },
      { role: 'cut', label: 'Potong' },
      { role: 'copy', label: 'Salin' },
      { role: 'paste', label: 'Tempel' },
      { role: 'selectAll', label: 'Pilih Semua' },
      { type: 'separator' },
      { label: 'Cari…', accelerator: 'CmdOrCtrl+F', ...RENDERER_OWNED, click: () => actions.command('search') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'Tampilan',
    submenu: [
      { label: 'Tindak Lanjut', click: () => actions.command('follow-up') },
      { type: 'separator' },
      { role: 'resetZoom', label: 'Ukuran Asli' },
      { role: 'zoomIn', label: 'Perbesar' },
      { role: 'zoomOut', label: 'Perkecil' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Layar Penuh' },
      ...(isDevelopment
        ? [{ type: 'separator' } as const, { role: 'toggleDevTools', label: 'Alat Pengembang' } as const]
        : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: 'Bantuan',
    submenu: [
      {
        label: 'Daftar Pintasan',
        accelerator: 'CmdOrCtrl+/',
        ...RENDERER_OWNED,
        click: () => actions.command('shortcuts'),
      },
      { type: 'separator' },
      { label: 'Tentang Risalah', click: actions.showAbout },
    ],
  };
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Risalah',
          submenu: [
            { role: 'about', label: 'Tentang Risalah' },
            { type: 'separator' },
            { role: 'hide', label: 'Sembunyikan Risalah' },
            { role: 'hideOthers', label: 'Sembunyikan Lainnya' },
            { role: 'unhide', label: 'Tampilkan Semua' },
            { type: 'separator' },
            { role: 'quit', label: 'Keluar dari Risalah' },
          ],
        },
      ]
    : [];
  return [...appMenu, file, edit, view, help];
}
