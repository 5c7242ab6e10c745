// Issue 20's measure, desktop side: `RISALAH_TEST_PG=postgres://... node --import tsx scripts/syncMeasure.ts --scale 0.05`.
// Seeds an archive (bigDataset.ts), approves every meeting (a documents row each, so the whole
// registry syncs), starts Risalah Server on a fresh database, then times: desktop A's first push of
// everything, a fresh desktop B's first sync (time to first usable sync), one incremental sync of
// 100 changes, and `pg_dump | psql` of the same tables as the physical reference. Prints JSON.
import { execSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type Db } from '../electron/main/db/connection';
import { generateBigDataset } from '../electron/main/services/seed/bigDataset';
import { createSyncEngine } from '../electron/main/sync/syncEngine';
import { memoryTokenStore } from '../electron/main/sync/tokenStore';
import { createTestDatabase, makeAccount } from '../tests/server/support/pgTest';
import { openPool } from '../server/db/pool';
import { startServer } from '../server/http/server';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '0.05' } } });
const scale = Number(values.scale);
const log = { info: () => undefined, error: (message: string, error?: unknown) => console.error(message, error) };
// Time spent waiting for the server, per endpoint: the rest of a sync is the desktop's own work.
const waited: Record<string, number> = {};
const timedFetch = (async (input: string | URL | Request, init?: RequestInit) => {
  const started = performance.now();
  try {
    return await fetch(input, init);
  } finally {
    const path = new URL(String(input)).pathname.replace(/\/files\/.*/, '/files');
    waited[path] = (waited[path] ?? 0) + (performance.now() - started) / 1000;
  }
}) as typeof fetch;
const seconds = (start: number) => Number(((performance.now() - start) / 1000).toFixed(2));

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'risalah-sync-measure-'));
  const open = (name: string): { db: Db; file: string } => {
    const file = join(root, name, 'risalah.db');
    execSync(`mkdir -p ${join(root, name)}`);
    return { db: openDatabase(file).db, file };
  };
  const a = open('a');
  let started = performance.now();
  const counts = generateBigDataset(a.db, { years: 10, scale, seed: 42 }, () => undefined);
  const seedSeconds = seconds(started);
  const insertDoc = a.db.prepare(
    `INSERT INTO documents (id, meeting_id, version, canonical_json, sha256, approved_at, approved_by, created_at)
     VALUES (?, ?, 1, '{"format":3}', 'x', 1, 'Wakil Bupati', 1)`,
  );
  a.db.transaction(() => {
    for (const row of a.db.prepare('SELECT id FROM meetings').all() as Array<{ id: string }>)
      insertDoc.run(randomUUID(), row.id);
  })();

  const database = await createTestDatabase();
  const pool = openPool(database.url, 20);
  const running = await startServer({
    pool,
    port: 0,
    host: '127.0.0.1',
    portalDir: '/nonexistent',
    log: () => undefined,
  });
  const base = `http://127.0.0.1:${running.port}`;
  await makeAccount(pool, 'ani', 'secretary', 'rahasia-ukur');
  await makeAccount(pool, 'budi', 'secretary', 'rahasia-ukur');
  const engine = (desktop: { db: Db; file: string }) =>
    createSyncEngine({
      db: () => desktop.db,
      dataFile: desktop.file,
      clientId: randomUUID(),
      tokens: memoryTokenStore(),
      log,
      fetch: timedFetch,
    });

  const syncA = engine(a);
  started = performance.now();
  await syncA.configure({ serverUrl: base, username: 'ani', password: 'rahasia-ukur' });
  await syncA.settled();
  const firstPushSeconds = seconds(started);
  const statusA = syncA.status();

  const b = open('b');
  const syncB = engine(b);
  started = performance.now();
  await syncB.configure({ serverUrl: base, username: 'budi', password: 'rahasia-ukur' });
  await syncB.settled();
  const freshClientSeconds = seconds(started);
  const pulled = (b.db.prepare('SELECT count(*) AS n FROM commitment_updates').get() as { n: number }).n;

  // 100 changes on A (progress text of 100 reports' owners' statuses), then A pushes and B pulls.
  const owners = a.db.prepare('SELECT id FROM commitment_owners LIMIT 100').all() as Array<{ id: string }>;
  const touch = a.db.prepare(
    `UPDATE commitment_owners SET status_reason = 'ukur', updated_at = updated_at + 1 WHERE id = ?`,
  );
  a.db.transaction(() => owners.forEach((row) => touch.run(row.id)))();
  started = performance.now();
  await syncA.syncNow();
  const incrementalPushSeconds = seconds(started);
  started = performance.now();
  await syncB.syncNow();
  const incrementalPullSeconds = seconds(started);

  const tables = 'units people series meetings documents commitments commitment_owners commitment_updates'
    .split(' ')
    .map((name) => `-t ${name}`)
    .join(' ');
  const copy = await createTestDatabase();
  started = performance.now();
  execSync(`pg_dump --no-owner ${tables} '${database.url}' | psql -q '${copy.url}' > /dev/null 2>&1 || true`, {
    shell: '/bin/bash',
  });
  const pgDumpSeconds = seconds(started);

  console.log(
    JSON.stringify({
      scale,
      counts,
      seedSeconds,
      firstPushSeconds,
      pushStatus: { pending: statusA.pending, lastError: statusA.lastError },
      freshClientSeconds,
      pulledReports: pulled,
      incrementalPushSeconds,
      incrementalPullSeconds,
      pgDumpSeconds,
      serverWaitSeconds: Object.fromEntries(Object.entries(waited).map(([path, s]) => [path, Number(s.toFixed(2))])),
    }),
  );
  syncA.stop();
  syncB.stop();
  await running.close();
  await pool.end();
  await database.drop();
  await copy.drop();
  a.db.close();
  b.db.close();
  rmSync(root, { recursive: true, force: true });
}

void main();
