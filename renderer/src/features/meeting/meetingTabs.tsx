import { lazy, type ComponentType } from 'react';
import type { meeting } from '../../i18n/messages/meeting';
import { PreparationTab } from './PreparationTab';
import { MeetingFollowUpTab } from '../followUp';
import { HistoryTab } from '../approval';

import type { MeetingTabProps } from '../../components/meetingTab';

// The editor (TipTap) and the document writer are the heaviest parts of the app:
// loaded when their tab is first opened, so the first screen starts sooner.
const LiveTab = lazy(() => import('../live').then((module) => ({ default: module.LiveTab })));
const NotulaTab = lazy(() => import('../documents').then((module) => ({ default: module.NotulaTab })));

/**
 * The tabs of a meeting's page, in order (?tab=<value>). Each feature adds its tab
 * here with one line, and its label under `tabs` in the `meeting` messages
 * (Berlangsung, Notula, Riwayat).
 */
export const MEETING_TABS: ReadonlyArray<{
  value: string;
  tab: keyof typeof meeting.id.tabs;
  Component: ComponentType<MeetingTabProps>;
  /** Forms only: the page shows them read-only while the minutes are submitted or approved (the lock). */
  readOnlyWhenApproved?: boolean;
}> = [
  { value: 'persiapan', tab: 'preparation', Component: PreparationTab, readOnlyWhenApproved: true },
  { value: 'berlangsung', tab: 'live', Component: LiveTab },
  { value: 'notula', tab: 'notula', Component: NotulaTab },
  { value: 'tindak-lanjut', tab: 'followUp', Component: MeetingFollowUpTab },
  { value: 'riwayat', tab: 'history', Component: HistoryTab },
];
