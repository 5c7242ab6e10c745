import type { StateCreator } from 'zustand';
import type { AgendaTemplate } from '../../../shared/domain/agenda';
import type { SeriesId, TemplateId } from '../../../shared/domain/ids';
import type { MeetingId } from '../../../shared/domain/ids';
import type { MeetingSummary } from '../../../shared/domain/meeting';
import type { Series, SeriesFields } from '../../../shared/domain/series';
import type { IpcResult } from '../../../shared/ipc/result';
import { call } from '../lib/api';
import type { AppState } from './index';
import type { LoadState } from './loadState';
import { upsertMeeting } from './meetingsSlice';

/** Agenda templates and meeting series (Data Master tabs, the "Rapat baru" form, "Rapat berikutnya"). */
export type SeriesSlice = {
  templates: ReadonlyArray<AgendaTemplate>;
  templatesLoad: LoadState;
  series: ReadonlyArray<Series>;
  seriesLoad: LoadState;
  loadTemplates: () => Promise<void>;
  saveAgendaAsTemplate: (meetingId: MeetingId, name: string) => Promise<IpcResult<AgendaTemplate>>;
  renameTemplate: (id: TemplateId, name: string) => Promise<IpcResult<AgendaTemplate>>;
  deleteTemplate: (id: TemplateId) => Promise<IpcResult<{ id: TemplateId }>>;
  restoreTemplate: (id: TemplateId) => Promise<IpcResult<AgendaTemplate>>;
  loadSeries: () => Promise<void>;
  createSeries: (input: SeriesFields) => Promise<IpcResult<Series>>;
  updateSeries: (input: SeriesFields & { id: SeriesId }) => Promise<IpcResult<Series>>;
  createNextMeeting: (seriesId: SeriesId, date?: string) => Promise<IpcResult<MeetingSummary>>;
};

function upsertTemplate(list: ReadonlyArray<AgendaTemplate>, template: AgendaTemplate): AgendaTemplate[] {
  // Same order as main: the shipped template first, then by name.
  return [...list.filter((t) => t.id !== template.id), template].sort(
    (a, b) => Number(b.builtIn) - Number(a.builtIn) || a.name.localeCompare(b.name, 'id'),
  );
}

function upsertSeries(list: ReadonlyArray<Series>, series: Series): Series[] {
  return [...list.filter((s) => s.id !== series.id), series].sort((a, b) => a.title.localeCompare(b.title, 'id'));
}

export const createSeriesSlice: StateCreator<AppState, [], [], SeriesSlice> = (set, get) => ({
  templates: [],
  templatesLoad: { status: 'idle' },
  series: [],
  seriesLoad: { status: 'idle' },
  loadTemplates: async () => {
    set({ templatesLoad: { status: 'loading' } });
    const result = await call('templates:list', {});
    if (result.ok) set({ templates: result.value, templatesLoad: { status: 'ready' } });
    else set({ templatesLoad: { status: 'error', message: result.error.message } });
  },
  saveAgendaAsTemplate: async (meetingId, name) => {
    const result = await call('templates:create', { meetingId, name });
    if (result.ok) set((state) => ({ templates: upsertTemplate(state.templates, result.value) }));
    return result;
  },
  renameTemplate: async (id, name) => {
    const result = await call('templates:rename', { id, name });
    if (result.ok) set((state) => ({ templates: upsertTemplate(state.templates, result.value) }));
    return result;
  },
  deleteTemplate: async (id) => {
    const result = await call('templates:delete', { id });
    if (result.ok) set((state) => ({ templates: state.templates.filter((t) => t.id !== id) }));
    return result;
  },
  restoreTemplate: async (id) => {
    const result = await call('templates:restore', { id });
    if (result.ok) set((state) => ({ templates: upsertTemplate(state.templates, result.value) }));
    return result;
  },
  loadSeries: async () => {
    set({ seriesLoad: { status: 'loading' } });
    const result = await call('series:list', {});
    if (result.ok) set({ series: result.value, seriesLoad: { status: 'ready' } });
    else set({ seriesLoad: { status: 'error', message: result.error.message } });
  },
  createSeries: async (input) => {
    const result = await call('series:create', input);
    if (result.ok) set((state) => ({ series: upsertSeries(state.series, result.value) }));
    return result;
  },
  updateSeries: async (input) => {
    const result = await call('series:update', input);
    if (result.ok) set((state) => ({ series: upsertSeries(state.series, result.value) }));
    return result;
  },
  createNextMeeting: async (seriesId, date) => {
    const result = await call('series:next-meeting', date === undefined ? { seriesId } : { seriesId, date });
    if (result.ok) {
      set((state) => ({ meetings: upsertMeeting(state.meetings, result.value) }));
      // The series' last date and suggestion moved with the new meeting.
      void get().loadSeries();
    }
    return result;
  },
});
