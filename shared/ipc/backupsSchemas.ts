import { z } from 'zod';
import { BACKUP_DAILY_AT_PATTERN, BACKUP_KEEP_MAX, BACKUP_KEEP_MIN } from '../domain/backup';
import type { ArchiveImportResult, BackupInfo, BackupSettings, DataHealth } from '../domain/backup';
import type { Delivery } from '../domain/files';
import { stagedFileId, wholeNumber } from './schemaHelpers';
import { channel, GLOBAL, READ, schemasOf } from './channelSpec';

// A bare name from the list, never a path: no separators, no "..".
const BACKUP_NAME = /^risalah-[\w-]{1,120}\.db$/;

const none = z.strictObject({});
// The recovery screen lists and restores backups while the data file is damaged; the list and the
// settings wait for the start-up check, whose verdict decides what they show.
const RECOVERY_READ = { kind: 'read', inRecovery: true, waitsForCheck: true } as const;
const RECOVERY_WRITE = { kind: 'global-write', inRecovery: true } as const;

/** The backups namespace, one spec per channel: input schema, output type, policy. */
export const backupsSpec = {
  /** Whether the data file passed its check at start; in recovery the renderer shows the recovery screen. */
  'backups:health': channel<DataHealth>()(none, {
    kind: 'read',
    inRecovery: true,
    whileSwapping: true,
    waitsForCheck: true,
  }),
  'backups:list': channel<ReadonlyArray<BackupInfo>>()(none, RECOVERY_READ),
  'backups:settings': channel<BackupSettings>()(none, RECOVERY_READ),
  'backups:update-settings': channel<BackupSettings>()(
    z.strictObject({
      keep: wholeNumber({
        label: 'Jumlah cadangan yang disimpan',
        min: BACKUP_KEEP_MIN,
        max: BACKUP_KEEP_MAX,
        below: `Simpan sedikitnya ${BACKUP_KEEP_MIN} cadangan.`,
        above: `Simpan paling banyak ${BACKUP_KEEP_MAX} cadangan.`,
      }),
      // null: the default (first start of the day, then every 24 hours); absent: unchanged.
      dailyAt: z
        .string({ error: 'Jam cadangan harian harus berupa jam, misalnya 16:00.' })
        .regex(BACKUP_DAILY_AT_PATTERN, { error: 'Jam cadangan harian tidak valid; tulis jam:menit, misalnya 16:00.' })
        .nullable()
        .optional(),
    }),
    GLOBAL,
  ),
  /** "Cadangkan sekarang". */
  'backups:create': channel<BackupInfo>()(none, GLOBAL),
  /** Replaces the data with a backup (the current data is backed up first). `name` is a bare file name from the list. */
  'backups:restore': channel<{ restored: BackupInfo; previousBackup: string | null }>()(
    z.strictObject({
      name: z
        .string({ error: 'Pilih cadangan yang akan dipulihkan.' })
        .regex(BACKUP_NAME, { error: 'Nama cadangan tidak valid.' }),
    }),
    RECOVERY_WRITE,
  ),
  /** The whole archive (database + evidence files) as one file, to move to another computer. */
  'backups:export-archive': channel<Delivery>()(none, READ),
  /** Stops an archive export under way: nothing is saved, its work folder goes, the export answers "cancelled". */
  'backups:cancel-archive-export': channel<{ cancelled: number }>()(none, READ),
  /** Replaces the data with an archive staged through files:upload / files:pick. */
  'backups:import-archive': channel<ArchiveImportResult>()(
    z.strictObject({
      fileId: stagedFileId('Pilih berkas arsip terlebih dahulu.'),
    }),
    RECOVERY_WRITE,
  ),
};

export const backupsSchemas = schemasOf(backupsSpec);
