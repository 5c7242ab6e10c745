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
import { dropFrom, emptyList, loadList, mergeInto, settle } from './storeActions';
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

/** Same order as main: the shipped template first, then by name. */
const templateOrder = (a: AgendaTemplate, b: AgendaTemplate) =>
  Number(b.builtIn) - Number(a.builtIn) || a.name.localeCompare(b.name, 'id');

const byTitle = (a: Series, b: Series) => a.title.localeCompare(b.title, 'id');

export const createSeriesSlice: StateCreator<AppState, [], [], SeriesSlice> = (set, get) => {
  const mergeTemplate = mergeInto(set, 'templates', templateOrder);
  const mergeSeries = mergeInto(set, 'series', byTitle);
  return {
    ...emptyList('templates'),
    ...emptyList('series'),
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
