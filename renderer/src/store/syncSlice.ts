import type { StateCreator } from 'zustand';
import type { SyncStatus } from '../../../shared/domain/sync';
import type { IpcResult } from '../../../shared/ipc/result';
import { call } from '../lib/api';
import type { AppState } from './index';
import { settle, type ChannelAction } from './storeActions';

/** The link to Risalah Server (issue 20): its status for Pengaturan and the header, and the four actions. */
export type SyncSlice = {
  syncStatus: SyncStatus | null;
  loadSyncStatus: () => Promise<IpcResult<SyncStatus>>;
  configureSync: ChannelAction<'sync:configure'>;
  syncNow: () => Promise<IpcResult<SyncStatus>>;
  disconnectSync: () => Promise<IpcResult<SyncStatus>>;
};

export const createSyncSlice: StateCreator<AppState, [], [], SyncSlice> = (set) => {
  const keep = (syncStatus: SyncStatus) => set({ syncStatus });
  return {
    syncStatus: null,
    loadSyncStatus: () => settle(call('sync:status', {}), keep),
    configureSync: (input) => settle(call('sync:configure', input), keep),
    syncNow: () => settle(call('sync:now', {}), keep),
    disconnectSync: () => settle(call('sync:disconnect', {}), keep),
  };
};
