import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { followUpCounterDrift } from '../../../electron/main/db/followUpCounters';
import { latestVersion } from '../../../electron/main/db/migrate';
import { checkInWorker, type FileChecker } from '../../../electron/main/db/backgroundCheck';
import { RECOVERY_REFUSAL } from '../../../electron/main/db/dataStore';
import { corruptTablePage, heldChecker, sha256Of, valueOf } from './support';
import { useTestStores } from './testStores';

/*
 * The start-up check of an existing file runs in the background (services/appDataStartup.ts):
 * her first screens are read while it runs, nothing is written until its verdict, and a
 * damaged file still goes to recovery untouched.
 */
const stores = useTestStores('risalah-startup-check-');
let dir: string;

const settled = async <T>(promise: Promise<T>): Promise<boolean> => {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
  return done;
};

beforeEach(async () => {
  dir = await stores.archived({ meetings: 6, sectionsPerMeeting: 2, wordsPerSection: 40, seed: 5 });
});

function reopen(checker?: FileChecker) {
  const app = stores.open(dir, new Date(2026, 10, 28, 8, 0).getTime(), checker);
  return app;
}

describe('start-up check in the background', () => {
  it('answers reads at once, holds writes until the file is known sound, then writes them', async () => {
    const held = heldChecker();
    const app = reopen(held.checker);
    expect(app.store.checking).toBe(true);
    const meetings = valueOf(await app.call('meetings:list', {}));
    expect(meetings.length).toBe(6);

    const create = app.call('units:create', {
      code: 'DINKES',
      name: 'Dinas Kesehatan',
      shortName: 'Dinkes',
      kind: 'dinas',
    });
    const health = app.call('backups:health', {});
    expect(await settled(create)).toBe(false);
    expect(await settled(health)).toBe(false);

    held.answer({ ok: true, schemaVersion: 0 });
    expect(valueOf(await create)).toMatchObject({ name: 'Dinas Kesehatan' });
    expect(valueOf(await health)).toEqual({ state: 'ok' });
    expect(app.store.checking).toBe(false);
    expect(app.ctx.db.prepare(`SELECT count(*) FROM units WHERE code = 'DINKES'`).pluck().get()).toBe(1);
    // The day's backup waits for the verdict too.
    expect(await app.dailyBackup).toMatchObject({ reason: 'harian' });
  });

  it('the first minutes:get of a meeting answers at once during the check: its sections were made with it', async () => {
    const first = reopen();
    await first.store.checked();
    const created = valueOf(
      await first.call('meetings:create', { title: 'Rakor Kepala OPD Desember', date: '2026-12-10', place: 'Aula' }),
    );
    first.store.close();
    const held = heldChecker();
    const app = reopen(held.checker);
    const minutes = app.call('minutes:get', { meetingId: created.id });
    expect(await settled(minutes)).toBe(true);
    expect(valueOf(await minutes).sections.map((section) => section.kind)).toEqual([
      'OPENING',
      'CONCLUSION',
      'CLOSING',
    ]);
    held.answer({ ok: true, schemaVersion: 0 });
  });

  it('a bad verdict: held writes are refused, the file is left byte for byte, the app is in recovery', async () => {
    const before = sha256Of(join(dir, 'risalah.db'));
    const held = heldChecker();
    const app = reopen(held.checker);
    const create = app.call('units:create', {
      code: 'DINSOS',
      name: 'Dinas Sosial',
      shortName: 'Dinsos',
      kind: 'dinas',
    });
    held.answer({ ok: false, problem: 'corrupt', detail: 'Page 7: btreeInitPage() returns error code 11' });
    const refused = await create;
    expect(refused).toMatchObject({ ok: false, error: { code: 'LOCKED', message: RECOVERY_REFUSAL } });
    expect(valueOf(await app.call('backups:health', {}))).toMatchObject({
      state: 'recovery',
      detail: expect.stringMatching(/btreeInitPage/),
    });
    expect(await app.dailyBackup).toBeNull();
    app.store.close();
    expect(sha256Of(join(dir, 'risalah.db'))).toBe(before);
    // A read-only connection may leave an empty WAL beside the file, never a frame in it.
    const wal = join(dir, 'risalah.db-wal');
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
  });

  it('the worker finds a damaged page, and a sound file passes', async () => {
    const file = join(dir, 'risalah.db');
    await expect(checkInWorker(file)).resolves.toMatchObject({ ok: true });
    corruptTablePage(file);
    const verdict = await checkInWorker(file);
    expect(verdict.ok).toBe(false);
    const app = reopen();
    expect(valueOf(await app.call('backups:health', {}))).toMatchObject({ state: 'recovery' });
  });

  it('the worker compares the follow-up counters too; a drift is rebuilt once the file is known sound', async () => {
    const file = join(dir, 'risalah.db');
    await expect(checkInWorker(file)).resolves.toEqual({ ok: true, schemaVersion: latestVersion(), counterDrift: 0 });
    const edit = new Database(file);
    const unit = edit.prepare('SELECT id FROM units LIMIT 1').get() as { id: string } | undefined;
    const unitId = unit?.id ?? 'u-drift';
    if (!unit)
      edit.prepare(`INSERT INTO units (id, name, created_at, updated_at) VALUES (?, 'Dinas X', 1, 1)`).run(unitId);
    edit.prepare(`INSERT INTO follow_up_due_counts (unit_id, due_date, open) VALUES (?, '2030-01-01', 4)`).run(unitId);
    edit.close();
    await expect(checkInWorker(file)).resolves.toMatchObject({ ok: true, counterDrift: 1 });
    const app = reopen(checkInWorker);
    await app.dailyBackup;
    expect(followUpCounterDrift(app.store.db)).toBe(0);
  });
});
