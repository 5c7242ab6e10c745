// Types and channel names only: the preload bundles this file, so no zod here.
import type { SeriesId } from '../domain/ids';
import type { MeetingSummary } from '../domain/meeting';
import type { Series, SeriesFields } from '../domain/series';

export type SeriesContract = {
  'series:list': { input: Record<string, never>; output: ReadonlyArray<Series> };
  'series:create': { input: SeriesFields; output: Series };
  'series:update': { input: SeriesFields & { id: SeriesId }; output: Series };
  /**
   * "Rapat berikutnya": a new meeting of the series on `date` (default: the last
   * meeting's date plus the cadence), with the series' agenda template, invitees,
   * chair, secretary and notulis, and the last meeting's place and times.
   */
  'series:next-meeting': { input: { seriesId: SeriesId; date?: string }; output: MeetingSummary };
};

export const SERIES_CHANNELS = {
  'series:list': true,
  'series:create': true,
  'series:update': true,
  'series:next-meeting': true,
} as const satisfies Record<keyof SeriesContract, true>;
