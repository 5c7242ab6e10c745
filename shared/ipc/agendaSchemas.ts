import { z } from 'zod';
import type { AgendaItemId, MeetingId, PersonId, TemplateId } from '../domain/ids';
import type { AgendaContract } from './agendaContract';
import { optionalText } from './meetingSchemaParts';
import { entityId, requiredText, type SchemasOf } from './schemaHelpers';

const itemFields = {
  title: requiredText('Judul acara', 300),
  presenterText: optionalText('Penyaji', 200),
  presenterPersonId: entityId<PersonId>('penyaji').nullable().default(null),
  plannedMinutes: z
    .number({ error: 'Durasi rencana harus berupa angka menit.' })
    .int({ error: 'Durasi rencana harus bilangan bulat menit.' })
    .min(1, { error: 'Durasi rencana minimal 1 menit.' })
    .max(600, { error: 'Durasi rencana maksimal 600 menit.' })
    .nullable()
    .default(null),
};

const templateName = requiredText('Nama templat', 120);

export const agendaSchemas = {
  'agenda:list': z.strictObject({ meetingId: entityId<MeetingId>('rapat') }),
  'agenda:add': z.strictObject({
    meetingId: entityId<MeetingId>('rapat'),
    ...itemFields,
    position: z.number().int().min(1, { error: 'Urutan acara dimulai dari 1.' }).optional(),
  }),
  'agenda:update': z.strictObject({ id: entityId<AgendaItemId>('acara'), ...itemFields }),
  'agenda:remove': z.strictObject({ id: entityId<AgendaItemId>('acara') }),
  'agenda:reorder': z.strictObject({
    meetingId: entityId<MeetingId>('rapat'),
    ids: z
      .array(entityId<AgendaItemId>('acara'), { error: 'Urutan acara harus berupa daftar id.' })
      .max(200, { error: 'Terlalu banyak acara (maks. 200).' })
      .refine((ids) => new Set(ids).size === ids.length, { error: 'Setiap acara hanya boleh muncul sekali dalam urutan.' }),
  }),
  'templates:list': z.strictObject({}),
  'templates:create': z.strictObject({ meetingId: entityId<MeetingId>('rapat'), name: templateName }),
  'templates:rename': z.strictObject({ id: entityId<TemplateId>('templat'), name: templateName }),
  'templates:delete': z.strictObject({ id: entityId<TemplateId>('templat') }),
  'templates:restore': z.strictObject({ id: entityId<TemplateId>('templat') }),
} satisfies SchemasOf<AgendaContract>;
