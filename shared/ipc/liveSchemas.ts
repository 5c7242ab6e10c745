import { z } from 'zod';
import type { AgendaItemId, MeetingId } from '../domain/ids';
import type { LiveContract } from './liveContract';
import { entityId, type SchemasOf } from './schemaHelpers';

export const liveSchemas = {
  'agenda:timers': z.strictObject({ meetingId: entityId<MeetingId>('rapat') }),
  'agenda:start-item': z.strictObject({ id: entityId<AgendaItemId>('acara') }),
  'agenda:stop-item': z.strictObject({ id: entityId<AgendaItemId>('acara') }),
} satisfies SchemasOf<LiveContract>;
