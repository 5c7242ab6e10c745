import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, BackupReason } from '../../../shared/domain/backup';
import type { Db } from './connection';

/*
 * The files of the backups folder: names, writing, listing and pruning. Policy
 * (when, how many) is in services/backupService.ts.
 *
 * Names carry the local time and the reason: `risalah-2026-11-27-0930.db` is the
 * daily copy, others end in their reason (`-manual`, `-sebelum-migrasi-v2`, …),
 * so the folder reads well in a file manager too.
 */

const REASON_SUFFIX: Record<Exclude<BackupReason, 'sebelum-migrasi' | 'lainnya'>, string> = {
  harian: '',
  manual: '-manual',
  'setelah-pengesahan': '-setelah-pengesahan',
  'sebelum-pemulihan': '-sebelum-pemulihan',
  'sebelum-impor': '-sebelum-impor',
};

const NAME =
  /^risalah-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(-manual|-setelah-pengesahan|-sebelum-migrasi-v\d+|-sebelum-pemulihan|-sebelum-impor)?(?:-(\d+))?\.db$/;

/** A bare backup file name: what the renderer may send back (never a path). */
export const BACKUP_FILE_NAME = /^risalah-[\w-]{1,120}\.db$/;

const pad = (value: number, size = 2) => String(value).padStart(size, '0');

export type BackupKind = Readonly<{ reason: BackupReason; fromVersion?: number }>;

function suffixOf(kind: BackupKind): string {
  if (kind.reason === 'sebelum-migrasi') return `-sebelum-migrasi-v${kind.fromVersion ?? 0}`;
  if (kind.reason === 'lainnya') return '-lainnya';
  return REASON_SUFFIX[kind.reason];
}

/** `risalah-2026-11-27-0930<suffix>.db` in local time, with `-2`, `-3`… when that minute is taken. */
export function freeBackupName(dir: string, at: number, kind: BackupKind): string {
  const d = new Date(at);
  const stem = `risalah-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${suffixOf(kind)}`;
  let name = `${stem}.db`;
  for (let n = 2; existsSync(join(dir, name)); n += 1) name = `${stem}-${n}.db`;
  return name;
}

function reasonOf(suffix: string | undefined): BackupReason {
  if (!suffix) return 'harian';
  if (suffix.startsWith('-sebelum-migrasi')) return 'sebelum-migrasi';
  return suffix.slice(1) as BackupReason;
}

/** What a file name says about the backup; files named otherwise fall back to their modification time. */
export function describeBackup(name: string, sizeBytes: number, modifiedAt: number): BackupInfo & { sequence: number } {
  const match = NAME.exec(name);
  if (!match) {
    const d = new Date(modifiedAt);
    return {
      name,
      sizeBytes,
      reason: 'lainnya',
      createdAt: modifiedAt,
      date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
      time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
      sequence: 0,
    };
  }
  const [, y, mo, da, h, mi, suffix, seq] = match as unknown as string[];
  const createdAt = new Date(Number(y), Number(mo) - 1, Number(da), Number(h), Number(mi)).getTime();
  return {
    name,
    sizeBytes,
    reason: reasonOf(suffix),
    createdAt,
    date: `${y}-${mo}-${da}`,
    time: `${h}:${mi}`,
    sequence: Number(seq ?? 1),
  };
}

/** Every backup in the folder, newest first. */
export function listBackupFiles(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  const found = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && BACKUP_FILE_NAME.test(entry.name))
    .map((entry) => {
      const stat = statSync(join(dir, entry.name));
      return { ...describeBackup(entry.name, stat.size, stat.mtimeMs), modifiedAt: stat.mtimeMs };
    });
  // Names have minutes only: within a minute the file written last is the newest.
  found.sort(
    (a, b) =>
      b.createdAt - a.createdAt ||
      b.modifiedAt - a.modifiedAt ||
      b.sequence - a.sequence ||
      b.name.localeCompare(a.name),
  );
  return found.map(({ sequence: _sequence, modifiedAt: _modifiedAt, ...info }) => info);
}

/** Keeps the newest `keep` backups; returns the names removed. */
export function pruneBackupFiles(dir: string, keep: number): string[] {
  const doomed = listBackupFiles(dir).slice(Math.max(1, keep));
  for (const backup of doomed) rmSync(join(dir, backup.name), { force: true });
  return doomed.map((backup) => backup.name);
}

/**
 * Backups are single self-contained files (rollback journal, not WAL), so she
 * can copy one to a USB stick and it opens anywhere without its -wal twin.
 */
export function makeSelfContained(file: string, nativeBinding?: string): void {
  const copy = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * A consistent copy of the open database with SQLite's online backup API, which
 * copies page by page between other work and sees the connection's own writes.
 * Written under a temporary name first, so a half-written copy never looks like a backup.
 */
export async function writeBackup(
  db: Db,
  dir: string,
  at: number,
  kind: BackupKind,
  nativeBinding?: string,
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const name = freeBackupName(dir, at, kind);
  const partial = join(dir, `${name}.part`);
  try {
    await db.backup(partial);
    makeSelfContained(partial, nativeBinding);
    renameSync(partial, join(dir, name));
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return name;
}
