import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/main/db/connection';
import { ReadWorkers } from '../../../electron/main/workers/readWorkers';
import { openTempDb } from '../support/tempDb';

/*
 * A restore or an archive import puts another file in place by rename while the search
 * worker holds a connection to the old one: the next search must read the new file.
 */
const temp = openTempDb();
const workers = new ReadWorkers(() => temp.file);
afterAll(async () => {
  await workers.close();
  temp.dispose();
});

function fileWithMeeting(path: string, title: string): void {
  const { db } = openDatabase(path);
  db.prepare(
    "INSERT INTO meetings (id, title, date, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000001', ?, '2026-11-27', 1, 1)",
  ).run(title);
  db.close();
}

describe('the search worker after the data file was replaced', () => {
  it('reads the file now at the path, not the one it opened first', async () => {
    temp.db.close();
    fileWithMeeting(temp.file, 'Rapat anggaran');
    expect((await workers.run('search', 'search', { query: 'anggaran' })).total).toBe(1);
    const replacement = join(temp.dir, 'pulihkan.db');
    fileWithMeeting(replacement, 'Rapat stunting');
    renameSync(replacement, temp.file);
    expect((await workers.run('search', 'search', { query: 'anggaran' })).total).toBe(0);
    expect((await workers.run('search', 'search', { query: 'stunting' })).total).toBe(1);
  }, 60_000);

  it('refuses new jobs once closed, instead of starting a worker during shutdown', async () => {
    await workers.close();
    await expect(workers.run('search', 'search', { query: 'stunting' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
