import { afterAll, describe, expect, it } from 'vitest';
import { AppDataStore, BUSY_REFUSAL } from '../../../electron/main/db/dataStore';
import { ReadWorkers } from '../../../electron/main/workers/readWorkers';
import { openTempDb } from '../support/tempDb';

/*
 * Before a restore or archive import replaces the data file, the worker threads' readers
 * close (Windows cannot rename over an open file): a search still running is refused with
 * the swap's message, and the next one starts a fresh worker on the new file.
 */
const temp = openTempDb();
const store = new AppDataStore(temp.file, temp.db, { state: 'ok' });
const workers = new ReadWorkers(() => temp.file);
store.onBeforeSwap(() => workers.release(BUSY_REFUSAL));
afterAll(async () => {
  await workers.close();
  temp.dispose();
});

describe('worker readers around a swap of the data file', () => {
  it('are ended before the swap runs, and start again afterwards', async () => {
    temp.db
      .prepare(
        "INSERT INTO meetings (id, title, date, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000001', 'Rapat', '2026-11-27', 1, 1)",
      )
      .run();
    const insert = temp.db.prepare(
      "INSERT INTO minute_sections (id, meeting_id, kind, position, content_text, created_at, updated_at) VALUES (?, '00000000-0000-4000-8000-000000000001', 'DISCUSSION', ?, ?, 1, 1)",
    );
    for (let i = 1; i <= 6; i += 1) insert.run(`10000000-0000-4000-8000-00000000000${i}`, i, 'kata '.repeat(100_000));
    await workers.run('search', 'search', { query: 'rapat' }); // the worker is up
    // Settled into a value at once: it is refused while the swap is awaited, before anyone looks.
    const running = workers.run('search', 'search', { query: 'kata' }).then(
      () => 'answered',
      (error: unknown) => error,
    );
    const ranWhileReleased: string[] = [];
    await store.exclusive('swap', async () => {
      ranWhileReleased.push('swap');
    });
    expect(await running).toMatchObject({ code: 'LOCKED', message: BUSY_REFUSAL });
    expect(ranWhileReleased).toEqual(['swap']);
    expect((await workers.run('search', 'search', { query: 'rapat' })).total).toBe(1);
  }, 60_000);
});
