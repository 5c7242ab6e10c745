import type { Db } from '../db/connection';
import type { MeetingId } from '../../../shared/domain/ids';
import { assertMeetingExists } from '../repositories/preparationChecks';
import type { HandlerContext } from './handlerTypes';

/**
 * The handler of a channel that lists one meeting's children (agenda, attendance): a deleted or
 * unknown meeting answers NOT_FOUND rather than an empty list, which would look like a meeting
 * with nothing prepared yet.
 */
export function listOfMeeting<T>(
  list: (db: Db, meetingId: MeetingId) => T,
): (input: Readonly<{ meetingId: MeetingId }>, ctx: HandlerContext) => T {
  return (input, ctx) => {
    assertMeetingExists(ctx.db, input.meetingId);
    return list(ctx.db, input.meetingId);
  };
}
