import { z } from 'zod';
import { OWNER_STATUSES } from '../domain/commitment';
import { FOLLOW_UP_FILTER_STATUSES, MAX_REMINDER_DAYS } from '../domain/followUp';
import { FOLLOW_UP_SORTS, type CommitmentId, type OwnerId, type UpdateId } from '../domain/followUpViews';
import type {
  CarryOverPage,
  CommitmentDetail,
  FilterOptions,
  FollowUpDashboard,
  FollowUpPage,
  ImportPreview,
  ImportResult,
  ReminderInbox,
  ReminderSettings,
} from '../domain/followUpViews';
import type { Delivery } from '../domain/files';
import type { MeetingId, PersonId, SeriesId, UnitId } from '../domain/ids';
import { channel, GLOBAL, meetingOf, meetingWrite, READ, schemasOf } from './channelSpec';
import { calendarDate, optionalText } from './meetingSchemaParts';
import { entityId, stagedFileId, wholeNumber } from './schemaHelpers';

const status = z.enum(OWNER_STATUSES, {
  error: 'Status harus Belum Ditindaklanjuti, Dalam Proses, Selesai, atau Tidak Dapat Ditindaklanjuti.',
});

/** A link the OPD gives as evidence: web addresses only (no file:, no javascript:). */
const evidenceLink = z
  .string({ error: 'Tautan bukti harus berupa teks.' })
  .trim()
  .max(2000, { error: 'Tautan bukti terlalu panjang (maks. 2000 karakter).' })
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), {
    error: 'Tautan bukti harus alamat web yang diawali http:// atau https://.',
  });

const evidenceFileId = stagedFileId('Berkas bukti tidak valid.', 'Berkas bukti tidak valid.');

const percent = wholeNumber({
  label: 'Persentase',
  min: 0,
  max: 100,
  below: 'Persentase paling kecil 0.',
  above: 'Persentase paling besar 100.',
}).nullable();

const newUpdate = z
  .strictObject({
    ownerId: entityId<OwnerId>('penanggung jawab'),
    reportedOn: calendarDate('Tanggal laporan'),
    status,
    /** Required for TIDAK_DAPAT, ignored otherwise. */
    reason: optionalText('Alasan', 2000),
    text: optionalText('Perkembangan', 4000),
    percent,
    links: z.array(evidenceLink).max(10, { error: 'Paling banyak 10 tautan bukti.' }).readonly().default([]),
    /** Staged uploads (purpose 'evidence') that main stores under bukti/. */
    fileIds: z
      .array(evidenceFileId)
      .max(10, { error: 'Paling banyak 10 berkas bukti sekaligus.' })
      .readonly()
      .default([]),
    /** Set when entered during a meeting: "dilaporkan dalam rapat". */
    meetingId: entityId<MeetingId>('rapat').optional(),
  })
  .superRefine((value, ctx) => {
    if (value.status === 'TIDAK_DAPAT' && value.reason === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Alasan wajib diisi untuk status Tidak Dapat Ditindaklanjuti.',
      });
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
    after: z
      .strictObject({
        dueDate: calendarDate('Batas waktu').nullable(),
        id: z.string().max(100, { error: 'Penanda halaman tidak valid.' }),
      })
      .optional(),
  })
  .refine((value) => !(value.dueFrom && value.dueTo && value.dueFrom > value.dueTo), {
    error: 'Batas waktu "dari" harus sebelum atau sama dengan "sampai".',
    path: ['dueTo'],
  });

const importInput = z.strictObject({
  fileId: stagedFileId('Pilih berkas Excel laporan yang akan diimpor.'),
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

const requestExport = z
  .strictObject({
    /** Empty: every OPD with an open commitment. */
    unitIds: z.array(entityId<UnitId>('OPD')).max(500).readonly(),
    letter: z.boolean(),
    form: z.boolean(),
    letterNumber: optionalText('Nomor surat', 200),
    /** The date the OPD must answer by. */
    replyBy: calendarDate('Batas penyampaian laporan'),
    signerPersonId: entityId<PersonId>('penanda tangan').nullable(),
  })
  .refine((value) => value.letter || value.form, { error: 'Pilih surat, formulir, atau keduanya.', path: ['letter'] });

const none = z.strictObject({});

/** The follow-up namespace (commitments across meetings), one spec per channel. */
export const followUpSpec = {
  /** Counts per OPD (open, Terlambat, due within the reminder days, done) for Beranda and the cards. */
  'followup:dashboard': channel<FollowUpDashboard>()(none, READ),
  /** The filtered, sorted, paged list of commitments across meetings. */
  'followup:list': channel<FollowUpPage>()(query, READ),
  'followup:filter-options': channel<FilterOptions>()(none, READ),
  'followup:get': channel<CommitmentDetail>()(z.strictObject({ id: entityId<CommitmentId>('tindak lanjut') }), READ),
  /**
   * A dated progress report of one owner; the newest report sets the owner's status. Progress goes on
   * after approval; a report made *in* a meeting also changes that meeting's carry-over.
   */
  'followup:add-update': channel<CommitmentDetail>()(
    newUpdate,
    meetingWrite((input: z.output<typeof newUpdate>) => (input.meetingId ? meetingOf(input.meetingId) : null)),
  ),
  'followup:evidence-download': channel<Delivery>()(
    z.strictObject({
      updateId: entityId<UpdateId>('perkembangan'),
      index: z.number().int().min(0).max(100),
    }),
    READ,
  ),
  /**
   * A page of a meeting's "Tindak lanjut hasil rapat sebelumnya" (live until the first approval, then
   * as frozen at it; repositories/carryOverPage.ts), with the whole list's open and late counts;
   * `after` is the previous page's `next` ("Muat lebih banyak").
   */
  'followup:carryover': channel<CarryOverPage>()(
    z.strictObject({
      meetingId: entityId<MeetingId>('rapat'),
      after: z
        .strictObject({
          shown: z.number().int().min(0).max(10_000_000, { error: 'Penanda halaman tidak valid.' }),
          ownerId: entityId<OwnerId>('penanggung jawab'),
        })
        .optional(),
      pageSize: z.number().int().min(1).max(200, { error: 'Paling banyak 200 butir per halaman.' }).optional(),
    }),
    READ,
  ),
  /** "Minta laporan OPD": a letter (DOCX) and a form (XLSX) per OPD, a ZIP when more than one file. */
  'followup:request-export': channel<Delivery>()(requestExport, READ),
  'followup:import-preview': channel<ImportPreview>()(importInput, READ),
  /**
   * All rows or none: refused while the preview has a problem. OPD replies are progress updates of any
   * meeting's commitments (none is reported "in" a meeting), so this is a global write.
   */
  'followup:import-apply': channel<ImportResult>()(importInput, GLOBAL),
  /** Laporan Tindak Lanjut (DOCX, landscape) for a series and/or a period of meetings. */
  'followup:report-export': channel<Delivery>()(period, READ),
  'followup:reminders': channel<ReminderInbox>()(none, READ),
  'followup:reminders-seen': channel<ReminderInbox>()(none, GLOBAL),
  'followup:get-reminder-settings': channel<ReminderSettings>()(none, READ),
  'followup:update-reminder-settings': channel<ReminderSettings>()(
    z.strictObject({
      daysBefore: wholeNumber({
        label: 'Jumlah hari',
        min: 0,
        max: MAX_REMINDER_DAYS,
        below: 'Jumlah hari paling kecil 0.',
        above: `Jumlah hari paling besar ${MAX_REMINDER_DAYS}.`,
      }),
    }),
    GLOBAL,
  ),
};

export const followUpSchemas = schemasOf(followUpSpec);
