import type { StateCreator } from 'zustand';
import type { InstansiProfile } from '../../../shared/domain/instansi';
import type { IpcResult } from '../../../shared/ipc/result';
import { call } from '../lib/api';
import type { AppState } from './index';
import type { LoadState } from './loadState';

export type InstansiSlice = {
  /** The office profile as saved (kop, paper, document options); null until loaded. */
  instansi: InstansiProfile | null;
  /**
   * What the Instansi and Dokumen tabs are editing. Shared by both tabs, so
   * switching tabs keeps unsaved changes and one save sends them all.
   */
  instansiDraft: InstansiProfile | null;
  instansiLoad: LoadState;
  loadInstansi: () => Promise<void>;
  editInstansi: (patch: Partial<InstansiProfile>) => void;
  discardInstansiDraft: () => void;
  saveInstansi: () => Promise<IpcResult<InstansiProfile> | null>;
};

export const createInstansiSlice: StateCreator<AppState, [], [], InstansiSlice> = (set, get) => ({
  instansi: null,
  instansiDraft: null,
  instansiLoad: { status: 'idle' },
  loadInstansi: async () => {
    set({ instansiLoad: { status: 'loading' } });
    const result = await call('settings:get-instansi', {});
    if (result.ok) set({ instansi: result.value, instansiDraft: result.value, instansiLoad: { status: 'ready' } });
    else set({ instansiLoad: { status: 'error', message: result.error.message } });
  },
  editInstansi: (patch) => {
    const draft = get().instansiDraft;
    if (draft) set({ instansiDraft: { ...draft, ...patch } });
  },
  discardInstansiDraft: () => set({ instansiDraft: get().instansi }),
  saveInstansi: async () => {
    const draft = get().instansiDraft;
    if (!draft) return null;
    const result = await call('settings:update-instansi', draft);
    if (result.ok) set({ instansi: result.value, instansiDraft: result.value });
    return result;
  },
});
