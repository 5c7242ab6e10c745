// Types and channel names only: the preload bundles this file, so no zod here.
import type { AgendaItemId, MeetingId } from '../domain/ids';

/** When an agenda item was actually discussed (ms); null until started / while running. */
export type AgendaTimer = Readonly<{ id: AgendaItemId; actualStartAt: number | null; actualEndAt: number | null }>;

/** The agenda timers of "Rapat berlangsung"; every change answers with the meeting's timers. */
export type LiveContract = {
  'agenda:timers': { input: { meetingId: MeetingId }; output: ReadonlyArray<AgendaTimer> };
  /** Starts (or resumes) the item and stops any other running item of the meeting. */
  'agenda:start-item': { input: { id: AgendaItemId }; output: ReadonlyArray<AgendaTimer> };
  'agenda:stop-item': { input: { id: AgendaItemId }; output: ReadonlyArray<AgendaTimer> };
};

export const LIVE_CHANNELS = {
  'agenda:timers': true,
  'agenda:start-item': true,
  'agenda:stop-item': true,
} as const satisfies Record<keyof LiveContract, true>;
