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
import { dropFrom, loadList, settle } from './storeActions';
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

export const createSeriesSlice: StateCreator<AppState, [], [], SeriesSlice> = (set, get) => {
  const mergeTemplate = (template: AgendaTemplate) =>
    set((state) => ({ templates: upsertTemplate(state.templates, template) }));
  const mergeSeries = (series: Series) => set((state) => ({ series: upsertSeries(state.series, series) }));
  return {
    templates: [],
    templatesLoad: { status: 'idle' },
    series: [],
    seriesLoad: { status: 'idle' },
    loadTemplates: loadList(set, 'templates', () => call('templates:list', {})),
    saveAgendaAsTemplate: (meetingId, name) => settle(call('templates:create', { meetingId, name }), mergeTemplate),
    renameTemplate: (id, name) => settle(call('templates:rename', { id, name }), mergeTemplate),
    deleteTemplate: (id) => settle(call('templates:delete', { id }), () => dropFrom(set, 'templates', id)),
    restoreTemplate: (id) => settle(call('templates:restore', { id }), mergeTemplate),
    loadSeries: loadList(set, 'series', () => call('series:list', {})),
    createSeries: (input) => settle(call('series:create', input), mergeSeries),
    updateSeries: (input) => settle(call('series:update', input), mergeSeries),
    createNextMeeting: (seriesId, date) =>
      settle(call('series:next-meeting', date === undefined ? { seriesId } : { seriesId, date }), (meeting) => {
        set((state) => ({ meetings: upsertMeeting(state.meetings, meeting) }));
        // The series' last date and suggestion moved with the new meeting.
        void get().loadSeries();
      }),
  };
};
