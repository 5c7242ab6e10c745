import type { AgendaItem } from '../../../shared/domain/agenda';
import type { Commitment, Decision } from '../../../shared/domain/captures';
import type { AgendaItemId } from '../../../shared/domain/ids';
import type { MinuteSection } from '../../../shared/domain/minutes';
import { MEETING_ID, attendanceList, ok } from '../support/records';

/** The agenda item the live tests' discussion section belongs to. */
export const ITEM = '22222222-2222-4222-8222-222222222222' as AgendaItemId;

type Timer = { id: AgendaItemId; actualStartAt: number | null; actualEndAt: number | null };

/**
 * What the live screen loads for its meeting: the minutes, the agenda, an empty attendance list,
 * the decisions and commitments so far and the agenda timers. A test adds the channels its
 * actions call.
 */
export function liveScreenChannels(world: {
  sections: ReadonlyArray<MinuteSection>;
  agenda: ReadonlyArray<AgendaItem>;
  timers: ReadonlyArray<Timer>;
  decisions?: ReadonlyArray<Decision>;
  commitments?: ReadonlyArray<Commitment>;
}) {
  return {
    'minutes:get': () => ok({ meetingId: MEETING_ID, sections: world.sections }),
    'agenda:list': () => ok(world.agenda),
    'attendance:list': () => ok(attendanceList([])),
    'decisions:list': () => ok(world.decisions ?? []),
    'commitments:list': () => ok(world.commitments ?? []),
    'agenda:timers': () => ok(world.timers),
  };
}
