import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/main/db/connection';
import { MIGRATIONS, type Migration } from '../../../electron/main/db/migrations';
import type { BackupInfo } from '../../../shared/domain/backup';
import type { MeetingSummary } from '../../../shared/domain/meeting';
import type { SearchResults } from '../../../shared/domain/search';
import { generateArchive } from '../../bench/archiveGenerator';
import { dumpAll, valueOf } from './support';
import { useFreshStoreEach } from './testStores';

const { stores, current } = useFreshStoreEach('risalah-backup-');

describe('backups: create and restore', () => {
  it('makes the day’s first backup at start, once per day', async () => {
    const first = valueOf(await current.app.call('backups:list', {}));
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      name: 'risalah-2026-11-27-0930.db',
      reason: 'harian',
      date: '2026-11-27',
      time: '09:30',
    });
    current.app.store.close();

    const again = stores.open(current.dir, new Date(2026, 10, 27, 14, 0).getTime());
    expect(await again.dailyBackup).toBeNull();
    again.store.close();
    const tomorrow = stores.open(current.dir, new Date(2026, 10, 28, 8, 5).getTime());
    expect(await tomorrow.dailyBackup).toMatchObject({ name: 'risalah-2026-11-28-0805.db', reason: 'harian' });
    current.app = tomorrow;
    expect(valueOf(await current.app.call('backups:list', {})).map((b) => b.name)).toEqual([
      'risalah-2026-11-28-0805.db',
      'risalah-2026-11-27-0930.db',
    ]);
  });

  it('restores a backup equal row for row, after backing up the current data', async () => {
    generateArchive(current.app.ctx.db, { meetings: 12, sectionsPerMeeting: 3, wordsPerSection: 80, seed: 3 });
    const before = dumpAll(current.app.ctx.db);
    const backup = valueOf(await current.app.call('backups:create', {}));
    expect(backup).toMatchObject({ name: 'risalah-2026-11-27-0930-manual.db', reason: 'manual' });
    expect(backup.sizeBytes).toBeGreaterThan(50_000);
    // One self-contained file: rollback journal mode, no -wal beside it.
    const header = readFileSync(join(current.dir, 'backups', backup.name)).subarray(18, 20);
    expect([...header]).toEqual([1, 1]);
    expect(readdirSync(join(current.dir, 'backups')).filter((name) => !name.endsWith('.db'))).toEqual([]);

    // Her later work, then her mistake: everything changes.
    const meetings = valueOf(await current.app.call('meetings:list', {}));
    await current.app.call('meetings:delete', { id: (meetings[0] as MeetingSummary).id });
    await current.app.call('meetings:create', { title: 'Rapat yang tidak jadi', date: '2026-11-30', place: '' });
    current.app.ctx.db.prepare("UPDATE minute_sections SET content_text = 'teks terhapus'").run();
    expect(dumpAll(current.app.ctx.db)).not.toEqual(before);

    current.app.setNow(new Date(2026, 10, 27, 10, 15).getTime());
    const restored = valueOf(await current.app.call('backups:restore', { name: backup.name }));
    expect(restored.restored.name).toBe(backup.name);
    expect(restored.previousBackup).toBe('risalah-2026-11-27-1015-sebelum-pemulihan.db');
    expect(dumpAll(current.app.ctx.db)).toEqual(before);
    expect(current.app.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');

    // The handlers see the restored file through the same context.
    const search = valueOf(await current.app.call('search:query', { query: 'teks terhapus' })) as SearchResults;
    expect(search.total).toBe(0);
    expect(valueOf(await current.app.call('meetings:list', {})).map((m) => m.title)).not.toContain(
      'Rapat yang tidak jadi',
    );

    // And the data she replaced is itself a backup she can go back to.
    const kept = new Database(join(current.dir, 'backups', restored.previousBackup ?? ''), { readonly: true });
    expect(kept.prepare("SELECT count(*) AS n FROM meetings WHERE title = 'Rapat yang tidak jadi'").get()).toEqual({
      n: 1,
    });
    kept.close();
    expect(readdirSync(current.dir).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('keeps only the newest N backups (setting), default 10', async () => {
    // The start made today's daily backup at 09.30; the next is due 24 hours after it.
    expect(valueOf(await current.app.call('backups:settings', {}))).toEqual({
      keep: 10,
      folder: join(current.dir, 'backups'),
      dailyAt: null,
      lastBackup: expect.objectContaining({ reason: 'harian', time: '09:30' }),
      nextDaily: { at: new Date(2026, 10, 28, 9, 30).getTime(), date: '2026-11-28', time: '09:30' },
    });
    expect(valueOf(await current.app.call('backups:update-settings', { keep: 3 }))).toMatchObject({ keep: 3 });
    const made: BackupInfo[] = [];
    for (let minute = 0; minute < 5; minute += 1) {
      current.app.setNow(new Date(2026, 10, 27, 11, minute).getTime());
      made.push(valueOf(await current.app.call('backups:create', {})));
    }
    const names = valueOf(await current.app.call('backups:list', {})).map((b) => b.name);
    expect(names).toEqual(
      made
        .slice(-3)
        .reverse()
        .map((b) => b.name),
    );

    const refused = await current.app.call('backups:update-settings', { keep: 1 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    // The setting lives in the database and is audited like any change.
    expect(
      current.app.ctx.db
        .prepare("SELECT operation FROM audit_log WHERE entity = 'settings' AND entity_id = 'backup.keep'")
        .all(),
    ).toEqual([{ operation: 'update' }]);
  });

  it('names two backups in the same minute apart', async () => {
    const a = valueOf(await current.app.call('backups:create', {}));
    const b = valueOf(await current.app.call('backups:create', {}));
    expect([a.name, b.name]).toEqual(['risalah-2026-11-27-0930-manual.db', 'risalah-2026-11-27-0930-manual-2.db']);
    expect(valueOf(await current.app.call('backups:list', {}))[0]?.name).toBe(b.name);
  });

  it('refuses a second backup while one is running, without waiting', async () => {
    const running = current.app.call('backups:create', {});
    const second = await current.app.call('backups:create', {});
    expect(second).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect((await running).ok).toBe(true);
  });

  it('copies before a migration into the same folder, named and pruned like the others', async () => {
    valueOf(await current.app.call('backups:update-settings', { keep: 3 }));
    for (let minute = 0; minute < 3; minute += 1) {
      current.app.setNow(new Date(2026, 10, 27, 11, minute).getTime());
      valueOf(await current.app.call('backups:create', {}));
    }
    current.app.store.close();
    const next: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'next',
      up: (db) => db.exec('CREATE TABLE extra (id TEXT) STRICT'),
    };
    const upgraded = openDatabase(current.app.file, { migrations: [...MIGRATIONS, next] });
    upgraded.db.close();
    const names = readdirSync(join(current.dir, 'backups'));
    expect(names).toHaveLength(3);
    expect(
      names.filter((name) => /^risalah-\d{4}-\d{2}-\d{2}-\d{4}-sebelum-migrasi-v\d+\.db$/.test(name)),
    ).toHaveLength(1);
  });
});
