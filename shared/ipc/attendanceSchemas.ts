import { z } from 'zod';
import { ATTENDANCE_STATUSES } from '../domain/attendance';
import type { AttendanceList } from '../domain/attendee';
import type { AttendanceId, MeetingId } from '../domain/ids';
import { isValidNip, normalizeNip } from '../domain/nip';
import type { InviteResult } from './attendanceContract';
import { channel, meetingOf, meetingWrite, READ, schemasOf } from './channelSpec';
import { optionalText, personIds, unitIds, wallClockOrNull } from './meetingSchemaParts';
import { entityId, requiredText } from './schemaHelpers';

const status = z.enum(ATTENDANCE_STATUSES, { error: 'Status kehadiran tidak dikenal.' });

const representative = z.strictObject({
  name: requiredText('Nama wakil', 200),
  nip: z
    .string({ error: 'NIP wakil harus berupa teks.' })
    .transform(normalizeNip)
    .refine((nip) => nip === '' || isValidNip(nip), {
      error: 'NIP wakil harus 18 angka (boleh dikosongkan bila wakil bukan ASN).',
    }),
  position: requiredText('Jabatan wakil', 200),
});

const inMeeting = meetingWrite((input: { meetingId: MeetingId }) => meetingOf(input.meetingId));
const onRow = meetingWrite((input: { id: AttendanceId }) => ({ kind: 'attendance', id: input.id }));

/** The attendance namespace, one spec per channel. Every change answers with the whole list and its totals. */
export const attendanceSpec = {
  'attendance:list': channel<AttendanceList>()(z.strictObject({ meetingId: entityId<MeetingId>('rapat') }), READ),
  /** One row per unit (with its head when known) and per person; those already listed are skipped. */
  'attendance:invite': channel<InviteResult>()(
    z
      .strictObject({ meetingId: entityId<MeetingId>('rapat'), unitIds, personIds })
      .refine((input) => input.unitIds.length + input.personIds.length > 0, {
        error: 'Pilih sedikitnya satu OPD atau pejabat untuk diundang.',
      }),
    inMeeting,
  ),
  /** A guest without NIP: name, jabatan, instansi. */
  'attendance:add-guest': channel<AttendanceList>()(
    z.strictObject({
      meetingId: entityId<MeetingId>('rapat'),
      name: requiredText('Nama tamu', 200),
      position: optionalText('Jabatan tamu', 200),
      agency: optionalText('Instansi tamu', 200),
      status: status
        // `: boolean` keeps the input type AttendanceStatus (the guest form's status picker), not a narrowed one.
        .refine((value): boolean => value !== 'DIWAKILI', {
          error: 'Tamu dicatat atas namanya sendiri; status Diwakili hanya untuk pejabat undangan.',
        })
        .default('HADIR'),
    }),
    inMeeting,
  ),
  /** DIWAKILI needs the representative; other statuses clear it. */
  'attendance:set-status': channel<AttendanceList>()(
    z
      .strictObject({
        id: entityId<AttendanceId>('peserta'),
        status,
        representative: representative.nullable().default(null),
        note: optionalText('Keterangan', 300),
      })
      .refine((input) => input.status !== 'DIWAKILI' || input.representative !== null, {
        error: 'Status Diwakili memerlukan nama dan jabatan wakil (NIP bila ASN).',
        path: ['representative'],
      }),
    onRow,
  ),
  'attendance:set-arrival': channel<AttendanceList>()(
    z.strictObject({ id: entityId<AttendanceId>('peserta'), arrivalTime: wallClockOrNull('Waktu kedatangan') }),
    onRow,
  ),
  'attendance:remove': channel<AttendanceList>()(z.strictObject({ id: entityId<AttendanceId>('peserta') }), onRow),
};

export const attendanceSchemas = schemasOf(attendanceSpec);
