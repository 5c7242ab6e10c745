import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/main/db/connection';
import { useWorkersDb } from '../support/workersDb';

/*
 * A restore or an archive import puts another file in place by rename while the search
 * worker holds a connection to the old one: the next search must read the new file.
 */
const world = useWorkersDb();
const { workers } = world;

function fileWithMeeting(path: string, title: string): void {
  const { db } = openDatabase(path);
  db.prepare(
    "INSERT INTO meetings (id, title, date, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000001', ?, '2026-11-27', 1, 1)",
  ).run(title);
  db.close();
}

describe('the search worker after the data file was replaced', () => {
  it('reads the file now at the path, not the one it opened first', async () => {
    world.temp.db.close();
    fileWithMeeting(world.temp.file, 'Rapat anggaran');
    expect((await workers.run('search', 'search', { query: 'anggaran' })).total).toBe(1);
    const replacement = join(world.temp.dir, 'pulihkan.db');
    fileWithMeeting(replacement, 'Rapat stunting');
    renameSync(replacement, world.temp.file);
    expect((await workers.run('search', 'search', { query: 'anggaran' })).total).toBe(0);
    expect((await workers.run('search', 'search', { query: 'stunting' })).total).toBe(1);
  }, 60_000);

  it('refuses new jobs once closed, instead of starting a worker during shutdown', async () => {
    await workers.close();
    await expect(workers.run('search', 'search', { query: 'stunting' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
