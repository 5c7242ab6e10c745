import { z } from 'zod';
import type { AgendaItemId, MeetingId } from '../domain/ids';
import type { AgendaTimer } from './liveContract';
import { channel, meetingWrite, READ, schemasOf } from './channelSpec';
import { entityId } from './schemaHelpers';

const itemId = z.strictObject({ id: entityId<AgendaItemId>('acara') });
type ByItem = z.output<typeof itemId>;
const item = meetingWrite((input: ByItem) => ({ kind: 'agendaItem', id: input.id }));
type Timers = ReadonlyArray<AgendaTimer>;

/** The live namespace (agenda timers), one spec per channel: input schema, output type, policy. */
export const liveSpec = {
  'agenda:timers': channel<Timers>()(z.strictObject({ meetingId: entityId<MeetingId>('rapat') }), READ),
  /** Starts (or resumes) the item and stops any other running item of the meeting. */
  'agenda:start-item': channel<Timers>()(itemId, item),
  'agenda:stop-item': channel<Timers>()(itemId, item),
};

export const liveSchemas = schemasOf(liveSpec);
