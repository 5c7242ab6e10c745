import { z } from 'zod';
import type { MeetingId, SeriesId, TemplateId } from '../domain/ids';
import type { MeetingDetail, MeetingSummary } from '../domain/meeting';
import { schemaShape } from '../records/fieldRegistry';
import { MEETING_FIELDS } from '../records/meetingFields';
import { channel, GLOBAL, meetingOf, meetingWrite, READ, schemasOf } from './channelSpec';
import { roleAssignment } from './meetingSchemaParts';
import { entityId } from './schemaHelpers';

const { title: meetingTitle, date: meetingDate, place } = schemaShape(MEETING_FIELDS);

const identity = z
  .strictObject({
    id: entityId<MeetingId>('rapat'),
    ...schemaShape(MEETING_FIELDS),
    chair: roleAssignment('Ketua'),
    secretary: roleAssignment('Sekretaris'),
    notulis: roleAssignment('Notulis'),
  })
  .superRefine((value, ctx) => {
    // 'HH:mm' strings compare correctly as text.
    if (value.endTime !== null && value.startTime === null) {
      ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'Isi waktu mulai sebelum waktu selesai.' });
    }
    if (value.endTime !== null && value.startTime !== null && value.endTime <= value.startTime) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Waktu selesai harus sesudah waktu mulai.' });
    }
    if (value.callTime !== null && value.startTime !== null && value.callTime > value.startTime) {
      ctx.addIssue({ code: 'custom', path: ['callTime'], message: 'Waktu panggilan tidak boleh sesudah waktu mulai.' });
    }
  });

const meetingId = z.strictObject({ id: entityId<MeetingId>('rapat') });
type ById = z.output<typeof meetingId>;

/** The meetings namespace, one spec per channel: input schema, output type, policy. */
export const meetingsSpec = {
  'meetings:list': channel<ReadonlyArray<MeetingSummary>>()(z.strictObject({}), READ),
  /** Beranda: the meetings from yesterday on and the five before (not the archive). */
  'meetings:home': channel<ReadonlyArray<MeetingSummary>>()(z.strictObject({}), READ),
  // A new meeting belongs to no approved version yet.
  'meetings:create': channel<MeetingSummary>()(
    z.strictObject({
      title: meetingTitle,
      date: meetingDate,
      place,
      templateId: entityId<TemplateId>('templat acara').optional(),
      seriesId: entityId<SeriesId>('rapat berkala').optional(),
    }),
    GLOBAL,
  ),
  'meetings:rename': channel<MeetingSummary>()(
    z.strictObject({ id: entityId<MeetingId>('rapat'), title: meetingTitle }),
    meetingWrite((input: ById) => meetingOf(input.id)),
  ),
  'meetings:delete': channel<{ id: MeetingId }>()(
    meetingId,
    meetingWrite((input: ById) => meetingOf(input.id)),
  ),
  /** Undoes a delete (the "Batalkan" of the toast). */
  'meetings:restore': channel<MeetingSummary>()(
    meetingId,
    meetingWrite((input: ById) => meetingOf(input.id)),
  ),
  /** The whole identity block with the role holders' person data. */
  'meetings:get': channel<MeetingDetail>()(meetingId, READ),
  'meetings:update-identity': channel<MeetingDetail>()(
    identity,
    meetingWrite((input: ById) => meetingOf(input.id)),
  ),
};

export const meetingsSchemas = schemasOf(meetingsSpec);
