import { z } from 'zod';
import { OWNER_STATUSES } from '../domain/commitment';
import { FOLLOW_UP_FILTER_STATUSES, MAX_REMINDER_DAYS } from '../domain/followUp';
import { FOLLOW_UP_SORTS, type CommitmentId, type OwnerId, type UpdateId } from '../domain/followUpViews';
import type { MeetingId, PersonId, SeriesId, UnitId } from '../domain/ids';
import type { FollowUpContract } from './followUpContract';
import { calendarDate, optionalText } from './meetingSchemaParts';
import { entityId, type SchemasOf } from './schemaHelpers';

const status = z.enum(OWNER_STATUSES, {
  error: 'Status harus Belum Ditindaklanjuti, Dalam Proses, Selesai, atau Tidak Dapat Ditindaklanjuti.',
});

/** A link the OPD gives as evidence: web addresses only (no file:, no javascript:). */
const evidenceLink = z
  .string({ error: 'Tautan bukti harus berupa teks.' })
  .trim()
  .max(2000, { error: 'Tautan bukti terlalu panjang (maks. 2000 karakter).' })
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), { error: 'Tautan bukti harus alamat web yang diawali http:// atau https://.' });

const stagedFileId = z.string({ error: 'Berkas bukti tidak valid.' }).regex(/^[0-9a-f-]{36}$/i, { error: 'Berkas bukti tidak valid.' });

const percent = z
  .number({ error: 'Persentase harus berupa angka.' })
  .int({ error: 'Persentase harus bilangan bulat.' })
  .min(0, { error: 'Persentase paling kecil 0.' })
  .max(100, { error: 'Persentase paling besar 100.' })
  .nullable();

const newUpdate = z
  .strictObject({
    ownerId: entityId<OwnerId>('penanggung jawab'),
    reportedOn: calendarDate('Tanggal laporan'),
    status,
    reason: optionalText('Alasan', 2000),
    text: optionalText('Perkembangan', 4000),
    percent,
    links: z.array(evidenceLink).max(10, { error: 'Paling banyak 10 tautan bukti.' }).default([]),
    fileIds: z.array(stagedFileId).max(10, { error: 'Paling banyak 10 berkas bukti sekaligus.' }).default([]),
    meetingId: entityId<MeetingId>('rapat').optional(),
  })
  .superRefine((value, ctx) => {
    if (value.status === 'TIDAK_DAPAT' && value.reason === '') {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Alasan wajib diisi untuk status Tidak Dapat Ditindaklanjuti.' });
    }
  });

const query = z
  .strictObject({
    unitId: entityId<UnitId>('OPD').optional(),
    status: z.enum(FOLLOW_UP_FILTER_STATUSES, { error: 'Status penyaring tidak dikenal.' }).optional(),
    dueFrom: calendarDate('Batas waktu (dari)').optional(),
    dueTo: calendarDate('Batas waktu (sampai)').optional(),
    dueNone: z.boolean().optional(),
    meetingId: entityId<MeetingId>('rapat').optional(),
    seriesId: entityId<SeriesId>('rapat berkala').optional(),
    programTag: z.string().trim().max(200, { error: 'Tag program terlalu panjang.' }).optional(),
    sort: z.enum(FOLLOW_UP_SORTS, { error: 'Urutan tidak dikenal.' }).optional(),
    descending: z.boolean().optional(),
    page: z.number().int().min(1, { error: 'Halaman paling kecil 1.' }).max(100000).optional(),
    pageSize: z.number().int().min(1).max(200, { error: 'Paling banyak 200 baris per halaman.' }).optional(),
  })
  .refine((value) => !(value.dueFrom && value.dueTo && value.dueFrom > value.dueTo), {
    error: 'Batas waktu "dari" harus sebelum atau sama dengan "sampai".',
    path: ['dueTo'],
  });

const importInput = z.strictObject({
  fileId: stagedFileId,
  expectedUnitId: entityId<UnitId>('OPD').optional(),
});

const period = z
  .strictObject({
    seriesId: entityId<SeriesId>('rapat berkala').nullable(),
    from: calendarDate('Tanggal awal').nullable(),
    to: calendarDate('Tanggal akhir').nullable(),
    signerPersonId: entityId<PersonId>('penanda tangan').nullable(),
  })
  .refine((value) => !(value.from && value.to && value.from > value.to), {
    error: 'Tanggal awal harus sebelum atau sama dengan tanggal akhir.',
    path: ['to'],
  });

export const followUpSchemas = {
  'followup:dashboard': z.strictObject({}),
  'followup:list': query,
  'followup:filter-options': z.strictObject({}),
  'followup:get': z.strictObject({ id: entityId<CommitmentId>('tindak lanjut') }),
  'followup:add-update': newUpdate,
  'followup:evidence-download': z.strictObject({
    updateId: entityId<UpdateId>('perkembangan'),
    index: z.number().int().min(0).max(100),
  }),
  'followup:carryover': z.strictObject({ meetingId: entityId<MeetingId>('rapat') }),
  'followup:request-export': z
    .strictObject({
      unitIds: z.array(entityId<UnitId>('OPD')).max(500),
      letter: z.boolean(),
      form: z.boolean(),
      letterNumber: optionalText('Nomor surat', 200),
      replyBy: calendarDate('Batas penyampaian laporan'),
      signerPersonId: entityId<PersonId>('penanda tangan').nullable(),
    })
    .refine((value) => value.letter || value.form, { error: 'Pilih surat, formulir, atau keduanya.', path: ['letter'] }),
  'followup:import-preview': importInput,
  'followup:import-apply': importInput,
  'followup:report-export': period,
  'followup:reminders': z.strictObject({}),
  'followup:reminders-seen': z.strictObject({}),
  'followup:get-reminder-settings': z.strictObject({}),
  'followup:update-reminder-settings': z.strictObject({
    daysBefore: z
      .number({ error: 'Jumlah hari harus berupa angka.' })
      .int({ error: 'Jumlah hari harus bilangan bulat.' })
      .min(0, { error: 'Jumlah hari paling kecil 0.' })
      .max(MAX_REMINDER_DAYS, { error: `Jumlah hari paling besar ${MAX_REMINDER_DAYS}.` }),
  }),
} satisfies SchemasOf<FollowUpContract>;
