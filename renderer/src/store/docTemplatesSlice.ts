import type { StateCreator } from 'zustand';
import type { TemplateSummary } from '../../../shared/document/templateReport';
import type { TemplateKind } from '../../../shared/document/templateVocabulary';
import type { IpcResult } from '../../../shared/ipc/result';
import { call } from '../lib/api';
import { chooseFile, receiveDelivery } from '../lib/files';
import type { AppState } from './index';
import type { LoadState } from './loadState';
import { loadList, settle, type ChannelAction } from './storeActions';

/**
 * The office's Word templates (Pengaturan → Dokumen). The list is cached; each change merges
 * the template main answers with, so the screen shows what main stored.
 */
export type DocTemplatesSlice = {
  docTemplates: ReadonlyArray<TemplateSummary>;
  docTemplatesLoad: LoadState;
  loadDocTemplates: () => Promise<void>;
  /** Picks a .docx (dialog or browser) and uploads it for the kind; null when she cancelled. */
  uploadDocTemplate: (kind: TemplateKind) => Promise<IpcResult<TemplateSummary | null>>;
  setDocTemplateMapping: ChannelAction<'doctemplates:set-mapping'>;
  setDocTemplateActive: ChannelAction<'doctemplates:set-active'>;
  removeDocTemplate: ChannelAction<'doctemplates:remove'>;
  /** Her stored file, or a sample: saved by the dialog or downloaded; the name saved or null. */
  downloadDocTemplate: (kind: TemplateKind) => Promise<IpcResult<string | null>>;
  downloadTemplateSample: (sample: 'notula' | 'srikandi') => Promise<IpcResult<string | null>>;
};

export const createDocTemplatesSlice: StateCreator<AppState, [], [], DocTemplatesSlice> = (set, get) => {
  const merge = (summary: TemplateSummary) =>
    set({ docTemplates: [...get().docTemplates.filter((t) => t.kind !== summary.kind), summary] });
  return {
    docTemplates: [],
    docTemplatesLoad: { status: 'idle' },
    loadDocTemplates: loadList(set, 'docTemplates', () => call('doctemplates:list', {})),
    uploadDocTemplate: async (kind) => {
      const picked = await chooseFile('template', '.docx');
      if (!picked.ok || picked.value === null) return picked.ok ? { ok: true, value: null } : picked;
      return settle(call('doctemplates:upload', { kind, fileId: picked.value.fileId }), merge);
    },
    setDocTemplateMapping: (input) => settle(call('doctemplates:set-mapping', input), merge),
    setDocTemplateActive: (input) => settle(call('doctemplates:set-active', input), merge),
    removeDocTemplate: (input) =>
      settle(call('doctemplates:remove', input), ({ kind }) =>
        set({ docTemplates: get().docTemplates.filter((t) => t.kind !== kind) }),
      ),
    downloadDocTemplate: async (kind) => {
      const result = await call('doctemplates:download', { kind });
      return result.ok ? receiveDelivery(result.value) : result;
    },
    downloadTemplateSample: async (sample) => {
      const result = await call('doctemplates:download-sample', { sample });
      return result.ok ? receiveDelivery(result.value) : result;
    },
  };
};
