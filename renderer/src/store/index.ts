import { create } from 'zustand';
import { createInstansiSlice, type InstansiSlice } from './instansiSlice';
import { createMasterDataSlice, type MasterDataSlice } from './masterDataSlice';
import { createMeetingsSlice, type MeetingsSlice } from './meetingsSlice';
import { createPreparationSlice, type PreparationSlice } from './preparationSlice';
import { createSeriesSlice, type SeriesSlice } from './seriesSlice';
import { createMinutesSlice, type MinutesSlice } from './minutesSlice';
import { createSearchSlice, type SearchSlice } from './searchSlice';
import { createFollowUpSlice, type FollowUpSlice } from './followUpSlice';
import { createApprovalSlice, type ApprovalSlice } from './approvalSlice';
import { createAppSlice, type AppSlice } from './appSlice';
import { createBackupsSlice, type BackupsSlice } from './backupsSlice';
import { createDocumentsSlice, type DocumentsSlice } from './documentsSlice';
import { createDocTemplatesSlice, type DocTemplatesSlice } from './docTemplatesSlice';
import { createLetterSlice, type LetterSlice } from './letterSlice';
import { createHomeSlice, type HomeSlice } from './homeSlice';
import { createSyncSlice, type SyncSlice } from './syncSlice';

/** One store of slices; the database stays the source of truth, the store caches what screens show. */
export type AppState = MeetingsSlice &
  MasterDataSlice &
  InstansiSlice &
  PreparationSlice &
  SeriesSlice &
  MinutesSlice &
  SearchSlice &
  FollowUpSlice &
  ApprovalSlice &
  AppSlice &
  BackupsSlice &
  DocumentsSlice &
  DocTemplatesSlice &
  LetterSlice &
  HomeSlice &
  SyncSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createMeetingsSlice(...args),
  ...createMasterDataSlice(...args),
  ...createInstansiSlice(...args),
  ...createPreparationSlice(...args),
  ...createSeriesSlice(...args),
  ...createMinutesSlice(...args),
  ...createSearchSlice(...args),
  ...createFollowUpSlice(...args),
  ...createApprovalSlice(...args),
  ...createAppSlice(...args),
  ...createBackupsSlice(...args),
  ...createLetterSlice(...args),
  ...createDocumentsSlice(...args),
  ...createDocTemplatesSlice(...args),
  ...createHomeSlice(...args),
  ...createSyncSlice(...args),
}));
