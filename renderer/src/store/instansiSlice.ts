import type { StateCreator } from 'zustand';
import type { InstansiProfile } from '../../../shared/domain/instansi';
import type { IpcResult } from '../../../shared/ipc/result';
import { call } from '../lib/api';
import { clearDraft, readDraft, writeDraft } from '../lib/formDrafts';
import type { AppState } from './index';
import type { LoadState } from './loadState';
import { loadInto, settle } from './storeActions';

/** The Instansi and Dokumen tabs' unsaved changes, kept across reloads (lib/formDrafts). */
const DRAFT = 'settings:instansi';

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
    await loadInto(
      (instansiLoad) => set({ instansiLoad }),
      call('settings:get-instansi', {}),
      // Changes she had not saved before a reload or a restart come back as the draft.
      (saved) => set({ instansi: saved, instansiDraft: readDraft(DRAFT, saved)?.values ?? saved }),
    );
  },
  editInstansi: (patch) => {
    const draft = get().instansiDraft;
    if (!draft) return;
    const next = { ...draft, ...patch };
    set({ instansiDraft: next });
    writeDraft(DRAFT, next);
  },
  discardInstansiDraft: () => {
    clearDraft(DRAFT);
    set({ instansiDraft: get().instansi });
  },
  saveInstansi: async () => {
    const draft = get().instansiDraft;
    if (!draft) return null;
    return settle(call('settings:update-instansi', draft), (saved) => {
      clearDraft(DRAFT);
      set({ instansi: saved, instansiDraft: saved });
    });
  },
});
