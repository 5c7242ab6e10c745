import { z } from 'zod';
import { BACKUP_DAILY_AT_PATTERN, BACKUP_KEEP_MAX, BACKUP_KEEP_MIN } from '../domain/backup';
import type { BackupsContract } from './backupsContract';
import type { SchemasOf } from './schemaHelpers';

// A bare name from the list, never a path: no separators, no "..".
const BACKUP_NAME = /^risalah-[\w-]{1,120}\.db$/;

export const backupsSchemas = {
  'backups:health': z.strictObject({}),
  'backups:list': z.strictObject({}),
  'backups:settings': z.strictObject({}),
  'backups:update-settings': z.strictObject({
    keep: z
      .number({ error: 'Jumlah cadangan yang disimpan harus berupa angka.' })
      .int({ error: 'Jumlah cadangan yang disimpan harus bilangan bulat.' })
      .min(BACKUP_KEEP_MIN, { error: `Simpan sedikitnya ${BACKUP_KEEP_MIN} cadangan.` })
      .max(BACKUP_KEEP_MAX, { error: `Simpan paling banyak ${BACKUP_KEEP_MAX} cadangan.` }),
    // null: the default (first start of the day, then every 24 hours); absent: unchanged.
    dailyAt: z
      .string({ error: 'Jam cadangan harian harus berupa jam, misalnya 16:00.' })
      .regex(BACKUP_DAILY_AT_PATTERN, { error: 'Jam cadangan harian tidak valid; tulis jam:menit, misalnya 16:00.' })
      .nullable()
      .optional(),
  }),
  'backups:create': z.strictObject({}),
  'backups:restore': z.strictObject({
    name: z.string({ error: 'Pilih cadangan yang akan dipulihkan.' }).regex(BACKUP_NAME, { error: 'Nama cadangan tidak valid.' }),
  }),
  'backups:export-archive': z.strictObject({}),
  'backups:import-archive': z.strictObject({
    fileId: z.string({ error: 'Pilih berkas arsip terlebih dahulu.' }).regex(/^[0-9a-f-]{36}$/i, { error: 'Id berkas tidak valid.' }),
  }),
} satisfies SchemasOf<BackupsContract>;
