import { z } from 'zod';
import { MEETING_KINDS } from '../domain/meeting';
import type { MeetingId, SeriesId, TemplateId } from '../domain/ids';
import { TIME_ZONES, type IndonesianTimeZone } from '../domain/instansi';
import type { MeetingsContract } from './meetingsContract';
import { calendarDate, optionalText, roleAssignment, wallClockOrNull } from './meetingSchemaParts';
import { entityId, requiredText, type SchemasOf } from './schemaHelpers';

const meetingTitle = requiredText('Judul rapat', 300);
const meetingDate = calendarDate('Tanggal rapat');
const place = z.string().trim().max(300, 'Tempat rapat terlalu panjang (maks. 300 karakter).').default('');
const timeZone = z.enum(Object.keys(TIME_ZONES) as [IndonesianTimeZone, ...IndonesianTimeZone[]], {
  error: 'Zona waktu harus salah satu zona Indonesia (WIB, WITA, WIT).',
});

const identity = z
  .strictObject({
    id: entityId<MeetingId>('rapat'),
    kind: z.enum(MEETING_KINDS, { error: 'Jenis harus Rapat atau Sidang.' }),
    title: meetingTitle,
    date: meetingDate,
    callTime: wallClockOrNull('Waktu panggilan'),
    startTime: wallClockOrNull('Waktu mulai'),
    endTime: wallClockOrNull('Waktu selesai'),
    timeZone,
    place,
    invitationNumber: optionalText('Nomor surat undangan', 200),
    invitationDate: calendarDate('Tanggal surat undangan').nullable(),
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

export const meetingsSchemas = {
  'meetings:list': z.strictObject({}),
  'meetings:create': z.strictObject({
    title: meetingTitle,
    date: meetingDate,
    place,
    templateId: entityId<TemplateId>('templat acara').optional(),
    seriesId: entityId<SeriesId>('rapat berkala').optional(),
  }),
  'meetings:rename': z.strictObject({ id: entityId<MeetingId>('rapat'), title: meetingTitle }),
  'meetings:delete': z.strictObject({ id: entityId<MeetingId>('rapat') }),
  'meetings:restore': z.strictObject({ id: entityId<MeetingId>('rapat') }),
  'meetings:get': z.strictObject({ id: entityId<MeetingId>('rapat') }),
  'meetings:update-identity': identity,
} satisfies SchemasOf<MeetingsContract>;
