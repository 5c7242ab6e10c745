import type { StateCreator } from 'zustand';
import type { AppInfo, SetupStatus } from '../../../shared/ipc/appContract';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import { call } from '../lib/api';
import type { AppState } from './index';
import { settle } from './storeActions';

type Action<C extends Parameters<typeof call>[0]> = (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;

/**
 * The app itself rather than one record: where the data lives, staged files, the data
 * file's health and the archive/restore actions that swap it. Components reach main only
 * through the store, so these sit here even where there is nothing to cache.
 */
export type AppSlice = {
  /** Version, shell and data file: read once, it does not change while the app runs. */
  appInfo: AppInfo | null;
  loadAppInfo: () => Promise<IpcResult<AppInfo>>;
  /** The first-run checklist's facts, read anew each time Beranda opens (she may have just imported). */
  setupStatus: SetupStatus | null;
  loadSetupStatus: () => Promise<IpcResult<SetupStatus>>;
  /** A staged upload she decided against: main forgets the bytes now rather than in an hour. */
  discardFile: Action<'files:discard'>;
  checkDataHealth: Action<'backups:health'>;
  restoreBackup: Action<'backups:restore'>;
  exportArchive: Action<'backups:export-archive'>;
  cancelArchiveExport: Action<'backups:cancel-archive-export'>;
  importArchive: Action<'backups:import-archive'>;
  exportPdf: Action<'documents:export-pdf'>;
  /** "Nama pengguna": the card keeps what it shows (nothing else reads it in the renderer). */
  readUserName: Action<'user:get'>;
  saveUserName: Action<'user:set-name'>;
};

export const createAppSlice: StateCreator<AppState, [], [], AppSlice> = (set, get) => ({
  appInfo: null,
  loadAppInfo: async () => {
    const known = get().appInfo;
    if (known) return { ok: true, value: known };
    return settle(call('app:info', {}), (appInfo) => set({ appInfo }));
  },
  setupStatus: null,
  loadSetupStatus: () => settle(call('app:setup-status', {}), (setupStatus) => set({ setupStatus })),
  discardFile: (input) => call('files:discard', input),
  checkDataHealth: (input) => call('backups:health', input),
  restoreBackup: (input) => call('backups:restore', input),
  exportArchive: (input) => call('backups:export-archive', input),
  cancelArchiveExport: (input) => call('backups:cancel-archive-export', input),
  importArchive: (input) => call('backups:import-archive', input),
  exportPdf: (input) => call('documents:export-pdf', input),
  readUserName: (input) => call('user:get', input),
  saveUserName: (input) => call('user:set-name', input),
});
