import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../../electron/main/db/migrate';
import type { DataHealth } from '../../../shared/domain/backup';
import { generateArchive } from '../../bench/archiveGenerator';
import { corruptTablePage, dumpAll, settle, sha256Of, valueOf } from './support';
import { useFreshStoreEach } from './testStores';

const { stores, current } = useFreshStoreEach('risalah-integrity-', (app) =>
  generateArchive(app.ctx.db, { meetings: 15, sectionsPerMeeting: 3, wordsPerSection: 80, seed: 11 }),
);

describe('restore refuses what must not replace her data', () => {
  async function expectRefused(name: string, code: string, message: RegExp) {
    const before = dumpAll(current.app.ctx.db);
    const result = await current.app.call('backups:restore', { name });
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(dumpAll(current.app.ctx.db)).toEqual(before);
    // Nothing was backed up "before restore" either: the refusal came first.
    expect(readdirSync(join(current.dir, 'backups')).filter((n) => n.includes('sebelum-pemulihan'))).toEqual([]);
  }

  it('a corrupted backup', async () => {
    const good = valueOf(await current.app.call('backups:create', {}));
    copyFileSync(
      join(current.dir, 'backups', good.name),
      join(current.dir, 'backups', 'risalah-2026-11-27-0931-manual.db'),
    );
    corruptTablePage(join(current.dir, 'backups', 'risalah-2026-11-27-0931-manual.db'));
    await expectRefused('risalah-2026-11-27-0931-manual.db', 'CONFLICT', /rusak/);
  });

  it('a backup from a newer Risalah', async () => {
    const good = valueOf(await current.app.call('backups:create', {}));
    const newer = join(current.dir, 'backups', 'risalah-2026-11-27-0932-manual.db');
    copyFileSync(join(current.dir, 'backups', good.name), newer);
    const db = new Database(newer);
    db.pragma(`user_version = ${latestVersion() + 1}`);
    db.close();
    await expectRefused('risalah-2026-11-27-0932-manual.db', 'CONFLICT', /versi Risalah yang lebih baru/);
  });

  it('a file that is not a Risalah database, a missing one, and a path', async () => {
    writeFileSync(join(current.dir, 'backups', 'risalah-2026-11-27-0933-manual.db'), 'bukan basis data');
    await expectRefused('risalah-2026-11-27-0933-manual.db', 'CONFLICT', /rusak/);
    const other = new Database(join(current.dir, 'backups', 'risalah-2026-11-27-0934-manual.db'));
    other.exec('CREATE TABLE catatan (isi TEXT)');
    other.close();
    await expectRefused('risalah-2026-11-27-0934-manual.db', 'INVALID_INPUT', /bukan berkas data Risalah/);
    await expectRefused('risalah-2099-01-01-0000.db', 'NOT_FOUND', /tidak ditemukan/);
    await expectRefused('../risalah.db', 'INVALID_INPUT', /Nama cadangan tidak valid/);
  });
});

describe('integrity check at start', () => {
  it('detects a corrupted file, writes nothing to it, and offers the newest good backup', async () => {
    const good = valueOf(await current.app.call('backups:create', {}));
    const atBackup = dumpAll(current.app.ctx.db);
    current.app.ctx.db.prepare("UPDATE minute_sections SET content_text = 'pekerjaan setelah cadangan'").run();
    settle(current.app.store.connectionIfOpen as Database.Database);
    current.app.store.close();
    // A newer backup that is itself damaged must be passed over.
    const damagedBackup = join(current.dir, 'backups', 'risalah-2026-11-27-0945-manual.db');
    copyFileSync(join(current.dir, 'backups', good.name), damagedBackup);
    corruptTablePage(damagedBackup, 'meetings');

    corruptTablePage(current.app.file);
    const bytes = sha256Of(current.app.file);
    const wal = sha256Of(`${current.app.file}-wal`);

    current.app = stores.open(current.dir, new Date(2026, 10, 28, 8, 0).getTime());
    expect(await current.app.dailyBackup).toBeNull();
    const health = valueOf(await current.app.call('backups:health', {})) as DataHealth;
    expect(health).toMatchObject({
      state: 'recovery',
      dataFile: current.app.file,
      newestGoodBackup: { name: good.name },
    });
    if (health.state === 'recovery') expect(health.detail).toMatch(/btreeInitPage|malformed|Page/);

    // Every mutating (and every other) channel is refused with a clear message…
    for (const [channel, input] of [
      ['meetings:create', { title: 'Rakor', date: '2026-11-28', place: '' }],
      ['meetings:list', {}],
      ['search:query', { query: 'rapat' }],
      ['backups:create', {}],
      ['backups:update-settings', { keep: 5 }],
    ] as const) {
      const result = await current.app.call(channel, input as never);
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      if (!result.ok) expect(result.error.message).toMatch(/rusak.*Pulihkan dari cadangan/);
    }
    // …and the file is byte for byte what it was.
    expect(sha256Of(current.app.file)).toBe(bytes);
    expect(sha256Of(`${current.app.file}-wal`)).toBe(wal);
    expect(valueOf(await current.app.call('backups:list', {})).length).toBeGreaterThanOrEqual(2);

    const restored = valueOf(await current.app.call('backups:restore', { name: good.name }));
    expect(restored.previousBackup).toMatch(/^rusak\/risalah-2026-11-28-0800-sebelum-pemulihan\.db$/);
    expect(sha256Of(join(current.dir, 'backups', restored.previousBackup ?? ''))).toBe(bytes);
    expect(valueOf(await current.app.call('backups:health', {}))).toEqual({ state: 'ok' });
    expect(dumpAll(current.app.ctx.db)).toEqual(atBackup);
    expect(
      valueOf(
        await current.app.call('meetings:create', { title: 'Rakor setelah pemulihan', date: '2026-11-28', place: '' }),
      ).title,
    ).toBe('Rakor setelah pemulihan');
    // The damaged copy is kept aside, outside the list and the pruning.
    expect(valueOf(await current.app.call('backups:list', {})).map((b) => b.name)).not.toContain(
      restored.previousBackup,
    );
  });

  it('says so when no backup is good', async () => {
    settle(current.app.store.connectionIfOpen as Database.Database);
    current.app.store.close();
    rmSync(join(current.dir, 'backups'), { recursive: true, force: true });
    writeFileSync(current.app.file, Buffer.alloc(8192, 0x42));
    current.app = stores.open(current.dir);
    expect(valueOf(await current.app.call('backups:health', {}))).toMatchObject({
      state: 'recovery',
      newestGoodBackup: null,
    });
    expect(existsSync(join(current.dir, 'backups'))).toBe(false);
  });
});
