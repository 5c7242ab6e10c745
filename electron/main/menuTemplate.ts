import type { MenuItemConstructorOptions } from 'electron';

export type MenuActions = Readonly<{
  openDataFolder: () => void;
  showAbout: () => void;
}>;

/** The Indonesian application menu; roles keep the platform's own behaviour. */
export function buildMenuTemplate(actions: MenuActions, isMac: boolean): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'Berkas',
    submenu: [
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
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'Tampilan',
    submenu: [
      { role: 'resetZoom', label: 'Ukuran Asli' },
      { role: 'zoomIn', label: 'Perbesar' },
      { role: 'zoomOut', label: 'Perkecil' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Layar Penuh' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: 'Bantuan',
    submenu: [{ label: 'Tentang Risalah', click: actions.showAbout }],
  };
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [{ label: 'Risalah', submenu: [{ role: 'about', label: 'Tentang Risalah' }, { type: 'separator' }, { role: 'quit', label: 'Keluar dari Risalah' }] }]
    : [];
  return [...appMenu, file, edit, view, help];
}
