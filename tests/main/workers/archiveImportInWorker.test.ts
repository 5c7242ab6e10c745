import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebFileGateway } from '../../../electron/main/files/webFileGateway';
import { ReadWorkers } from '../../../electron/main/workers/readWorkers';
import type { Delivery } from '../../../shared/domain/files';
import { corruptTablePage, settle, valueOf } from '../backups/support';
import { useTestStores, type TestStore } from '../backups/testStores';
import { recordingRunner } from '../support/workersDb';

/*
 * Issue 15: reading an archive being imported (inflating, the SHA-256 check, writing the work
 * folder) runs in the export worker, not on the main thread. It must also work in recovery,
 * when the data file is damaged: the worker opens no connection for it.
 */
// Registered first so that it runs after the workers' hook: workers end before their stores close.
const stores = useTestStores('risalah-archive-worker-');
const workerSets: ReadWorkers[] = [];

afterEach(async () => {
  await Promise.all(workerSets.splice(0).map((workers) => workers.close()));
});

/** The target's context with real workers, recording which job ran in which lane. */
function withWorkers(app: TestStore, jobs: string[]): void {
  const workers = new ReadWorkers(() => app.file);
  workerSets.push(workers);
  Object.assign(app.ctx, { workers: recordingRunner(workers, jobs) });
}

async function archiveOfOneMeeting(): Promise<Buffer> {
  const source = await stores.fresh();
  valueOf(await source.call('meetings:create', { title: 'Rapat dari kantor lama', date: '2026-11-20', place: '' }));
  const delivery = valueOf(await source.call('backups:export-archive', {})) as Delivery;
  if (delivery.kind !== 'download') throw new Error('expected a download');
  const taken = (source.files as WebFileGateway).takeDownload(delivery.downloadId);
  if (!taken) throw new Error('download missing');
  return taken.bytes;
}

async function importInto(app: TestStore, bytes: Buffer) {
  const dataBase64 = bytes.toString('base64');
  const staged = valueOf(await app.call('files:upload', { purpose: 'archive', name: 'arsip.risalah', dataBase64 }));
  return app.call('backups:import-archive', { fileId: staged.fileId });
}

/** A fresh data folder on the morning of 2 December, its first backup made, with recording workers. */
async function freshTargetWithWorkers() {
  const target = await stores.fresh(new Date(2026, 11, 2, 8, 0).getTime());
  const jobs: string[] = [];
  withWorkers(target, jobs);
  return { target, jobs };
}

const titles = (app: TestStore) =>
  (app.ctx.db.prepare('SELECT title FROM meetings ORDER BY title').all() as Array<{ title: string }>).map(
    (meeting) => meeting.title,
  );

describe('archive import in the export worker', () => {
  it('unpacks and checks the archive in the worker, then swaps it in; no work folder is left', async () => {
    const bytes = await archiveOfOneMeeting();
    const { target, jobs } = await freshTargetWithWorkers();
    expect(await importInto(target, bytes)).toMatchObject({
      ok: true,
      value: { manifest: { schemaVersion: expect.any(Number) } },
    });
    expect(jobs).toEqual(['archive:unpack-archive']);
    expect(titles(target)).toEqual(['Rapat dari kantor lama']);
    expect(readdirSync(target.store.dataDir).filter((name) => name.startsWith('.impor-'))).toEqual([]);
  }, 60_000);

  it('refuses an altered archive in the worker with its Indonesian message, the data untouched', async () => {
    const bytes = await archiveOfOneMeeting();
    const { target, jobs } = await freshTargetWithWorkers();
    const broken = Buffer.from(bytes);
    broken[broken.length - 200] = (broken[broken.length - 200] ?? 0) ^ 0xff; // inside the zip's directory
    const result = await importInto(target, broken);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.message).toMatch(/Data Anda tidak diubah/);
    expect(jobs).toEqual(['archive:unpack-archive']);
    expect(titles(target)).toEqual([]);
    expect(readdirSync(target.store.dataDir).filter((name) => name.startsWith('.impor-'))).toEqual([]);
  }, 60_000);

  it('imports an archive in recovery, the damaged file replaced, through the worker', async () => {
    const bytes = await archiveOfOneMeeting();
    const dir = stores.folder();
    const first = stores.open(dir);
    await first.dailyBackup;
    settle(first.ctx.db);
    first.store.close();
    corruptTablePage(join(dir, 'risalah.db'), 'meetings');
    const damaged = readFileSync(join(dir, 'risalah.db'));
    const target = stores.open(dir, new Date(2026, 11, 2, 8, 0).getTime());
    await target.store.checked();
    expect(valueOf(await target.call('backups:health', {}))).toMatchObject({ state: 'recovery' });
    const jobs: string[] = [];
    withWorkers(target, jobs);
    expect(await importInto(target, bytes)).toMatchObject({ ok: true });
    expect(jobs).toEqual(['archive:unpack-archive']);
    expect(valueOf(await target.call('backups:health', {}))).toMatchObject({ state: 'ok' });
    expect(titles(target)).toEqual(['Rapat dari kantor lama']);
    expect(existsSync(join(dir, 'risalah.db'))).toBe(true);
    expect(readFileSync(join(dir, 'risalah.db')).equals(damaged)).toBe(false);
  }, 60_000);
});
