import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, BackupReason, BackupSettings, DataHealth } from '../../../shared/domain/backup';
import { BACKUP_KEEP_DEFAULT } from '../../../shared/domain/backup';
import { AppError } from '../../../shared/ipc/result';
import { freeBackupName, listBackupFiles, pruneBackupFiles, writeBackup } from '../db/backupFiles';
import type { AppDataStore } from '../db/dataStore';
import { checkFileInWorker } from '../db/backgroundCheck';
import { checkDatabaseFile, type FileCheck } from '../db/integrity';
import { latestVersion } from '../db/migrate';
import { getBackupKeep, setBackupKeep } from '../repositories/backupSettingsRepository';
import type { WriteContext } from '../repositories/writeContext';

/*
 * Backup policy: a daily copy on the first start of a day, one on request,
 * one before every migration (db/snapshot.ts), restore or import; the newest N
 * are kept. Restores are checked first and swap the file atomically.
 */

const pad = (value: number) => String(value).padStart(2, '0');

function localDate(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function keepOf(store: AppDataStore): number {
  return store.health.state === 'ok' && store.connectionIfOpen ? getBackupKeep(store.connectionIfOpen) : BACKUP_KEEP_DEFAULT;
}

export function listBackups(store: AppDataStore): BackupInfo[] {
  return listBackupFiles(store.backupDir);
}

export function backupSettings(store: AppDataStore): BackupSettings {
  return { keep: keepOf(store), folder: store.backupDir };
}

export function updateBackupSettings(store: AppDataStore, keep: number, ctx: WriteContext): BackupSettings {
  setBackupKeep(store.db, keep, ctx);
  pruneBackupFiles(store.backupDir, keep);
  return backupSettings(store);
}

function infoOf(store: AppDataStore, name: string): BackupInfo {
  const found = listBackupFiles(store.backupDir).find((backup) => backup.name === name);
  if (!found) throw new AppError('NOT_FOUND', 'Cadangan tidak ditemukan di folder cadangan; mungkin sudah terhapus. Muat ulang daftarnya.');
  return found;
}

async function backupNow(store: AppDataStore, reason: BackupReason, now: number): Promise<BackupInfo> {
  const name = await writeBackup(store.db, store.backupDir, now, { reason }, store.openOptions.nativeBinding);
  pruneBackupFiles(store.backupDir, keepOf(store));
  return infoOf(store, name);
}

/** "Cadangkan sekarang". */
export function createBackup(store: AppDataStore, now: number): Promise<BackupInfo> {
  return store.exclusive('copy', () => backupNow(store, 'manual', now));
}

/** At start: one daily copy per calendar day, made by the first start of that day. */
export async function dailyBackupIfDue(store: AppDataStore, now: number): Promise<BackupInfo | null> {
  if (store.health.state !== 'ok') return null;
  const today = localDate(now);
  if (listBackupFiles(store.backupDir).some((backup) => backup.reason === 'harian' && backup.date === today)) return null;
  return store.exclusive('copy', () => backupNow(store, 'harian', now));
}

// quick_check of a large backup takes a moment; a file that has not changed keeps its verdict.
const verdicts = new Map<string, FileCheck>();

function checkBackup(file: string, nativeBinding?: string): FileCheck {
  const stat = statSync(file);
  const key = `${file}|${stat.size}|${stat.mtimeMs}`;
  const cached = verdicts.get(key);
  if (cached) return cached;
  const verdict = checkDatabaseFile(file, { knownVersion: latestVersion(), requireRisalah: true, nativeBinding });
  verdicts.set(key, verdict);
  return verdict;
}

/** The same check for a restore, in the integrity worker: app:info and her screens keep answering meanwhile. */
async function checkBackupInWorker(file: string, nativeBinding?: string): Promise<FileCheck> {
  const stat = statSync(file);
  const key = `${file}|${stat.size}|${stat.mtimeMs}`;
  const cached = verdicts.get(key);
  if (cached) return cached;
  const verdict = await checkFileInWorker(file, { knownVersion: latestVersion(), requireRisalah: true, nativeBinding });
  verdicts.set(key, verdict);
  return verdict;
}

/** Refuses, in words she can act on, a file that must not replace her data. */
export function assertRestorable(verdict: FileCheck, what: string): void {
  if (verdict.ok) return;
  if (verdict.problem === 'newer') {
    throw new AppError('CONFLICT', `${what} dibuat oleh versi Risalah yang lebih baru (${verdict.detail}). Perbarui aplikasi dahulu; data Anda tidak diubah.`);
  }
  if (verdict.problem === 'foreign') throw new AppError('INVALID_INPUT', `${what} bukan berkas data Risalah. Data Anda tidak diubah.`);
  throw new AppError('CONFLICT', `${what} rusak dan tidak dapat dipakai (${verdict.detail}). Pilih cadangan lain; data Anda tidak diubah.`);
}

export function findNewestGoodBackup(store: AppDataStore): BackupInfo | null {
  for (const backup of listBackupFiles(store.backupDir)) {
    if (checkBackup(join(store.backupDir, backup.name), store.openOptions.nativeBinding).ok) return backup;
  }
  return null;
}

export function dataHealth(store: AppDataStore): DataHealth {
  const health = store.health;
  if (health.state === 'ok') return { state: 'ok' };
  return { state: 'recovery', detail: health.detail, dataFile: store.file, newestGoodBackup: findNewestGoodBackup(store) };
}

/**
 * Keeps the data that is about to be replaced. A sound file gets a normal
 * backup; a damaged one is copied byte for byte into backups/rusak/, outside
 * the list and the pruning, in case someone can rescue it later.
 */
export async function keepCurrentData(store: AppDataStore, reason: BackupReason, now: number): Promise<string | null> {
  const db = store.connectionIfOpen;
  if (db && store.health.state === 'ok') {
    return writeBackup(db, store.backupDir, now, { reason }, store.openOptions.nativeBinding);
  }
  if (!existsSync(store.file)) return null;
  const dir = join(store.backupDir, 'rusak');
  mkdirSync(dir, { recursive: true });
  const name = freeBackupName(dir, now, { reason });
  copyFileSync(store.file, join(dir, name));
  if (existsSync(`${store.file}-wal`)) copyFileSync(`${store.file}-wal`, join(dir, `${name}-wal`));
  return `rusak/${name}`;
}

/**
 * Puts `prepared` in place of the data file. Should the new file fail to open,
 * the copy kept just before goes back, so a failed restore loses nothing.
 */
export function swapDataFile(store: AppDataStore, prepared: string, previous: string | null): void {
  try {
    store.replaceWith(prepared);
  } catch (error) {
    if (previous && !previous.startsWith('rusak/')) {
      const back = `${store.file}.kembali-${randomUUID()}.tmp`;
      copyFileSync(join(store.backupDir, previous), back);
      store.replaceWith(back);
    }
    throw new AppError('INTERNAL', `Berkas pengganti tidak dapat dibuka (${error instanceof Error ? error.message : String(error)}). Data sebelumnya dipakai kembali.`);
  }
}

export type RestoreResult = Readonly<{ restored: BackupInfo; previousBackup: string | null }>;

export function restoreBackup(store: AppDataStore, name: string, now: number): Promise<RestoreResult> {
  const backup = infoOf(store, name);
  return store.exclusive('swap', async () => {
    const source = join(store.backupDir, name);
    assertRestorable(await checkBackupInWorker(source, store.openOptions.nativeBinding), 'Cadangan ini');
    // Copied beside the data file first: the final rename must not cross disks, and the backup stays as it is.
    const prepared = `${store.file}.pulih-${randomUUID()}.tmp`;
    copyFileSync(source, prepared);
    try {
      const previous = await keepCurrentData(store, 'sebelum-pemulihan', now);
      swapDataFile(store, prepared, previous);
      pruneBackupFiles(store.backupDir, keepOf(store));
      return { restored: backup, previousBackup: previous };
    } finally {
      rmSync(prepared, { force: true });
    }
  });
}
