import { z } from 'zod';
import { TIME_ZONES, type IndonesianTimeZone } from '../domain/instansi';
import { MEETING_KINDS, MEETING_SIFAT } from '../domain/meeting';
import { calendarDate, optionalText, wallClockOrNull } from '../ipc/meetingSchemaParts';
import { requiredText } from '../ipc/schemaHelpers';
import type { FieldRegistry } from './fieldRegistry';

/**
 * The stored identity fields of a meeting (table `meetings`) that the Persiapan form edits,
 * in the order the Riwayat tab lists their changes. The role holders (a person and an acting
 * prefix each) and the workflow columns are not listed here. Add a field here first
 * (CONTRIBUTING.md, "Adding a field to an existing record").
 */
export const MEETING_FIELDS = {
  title: { schema: requiredText('Judul rapat', 300), history: 'text' },
  kind: { schema: z.enum(MEETING_KINDS, { error: 'Jenis harus Rapat atau Sidang.' }), history: 'text' },
  date: { schema: calendarDate('Tanggal rapat'), history: 'date' },
  callTime: { schema: wallClockOrNull('Waktu panggilan'), history: 'time' },
  startTime: { schema: wallClockOrNull('Waktu mulai'), history: 'time' },
  endTime: { schema: wallClockOrNull('Waktu selesai'), history: 'time' },
  timeZone: {
    schema: z.enum(Object.keys(TIME_ZONES) as [IndonesianTimeZone, ...IndonesianTimeZone[]], {
      error: 'Zona waktu harus salah satu zona Indonesia (WIB, WITA, WIT).',
    }),
    history: 'text',
  },
  place: {
    schema: z.string().trim().max(300, 'Tempat rapat terlalu panjang (maks. 300 karakter).').default(''),
    history: 'text',
  },
  invitationNumber: { schema: optionalText('Nomor surat undangan', 200), history: 'text' },
  invitationDate: { schema: calendarDate('Tanggal surat undangan').nullable(), history: 'date' },
  sifat: {
    schema: z.enum(MEETING_SIFAT, { error: 'Sifat harus Biasa, Penting, Segera atau Rahasia.' }),
    history: 'text',
  },
} as const satisfies FieldRegistry;
