import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  outboxPage,
  readSyncState,
  rememberSeq,
  saveLink,
} from '../../../electron/main/repositories/syncStateRepository';
import { seedUnit } from '../support/followUpSeed';
import { openTestStore } from '../backups/support';

/* A restored backup must not push its old copy of shared rows over newer ones on the server. */

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('restore and the shared registry', () => {
  it('drops queued rows the server knew, keeps rows it never saw, and pulls everything again', async () => {
    dir = mkdtempSync(join(tmpdir(), 'risalah-sync-restore-'));
    const app = openTestStore(dir);
    await app.store.checked();
    await app.dailyBackup;
    const db = app.store.db;
    saveLink(
      db,
      {
        serverUrl: 'https://s',
        username: 'ani',
        account: { id: 'a', username: 'ani', display_name: 'Ani', role: 'secretary', unit_id: null },
      },
      1,
    );
    const known = seedUnit(db, 'Dinas Kesehatan');
    const fresh = seedUnit(db, 'Dinas Baru');
    rememberSeq(db, 'units', known, 40);
    db.prepare('UPDATE sync_state SET last_seq = 40').run();
    const made = await app.call('backups:create', {});
    if (!made.ok) throw new Error(made.error.message);

    const restored = await app.call('backups:restore', { name: made.value.name });
    if (!restored.ok) throw new Error(restored.error.message);
    const after = app.store.db;
    expect(outboxPage(after, 10).map((entry) => entry.rowId)).toEqual([fresh]);
    expect(readSyncState(after).lastSeq).toBe(0);
    app.store.close();
  });
});
