import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/main/db/connection';
import { DbFromNewerAppError, latestVersion, migrate } from '../../../electron/main/db/migrate';
import { MIGRATIONS, type Migration } from '../../../electron/main/db/migrations';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'risalah-migrate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tableNames(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);
}

describe('db/migrate', () => {
  it('brings an empty file to the latest version with the core tables', () => {
    const { db, migration } = openDatabase(join(dir, 'risalah.db'));
    expect(migration).toEqual({ from: 0, to: latestVersion() });
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    const names = tableNames(db);
    for (const table of [
      'settings',
      'units',
      'people',
      'series',
      'meetings',
      'attendance',
      'agenda_items',
      'minute_sections',
      'decisions',
      'commitments',
      'commitment_owners',
      'commitment_updates',
      'documents',
      'audit_log',
      'search_index',
    ]) {
      expect(names).toContain(table);
    }
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('is a no-op on a file already at the latest version', () => {
    const file = join(dir, 'risalah.db');
    openDatabase(file).db.close();
    const { db, migration } = openDatabase(file);
    expect(migration.from).toBe(migration.to);
    db.close();
  });

  it('refuses a database from a newer app and leaves it byte-identical', () => {
    const file = join(dir, 'risalah.db');
    const seed = new Database(file);
    seed.pragma('journal_mode = DELETE');
    seed.exec("CREATE TABLE future_table (x TEXT); INSERT INTO future_table VALUES ('dari versi baru')");
    seed.pragma(`user_version = ${latestVersion() + 5}`);
    seed.close();
    const before = readFileSync(file);

    expect(() => openDatabase(file)).toThrow(DbFromNewerAppError);
    expect(() => openDatabase(file)).toThrow(/versi Risalah yang lebih baru/);

    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('copies an existing file into backups/ before upgrading it, and not a new one', () => {
    const file = join(dir, 'risalah.db');
    openDatabase(file).db.close();
    expect(existsSync(join(dir, 'backups'))).toBe(false);

    const seeded = openDatabase(file).db;
    seeded.prepare("INSERT INTO settings (key, value_json, updated_at) VALUES ('penanda', '\"lama\"', 1)").run();
    seeded.close();
    const next: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'next',
      up: (db) => db.exec('CREATE TABLE extra (id TEXT) STRICT'),
    };

    const upgraded = openDatabase(file, { migrations: [...MIGRATIONS, next] });
    expect(upgraded.migration).toEqual({ from: MIGRATIONS.length, to: MIGRATIONS.length + 1 });
    upgraded.db.close();

    const copies = readdirSync(join(dir, 'backups'));
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatch(/^risalah-\d{4}-\d{2}-\d{2}-\d{4}-sebelum-migrasi-v\d+\.db$/);
    const copy = new Database(join(dir, 'backups', copies[0] ?? ''), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(copy.prepare("SELECT value_json FROM settings WHERE key = 'penanda'").get()).toEqual({
      value_json: '"lama"',
    });
    expect(tableNames(copy)).not.toContain('extra');
    copy.close();
  });

  it('rolls back every pending migration when one fails', () => {
    const db = new Database(':memory:');
    const broken: Migration = {
      version: 2,
      name: '0002-broken',
      up: (d) => d.exec('CREATE TABLE half (id TEXT); SELECT * FROM no_such_table'),
    };
    expect(() => migrate(db, {}, [...MIGRATIONS.slice(0, 1), broken])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(tableNames(db)).not.toContain('meetings');
    expect(tableNames(db)).not.toContain('half');
    db.close();
  });

  it('rejects a migration list with a gap in its versions', () => {
    const db = new Database(':memory:');
    const skipped: Migration = { version: 3, name: '0003-gap', up: () => undefined };
    expect(() => migrate(db, {}, [...MIGRATIONS.slice(0, 1), skipped])).toThrow(/expected 2/);
    db.close();
  });
});
