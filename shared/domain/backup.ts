/** Why a backup was made; shown next to it in Pengaturan > Cadangan. */
export const BACKUP_REASONS = [
  'harian',
  'manual',
  'setelah-pengesahan',
  'sebelum-migrasi',
  'sebelum-pemulihan',
  'sebelum-impor',
  'lainnya',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** One file in the backups folder. `date`/`time` are the computer's local wall clock when it was made. */
export type BackupInfo = Readonly<{
  /** The bare file name, e.g. "risalah-2026-11-27-0930.db": the handle the renderer sends back. */
  name: string;
  reason: BackupReason;
  createdAt: number;
  date: string;
  time: string;
  sizeBytes: number;
}>;

export const BACKUP_KEEP_DEFAULT = 10;
export const BACKUP_KEEP_MIN = 3;
export const BACKUP_KEEP_MAX = 100;

/** The daily backup's time of day, 'HH:mm' on the computer's clock. */
export const BACKUP_DAILY_AT_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export type BackupSettings = Readonly<{
  /** How many backups stay in the folder; older ones are deleted after each new one. */
  keep: number;
  /** Where the backups are, shown so she can copy them elsewhere. */
  folder: string;
  /**
   * When the daily backup is made: 'HH:mm' every day, or null for the default (at the first
   * start of the day, then every 24 hours while the app stays open).
   */
  dailyAt: string | null;
  /** The newest backup of any kind, null when the folder has none. */
  lastBackup: BackupInfo | null;
  /**
   * When the next daily backup is due, null when none will be made (recovery). `date`/`time`
   * are main's local wall clock, the clock that names the backups (the browser's zone may differ).
   */
  nextDaily: Readonly<{ at: number; date: string; time: string }> | null;
}>;

/**
 * Whether the data file can be used. In recovery the file failed its
 * integrity check at start: nothing writes to it until a backup is restored.
 */
export type DataHealth =
  | Readonly<{ state: 'ok' }>
  | Readonly<{
      state: 'recovery';
      /** What SQLite reported, for the admin; the screen explains it in plain words. */
      detail: string;
      dataFile: string;
      /** The newest backup that passes the same check, or null when none does. */
      newestGoodBackup: BackupInfo | null;
    }>;

/** What an archive (database + evidence files) says about itself. */
export type ArchiveManifest = Readonly<{
  format: 'risalah-arsip';
  formatVersion: 1;
  appVersion: string;
  schemaVersion: number;
  createdAt: number;
  evidenceFiles: number;
}>;

export type ArchiveImportResult = Readonly<{
  manifest: ArchiveManifest;
  /** The backup of the data that the archive replaced. */
  previousBackup: string | null;
}>;

/** "12,4 MB" style sizes for the list. */
export function formatBytes(bytes: number, language: 'id' | 'en' = 'id'): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
  return `${text} ${units[unit]}`;
}
