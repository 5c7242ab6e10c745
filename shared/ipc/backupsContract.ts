// Types and channel names only: the preload bundles this file, so no zod here.
import type { ArchiveImportResult, BackupInfo, BackupSettings, DataHealth } from '../domain/backup';
import type { Delivery } from '../domain/files';

export type BackupsContract = {
  /** Whether the data file passed its check at start; in recovery the renderer shows the recovery screen. */
  'backups:health': { input: Record<string, never>; output: DataHealth };
  'backups:list': { input: Record<string, never>; output: ReadonlyArray<BackupInfo> };
  'backups:settings': { input: Record<string, never>; output: BackupSettings };
  'backups:update-settings': { input: { keep: number; dailyAt?: string | null }; output: BackupSettings };
  /** "Cadangkan sekarang". */
  'backups:create': { input: Record<string, never>; output: BackupInfo };
  /** Replaces the data with a backup (the current data is backed up first). `name` is a bare file name from the list. */
  'backups:restore': { input: { name: string }; output: { restored: BackupInfo; previousBackup: string | null } };
  /** The whole archive (database + evidence files) as one file, to move to another computer. */
  'backups:export-archive': { input: Record<string, never>; output: Delivery };
  /** Replaces the data with an archive staged through files:upload / files:pick. */
  'backups:import-archive': { input: { fileId: string }; output: ArchiveImportResult };
};

export const BACKUPS_CHANNELS = {
  'backups:health': true,
  'backups:list': true,
  'backups:settings': true,
  'backups:update-settings': true,
  'backups:create': true,
  'backups:restore': true,
  'backups:export-archive': true,
  'backups:import-archive': true,
} as const satisfies Record<keyof BackupsContract, true>;
