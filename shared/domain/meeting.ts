import type { MeetingId, SeriesId } from './ids';

/** Workflow states of a meeting's minutes (see issue on approval). Stored as TEXT. */
export const MEETING_STATUSES = ['DRAF', 'DIAJUKAN', 'DIKEMBALIKAN', 'DISAHKAN'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** What the renderer lists: plain data, dates as 'YYYY-MM-DD', times as ms. */
export type MeetingSummary = Readonly<{
  id: MeetingId;
  seriesId: SeriesId | null;
  title: string;
  date: string;
  place: string;
  status: MeetingStatus;
  createdAt: number;
  updatedAt: number;
}>;

export type NewMeeting = Readonly<{
  title: string;
  date: string;
  place: string;
}>;

export type RenameMeeting = Readonly<{ id: MeetingId; title: string }>;
