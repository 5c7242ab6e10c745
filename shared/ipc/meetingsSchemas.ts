import { z } from 'zod';
import type { MeetingId } from '../domain/ids';
import { isCalendarDate } from '../domain/calendar';
import type { MeetingsContract } from './meetingsContract';
import { entityId, requiredText, type SchemasOf } from './schemaHelpers';

const meetingTitle = requiredText('Judul rapat', 300);
const meetingDate = z
  .string({ error: 'Tanggal rapat wajib diisi.' })
  .refine(isCalendarDate, { error: 'Tanggal rapat tidak valid; gunakan format TTTT-BB-HH.' });

export const meetingsSchemas = {
  'meetings:list': z.strictObject({}),
  'meetings:create': z.strictObject({
    title: meetingTitle,
    date: meetingDate,
    place: z.string().trim().max(300, 'Tempat rapat terlalu panjang (maks. 300 karakter).').default(''),
  }),
  'meetings:rename': z.strictObject({ id: entityId<MeetingId>('rapat'), title: meetingTitle }),
  'meetings:delete': z.strictObject({ id: entityId<MeetingId>('rapat') }),
  'meetings:restore': z.strictObject({ id: entityId<MeetingId>('rapat') }),
} satisfies SchemasOf<MeetingsContract>;
