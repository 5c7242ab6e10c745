// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in liveSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { liveSpec } from './liveSchemas';
import type { AgendaItemId } from '../domain/ids';

/** When an agenda item was actually discussed (ms); null until started / while running. */
export type AgendaTimer = Readonly<{ id: AgendaItemId; actualStartAt: number | null; actualEndAt: number | null }>;

/** The agenda timers of "Rapat berlangsung"; every change answers with the meeting's timers. */
export type LiveContract = ContractOf<typeof liveSpec>;

export const LIVE_CHANNELS = channelSet<LiveContract>()({
  agenda: ['timers', 'start-item', 'stop-item'],
});
