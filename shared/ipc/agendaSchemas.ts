import { z } from 'zod';
import type { AgendaItem, AgendaTemplate } from '../domain/agenda';
import type { AgendaItemId, MeetingId, PersonId, TemplateId } from '../domain/ids';
import { channel, GLOBAL, meetingOf, meetingWrite, READ, schemasOf } from './channelSpec';
import { optionalText } from './meetingSchemaParts';
import { entityId, requiredText, wholeNumber } from './schemaHelpers';

const itemFields = {
  title: requiredText('Judul acara', 300),
  presenterText: optionalText('Penyaji', 200),
  presenterPersonId: entityId<PersonId>('penyaji').nullable().default(null),
  plannedMinutes: wholeNumber({
    label: 'Durasi rencana',
    unit: ' menit',
    min: 1,
    max: 600,
    below: 'Durasi rencana minimal 1 menit.',
    above: 'Durasi rencana maksimal 600 menit.',
  })
    .nullable()
    .default(null),
};

const templateName = requiredText('Nama templat', 120);

/** Every agenda change answers with the meeting's whole agenda, renumbered. */
type Agenda = ReadonlyArray<AgendaItem>;
const inMeeting = meetingWrite((input: { meetingId: MeetingId }) => meetingOf(input.meetingId));
const onItem = meetingWrite((input: { id: AgendaItemId }) => ({ kind: 'agendaItem', id: input.id }));
const templateId = z.strictObject({ id: entityId<TemplateId>('templat') });

/**
 * The agenda namespace, one spec per channel. A template copies a meeting's agenda; the meeting
 * itself is not changed, so template writes are global.
 */
export const agendaSpec = {
  'agenda:list': channel<Agenda>()(z.strictObject({ meetingId: entityId<MeetingId>('rapat') }), READ),
  /** `position` (1-based) inserts there instead of at the end: the undo of a removal. */
  'agenda:add': channel<Agenda>()(
    z.strictObject({
      meetingId: entityId<MeetingId>('rapat'),
      ...itemFields,
      position: z.number().int().min(1, { error: 'Urutan acara dimulai dari 1.' }).optional(),
    }),
    inMeeting,
  ),
  'agenda:update': channel<Agenda>()(z.strictObject({ id: entityId<AgendaItemId>('acara'), ...itemFields }), onItem),
  'agenda:remove': channel<Agenda>()(z.strictObject({ id: entityId<AgendaItemId>('acara') }), onItem),
  /** `ids` must name every item of the meeting exactly once, in the new order. */
  'agenda:reorder': channel<Agenda>()(
    z.strictObject({
      meetingId: entityId<MeetingId>('rapat'),
      ids: z
        .array(entityId<AgendaItemId>('acara'), { error: 'Urutan acara harus berupa daftar id.' })
        .max(200, { error: 'Terlalu banyak acara (maks. 200).' })
        .refine((ids) => new Set(ids).size === ids.length, {
          error: 'Setiap acara hanya boleh muncul sekali dalam urutan.',
        })
        .readonly(),
    }),
    inMeeting,
  ),
  'templates:list': channel<ReadonlyArray<AgendaTemplate>>()(z.strictObject({}), READ),
  /** Saves a meeting's current agenda as a new template. */
  'templates:create': channel<AgendaTemplate>()(
    z.strictObject({ meetingId: entityId<MeetingId>('rapat'), name: templateName }),
    GLOBAL,
  ),
  'templates:rename': channel<AgendaTemplate>()(
    z.strictObject({ id: entityId<TemplateId>('templat'), name: templateName }),
    GLOBAL,
  ),
  'templates:delete': channel<{ id: TemplateId }>()(templateId, GLOBAL),
  'templates:restore': channel<AgendaTemplate>()(templateId, GLOBAL),
};

export const agendaSchemas = schemasOf(agendaSpec);
