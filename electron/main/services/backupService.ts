import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, BackupReason, BackupSettings, DataHealth } from '../../../shared/domain/backup';
import { BACKUP_KEEP_DEFAULT } from '../../../shared/domain/backup';
import { AppError } from '../../../shared/ipc/result';
import { freeBackupName, listBackupFiles, pruneBackupFiles, writeBackup } from '../db/backupFiles';
import type { AppDataStore } from '../db/dataStore';
import { checkFileInWorker } from '../db/backgroundCheck';
import type { FileCheck } from '../db/integrity';
import { latestVersion } from '../db/migrate';
import {
  getBackupDailyAt,
  getBackupKeep,
  setBackupDailyAt,
  setBackupKeep,
} from '../repositories/backupSettingsRepository';
import { nextDailyBackupAt } from './backupTiming';
import type { WriteContext } from '../repositories/writeContext';
import { resetAfterRestore } from '../repositories/syncStateRepository';

/*
 * Backup policy: a daily copy (at the time she set, or at the first start of a day and
 * then every 24 hours; services/backupTiming.ts, kept on time by backupScheduler.ts), one
 * after each approval, one on request, one before every migration (db/snapshot.ts),
 * restore or import; the newest N are kept. Restores are checked first and swap the
 * file atomically.
 */

function keepOf(store: AppDataStore): number {
  return store.health.state === 'ok' && store.connectionIfOpen
    ? getBackupKeep(store.connectionIfOpen)
    : BACKUP_KEEP_DEFAULT;
}

export function listBackups(store: AppDataStore): BackupInfo[] {
  return listBackupFiles(store.backupDir);
}

const pad = (value: number) => String(value).padStart(2, '0');

function localMoment(at: number): { at: number; date: string; time: string } {
  const d = new Date(at);
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return { at, date, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

function dailyAtOf(store: AppDataStore): string | null {
  return store.health.state === 'ok' && store.connectionIfOpen ? getBackupDailyAt(store.connectionIfOpen) : null;
}

function lastDailyAt(store: AppDataStore): number | null {
  return listBackupFiles(store.backupDir).find((backup) => backup.reason === 'harian')?.createdAt ?? null;
}

/** When the daily backup is next due while the app runs; null in recovery, where none is made. */
export function nextDailyAt(store: AppDataStore, now: number): number | null {
  if (store.health.state !== 'ok') return null;
  return nextDailyBackupAt({ dailyAt: dailyAtOf(store), lastDailyAt: lastDailyAt(store), now, atStart: false });
}

export function backupSettings(store: AppDataStore, now: number): BackupSettings {
  const next = nextDailyAt(store, now);
  return {
    keep: keepOf(store),
    folder: store.backupDir,
    dailyAt: dailyAtOf(store),
    lastBackup: listBackupFiles(store.backupDir)[0] ?? null,
    // Due already (the schedule is about to run it): shown as now rather than in the past.
    nextDaily: next === null ? null : localMoment(Math.max(next, now)),
  };
}

export type BackupSettingsChange = Readonly<{ keep: number; dailyAt?: string | null }>;

export function updateBackupSettings(
  store: AppDataStore,
  change: BackupSettingsChange,
  ctx: WriteContext,
): BackupSettings {
  setBackupKeep(store.db, change.keep, ctx);
  if (change.dailyAt !== undefined) setBackupDailyAt(store.db, change.dailyAt, ctx);
  pruneBackupFiles(store.backupDir, change.keep);
  return backupSettings(store, ctx.now);
}

function infoOf(store: AppDataStore, name: string): BackupInfo {
  const found = listBackupFiles(store.backupDir).find((backup) => backup.name === name);
  if (!found)
    throw new AppError(
      'NOT_FOUND',
      'Cadangan tidak ditemukan di folder cadangan; mungkin sudah terhapus. Muat ulang daftarnya.',
    );
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

/** The daily copy when it is due (services/backupTiming.ts); `atStart` for the check when the app opens. */
export async function dailyBackupIfDue(store: AppDataStore, now: number, atStart = true): Promise<BackupInfo | null> {
  if (store.health.state !== 'ok') return null;
  const due = nextDailyBackupAt({ dailyAt: dailyAtOf(store), lastDailyAt: lastDailyAt(store), now, atStart });
  if (due > now) return null;
  return store.exclusive('copy', () => backupNow(store, 'harian', now));
}

/** Approved minutes are what she must never lose: a copy right after each approval. */
export async function backupAfterApproval(store: AppDataStore, now: number): Promise<BackupInfo | null> {
  if (store.health.state !== 'ok') return null;
  return store.exclusive('copy', () => backupNow(store, 'setelah-pengesahan', now));
}

// quick_check of a large backup takes seconds; a file that has not changed keeps its verdict.
const verdicts = new Map<string, FileCheck>();

/**
 * A backup's check (quick_check, schema, Risalah's tables), in the integrity worker: the recovery
 * screen's search for a sound backup and a restore check files of up to gigabytes while
 * app:info and her screens keep answering.
 */
async function checkBackup(file: string, nativeBinding?: string): Promise<FileCheck> {
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
    throw new AppError(
      'CONFLICT',
      `${what} dibuat oleh versi Risalah yang lebih baru (${verdict.detail}). Perbarui aplikasi dahulu; data Anda tidak diubah.`,
    );
  }
  if (verdict.problem === 'foreign')
    throw new AppError('INVALID_INPUT', `${what} bukan berkas data Risalah. Data Anda tidak diubah.`);
  throw new AppError(
    'CONFLICT',
    `${what} rusak dan tidak dapat dipakai (${verdict.detail}). Pilih cadangan lain; data Anda tidak diubah.`,
  );
}

export async function findNewestGoodBackup(store: AppDataStore): Promise<BackupInfo | null> {
  for (const backup of listBackupFiles(store.backupDir)) {
    if ((await checkBackup(join(store.backupDir, backup.name), store.openOptions.nativeBinding)).ok) return backup;
  }
  return null;
}

export async function dataHealth(store: AppDataStore): Promise<DataHealth> {
  const health = store.health;
  if (health.state === 'ok') return { state: 'ok' };
  return {
    state: 'recovery',
    detail: health.detail,
    dataFile: store.file,
    newestGoodBackup: await findNewestGoodBackup(store),
  };
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
    throw new AppError(
      'INTERNAL',
      `Berkas pengganti tidak dapat dibuka (${error instanceof Error ? error.message : String(error)}). Data sebelumnya dipakai kembali.`,
    );
  }
}

export type RestoreResult = Readonly<{ restored: BackupInfo; previousBackup: string | null }>;

export function restoreBackup(store: AppDataStore, name: string, now: number): Promise<RestoreResult> {
  const backup = infoOf(store, name);
  return store.exclusive('swap', async () => {
    const source = join(store.backupDir, name);
    assertRestorable(await checkBackup(source, store.openOptions.nativeBinding), 'Cadangan ini');
    // Copied beside the data file first: the final rename must not cross disks, and the backup stays as it is.
    const prepared = `${store.file}.pulih-${randomUUID()}.tmp`;
    copyFileSync(source, prepared);
    try {
      const previous = await keepCurrentData(store, 'sebelum-pemulihan', now);
      swapDataFile(store, prepared, previous);
      // The shared registry's copy in the backup is older than the server's (issue 20).
      const restoredDb = store.connectionIfOpen;
      if (restoredDb) resetAfterRestore(restoredDb);
      pruneBackupFiles(store.backupDir, keepOf(store));
      return { restored: backup, previousBackup: previous };
    } finally {
      rmSync(prepared, { force: true });
    }
  });
}
