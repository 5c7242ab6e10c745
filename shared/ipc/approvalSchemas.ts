import { z } from 'zod';
import type { MeetingId, PersonId } from '../domain/ids';
import type { ApprovalContract } from './approvalContract';
import { calendarDate, optionalText, wallClockOrNull } from './meetingSchemaParts';
import { entityId, requiredText, type SchemasOf } from './schemaHelpers';

const meetingId = entityId<MeetingId>('rapat');
const decision = {
  meetingId,
  personId: entityId<PersonId>('pimpinan rapat'),
  decidedOn: calendarDate('Tanggal keputusan pimpinan'),
  decidedTime: wallClockOrNull('Waktu keputusan pimpinan').default(null),
};

export const approvalSchemas = {
  'approval:state': z.strictObject({ meetingId }),
  'approval:submit': z.strictObject({ meetingId, note: optionalText('Catatan pengajuan', 2000) }),
  'approval:return': z.strictObject({ ...decision, notes: requiredText('Catatan pimpinan', 5000) }),
  'approval:approve': z.strictObject(decision),
  'approval:create-revision': z.strictObject({ meetingId, reason: requiredText('Alasan revisi', 2000) }),
  'approval:versions': z.strictObject({ meetingId }),
  'approval:history': z.strictObject({
    meetingId,
    limit: z
      .number({ error: 'Batas riwayat harus berupa angka.' })
      .int({ error: 'Batas riwayat harus bilangan bulat.' })
      .min(1, { error: 'Batas riwayat sedikitnya 1.' })
      .max(2000, { error: 'Batas riwayat paling banyak 2000.' })
      .default(300),
  }),
  'approval:verify-code': z.strictObject({
    code: requiredText('Kode verifikasi', 40),
  }),
  'approval:verify-file': z.strictObject({
    fileId: z.string({ error: 'Pilih berkas DOCX atau PDF.' }).regex(/^[0-9a-f-]{36}$/i, { error: 'Id berkas tidak valid.' }),
  }),
} satisfies SchemasOf<ApprovalContract>;
