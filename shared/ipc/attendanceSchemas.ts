import { z } from 'zod';
import { ATTENDANCE_STATUSES } from '../domain/attendance';
import type { AttendanceId, MeetingId } from '../domain/ids';
import { isValidNip, normalizeNip } from '../domain/nip';
import type { AttendanceContract } from './attendanceContract';
import { optionalText, personIds, unitIds, wallClockOrNull } from './meetingSchemaParts';
import { entityId, requiredText, type SchemasOf } from './schemaHelpers';

const status = z.enum(ATTENDANCE_STATUSES, { error: 'Status kehadiran tidak dikenal.' });

const representative = z.strictObject({
  name: requiredText('Nama wakil', 200),
  nip: z
    .string({ error: 'NIP wakil harus berupa teks.' })
    .transform(normalizeNip)
    .refine((nip) => nip === '' || isValidNip(nip), { error: 'NIP wakil harus 18 angka (boleh dikosongkan bila wakil bukan ASN).' }),
  position: requiredText('Jabatan wakil', 200),
});

export const attendanceSchemas = {
  'attendance:list': z.strictObject({ meetingId: entityId<MeetingId>('rapat') }),
  'attendance:invite': z
    .strictObject({ meetingId: entityId<MeetingId>('rapat'), unitIds, personIds })
    .refine((input) => input.unitIds.length + input.personIds.length > 0, {
      error: 'Pilih sedikitnya satu OPD atau pejabat untuk diundang.',
    }),
  'attendance:add-guest': z.strictObject({
    meetingId: entityId<MeetingId>('rapat'),
    name: requiredText('Nama tamu', 200),
    position: optionalText('Jabatan tamu', 200),
    agency: optionalText('Instansi tamu', 200),
    status: status
      .refine((value) => value !== 'DIWAKILI', { error: 'Tamu dicatat atas namanya sendiri; status Diwakili hanya untuk pejabat undangan.' })
      .default('HADIR'),
  }),
  'attendance:set-status': z
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
  'attendance:set-arrival': z.strictObject({ id: entityId<AttendanceId>('peserta'), arrivalTime: wallClockOrNull('Waktu kedatangan') }),
  'attendance:remove': z.strictObject({ id: entityId<AttendanceId>('peserta') }),
} satisfies SchemasOf<AttendanceContract>;
