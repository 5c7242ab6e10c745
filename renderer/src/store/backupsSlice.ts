import type { StateCreator } from 'zustand';
import type { BackupInfo, BackupSettings } from '../../../shared/domain/backup';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import { call } from '../lib/api';
import type { AppState } from './index';
import type { LoadState } from './loadState';
import { settle } from './storeActions';

export type BackupsSlice = {
  /** The backups folder as main sees it; reloaded after each change. */
  backups: ReadonlyArray<BackupInfo>;
  /** How many to keep and the daily time; null until loaded. */
  backupSettings: BackupSettings | null;
  backupsLoad: LoadState;
  loadBackups: () => Promise<void>;
  createBackup: () => Promise<IpcResult<BackupInfo>>;
  updateBackupSettings: (input: ChannelInput<'backups:update-settings'>) => Promise<IpcResult<BackupSettings>>;
};

export const createBackupsSlice: StateCreator<AppState, [], [], BackupsSlice> = (set, get) => ({
  backups: [],
  backupSettings: null,
  backupsLoad: { status: 'idle' },
  loadBackups: async () => {
    set({ backupsLoad: { status: 'loading' } });
    // Both in one round: the list decides the screen; the settings only fill the "keep" field.
    const [list, current] = await Promise.all([call('backups:list', {}), call('backups:settings', {})]);
    if (!list.ok) {
      set({ backupsLoad: { status: 'error', message: list.error.message } });
      return;
    }
    set({
      backups: list.value,
      backupsLoad: { status: 'ready' },
      ...(current.ok ? { backupSettings: current.value } : {}),
    });
  },
  createBackup: () => settle(call('backups:create', {}), () => void get().loadBackups()),
  // Main answers with the settings as saved (next daily time included); "keep" reloads the list itself.
  updateBackupSettings: (input) =>
    settle(call('backups:update-settings', input), (backupSettings) => set({ backupSettings })),
});
