import { beforeEach, describe, expect, it } from 'vitest';
import { cachedSqlTexts } from '../../../electron/main/repositories/statementCache';
import { heldChecker, valueOf } from './support';
import { useTestStores } from './testStores';

/*
 * After the start-up check the read-write connection replaces the read-only one that served her
 * first screens (AppDataStore.beginCheck). It takes the read-only one's prepared statements with
 * it (services/appDataStartup.ts), so the screen she opens next does not prepare them again.
 */
const stores = useTestStores('risalah-warm-swap-');
let dir: string;

beforeEach(async () => {
  dir = await stores.archived({ meetings: 4, sectionsPerMeeting: 2, wordsPerSection: 30, seed: 3 });
});

describe('the read-write connection after the start-up check', () => {
  it('already holds the statements the read-only one prepared for her first screens', async () => {
    const held = heldChecker();
    const app = stores.open(dir, new Date(2026, 10, 28, 8, 0).getTime(), held.checker);
    // Beranda's reminders and a search: both prepare through the per-connection cache.
    valueOf(await app.call('followup:reminders', {}));
    valueOf(await app.call('search:query', { query: 'rapat' }));
    const readOnly = app.store.db;
    const before = cachedSqlTexts(readOnly);
    expect(before.length).toBeGreaterThan(0);

    held.answer({ ok: true, schemaVersion: 0 });
    await app.store.checked();
    const writable = app.store.db;
    expect(writable).not.toBe(readOnly);
    expect(writable.readonly).toBe(false);
    // Before any call on the new connection: everything the old one had is prepared there.
    expect(cachedSqlTexts(writable)).toEqual(expect.arrayContaining([...before]));
  });

  it('a write sent during the check waits for the warm connection and lands once', async () => {
    const held = heldChecker();
    const app = stores.open(dir, new Date(2026, 10, 28, 8, 0).getTime(), held.checker);
    valueOf(await app.call('followup:reminders', {}));
    const create = app.call('units:create', {
      code: 'BPBD',
      name: 'Badan Penanggulangan Bencana Daerah',
      shortName: 'BPBD',
      kind: 'badan',
    });
    let landed = false;
    void create.then(() => (landed = true));
    for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(landed).toBe(false);
    held.answer({ ok: true, schemaVersion: 0 });
    expect(valueOf(await create)).toMatchObject({ code: 'BPBD' });
    expect(app.ctx.db.prepare(`SELECT count(*) FROM units WHERE code = 'BPBD'`).pluck().get()).toBe(1);
  });
});
