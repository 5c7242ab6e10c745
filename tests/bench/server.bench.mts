// Risalah Server at the scale-1 registry (issue 20), printed, not asserted:
//   RISALAH_TEST_PG=postgres://risalah:risalah@127.0.0.1:5432/postgres node --import tsx tests/bench/server.bench.mts [--load-seconds 60]
// 1. a fresh client's full pull (all pages) side by side with `pg_dump -t … | psql` of the same tables;
// 2. one incremental pull of 100 changes;
// 3. 50 clients pulling every 10 s while 5 OPD accounts post updates: p95 of a pull and of a post,
//    and every posted update present once in every client's pulled set.
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { hashPassword } from '../../server/auth/passwords';
import { percentile } from './stats';
import { loadRegistry, ownersOfUnit, SCALE_1 } from './server/registryLoad';
import { SYNC_ENTITIES } from '../../shared/domain/sync';

const ROOT = join(import.meta.dirname, '../..');
const BASE_URL = process.env['RISALAH_TEST_PG'];
if (!BASE_URL) throw new Error('RISALAH_TEST_PG is required (a role that may create databases).');
const args = process.argv.slice(2);
const LOAD_SECONDS = Number(args[args.indexOf('--load-seconds') + 1] ?? 60) || 60;
const PASSWORD = 'bench-sandi-panjang-1';
// --small: a quick check of the script itself, not a figure.
const SIZE = args.includes('--small')
  ? { units: 10, people: 50, series: 5, meetings: 100, commitmentsPerMeeting: 10 }
  : SCALE_1;

const dbUrl = (name: string): string => Object.assign(new URL(BASE_URL), { pathname: `/${name}` }).toString();
const admin = async (sql: string): Promise<void> => {
  const client = new pg.Client({ connectionString: BASE_URL });
  await client.connect();
  await client.query(sql);
  await client.end();
};
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

async function startServer(url: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'server/main.ts'), '--database', url, '--port', '0'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /Risalah Server: (http:\/\/[\d.:]+)\//.exec(chunk.toString());
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return { child, base };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies are read field by field, as the protocol says
async function api(base: string, method: string, path: string, token: string | null, body?: unknown): Promise<any> {
  const response = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(payload)}`);
  return payload;
}

const login = async (base: string, username: string): Promise<string> =>
  (await api(base, 'POST', '/login', null, { username, password: PASSWORD })).token;

type Pulled = { seq: number; entity: string; id: string };
async function pullAll(
  base: string,
  token: string,
  since: number,
): Promise<{ changes: Pulled[]; last: number; pages: number }> {
  const changes: Pulled[] = [];
  let cursor = since;
  let pages = 0;
  for (;;) {
    const page = await api(base, 'GET', `/sync/pull?since=${cursor}&limit=1000`, token);
    for (const change of page.changes) changes.push({ seq: change.seq, entity: change.entity, id: change.id });
    cursor = page.last_seq;
    pages++;
    if (!page.more) return { changes, last: cursor, pages };
  }
}

async function main(): Promise<void> {
  const name = `risalah_bench_${randomBytes(4).toString('hex')}`;
  const copy = `${name}_dump`;
  await admin(`CREATE DATABASE ${name}`);
  await admin(`CREATE DATABASE ${copy}`);
  const server = await startServer(dbUrl(name));
  const db = new pg.Client({ connectionString: dbUrl(name) });
  await db.connect();
  try {
    const hash = await hashPassword(PASSWORD);
    const insert = async (username: string, role: string, unitId: string | null): Promise<string> =>
      (
        await db.query(
          'INSERT INTO accounts (username, display_name, role, unit_id, password_hash) VALUES ($1, $1, $2, $3, $4) RETURNING id',
          [username, role, unitId, hash],
        )
      ).rows[0].id;
    const secretaryId = await insert('sekretaris', 'secretary', null);
    let started = performance.now();
    await loadRegistry(db, secretaryId, SIZE);
    const counts = (
      await db.query(`SELECT ${SYNC_ENTITIES.map((e) => `(SELECT count(*) FROM ${e}) AS ${e}`).join(', ')}`)
    ).rows[0];
    console.log(`load: ${JSON.stringify(counts)} in ${seconds(performance.now() - started)}`);
    const size = (await db.query('SELECT pg_size_pretty(pg_database_size(current_database())) AS size')).rows[0].size;
    console.log(`database size: ${size}`);

    // 1. A fresh client's full pull vs the physical copy of the same tables.
    const token = await login(server.base, 'sekretaris');
    started = performance.now();
    const full = await pullAll(server.base, token, 0);
    const fullMs = performance.now() - started;
    const tables = SYNC_ENTITIES.map((entity) => `-t ${entity}`).join(' ');
    started = performance.now();
    execSync(`pg_dump --no-owner ${tables} '${dbUrl(name)}' | psql -q -o /dev/null '${dbUrl(copy)}'`, {
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    const dumpMs = performance.now() - started;
    console.log(
      `full pull: ${full.changes.length} changes in ${full.pages} pages: ${seconds(fullMs)} ` +
        `(${Math.round(full.changes.length / (fullMs / 1000))} rows/s); pg_dump | psql of the same tables: ${seconds(dumpMs)}; ratio ${(fullMs / dumpMs).toFixed(2)}x`,
    );

    // 2. One incremental pull of 100 changes (pushed by another secretary's app).
    await insert('sekretaris2', 'secretary', null);
    const other = await login(server.base, 'sekretaris2');
    const { owners } = await ownersOfUnit(db, 1, 100);
    const today = new Date().toISOString().slice(0, 10);
    const rows = owners.map((ownerId) => ({
      entity: 'commitment_updates',
      id: randomUUID(),
      base_seq: null,
      row: {
        id: '',
        owner_id: ownerId,
        reported_on: today,
        status: 'PROSES',
        progress_text: 'Bench',
        percent: 10,
        evidence_json: '[]',
        meeting_id: null,
        created_at: 1,
        updated_at: 1,
        status_reason: '',
      },
    }));
    for (const change of rows) change.row.id = change.id;
    started = performance.now();
    await api(server.base, 'POST', '/sync/push', other, { client_id: randomUUID(), changes: rows });
    const pushMs = performance.now() - started;
    started = performance.now();
    const incremental = await pullAll(server.base, token, full.last);
    console.log(
      `push of 100 updates: ${pushMs.toFixed(0)} ms; incremental pull: ${incremental.changes.length} changes in ${(performance.now() - started).toFixed(0)} ms`,
    );

    // 3. 50 clients pulling every 10 s while 5 OPD accounts post updates.
    const opd: Array<{ token: string; owners: string[] }> = [];
    for (let unit = 2; unit <= 6; unit++) {
      const { unitId, owners: unitOwners } = await ownersOfUnit(db, unit, 200);
      await insert(`opd${unit}`, 'opd', unitId);
      opd.push({ token: await login(server.base, `opd${unit}`), owners: unitOwners });
    }
    const clients = await Promise.all(
      Array.from({ length: 50 }, async () => ({
        token: await login(server.base, 'sekretaris'),
        cursor: incremental.last,
        updates: new Map<string, number>(),
      })),
    );
    const pullTimes: number[] = [];
    const postTimes: number[] = [];
    const posted: string[] = [];
    const end = Date.now() + LOAD_SECONDS * 1000;
    const pullOnce = async (client: (typeof clients)[number]): Promise<void> => {
      const t0 = performance.now();
      const got = await pullAll(server.base, client.token, client.cursor);
      pullTimes.push(performance.now() - t0);
      client.cursor = got.last;
      for (const change of got.changes) {
        if (change.entity === 'commitment_updates')
          client.updates.set(change.id, (client.updates.get(change.id) ?? 0) + 1);
      }
    };
    const clientLoop = async (client: (typeof clients)[number], index: number): Promise<void> => {
      await new Promise((resolve) => setTimeout(resolve, (index * 10_000) / clients.length));
      while (Date.now() < end) {
        await pullOnce(client);
        await new Promise((resolve) => setTimeout(resolve, 10_000));
      }
    };
    const opdLoop = async (account: (typeof opd)[number]): Promise<void> => {
      let n = 0;
      while (Date.now() < end) {
        const ownerId = account.owners[n++ % account.owners.length]!;
        const id = randomUUID();
        const t0 = performance.now();
        await api(server.base, 'POST', `/portal/items/${ownerId}/updates`, account.token, {
          id,
          reported_on: today,
          status: n % 5 === 0 ? 'SELESAI' : 'PROSES',
          progress_text: `Laporan ${n}`,
          percent: n % 100,
          evidence: [],
        });
        postTimes.push(performance.now() - t0);
        posted.push(id);
        await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 1000));
      }
    };
    await Promise.all([...clients.map(clientLoop), ...opd.map(opdLoop)]);
    for (const client of clients) await pullOnce(client);
    const postedSet = new Set(posted);
    const broken = clients.filter(
      (client) =>
        posted.some((id) => client.updates.get(id) !== 1) ||
        [...client.updates.keys()].some((id) => !postedSet.has(id)),
    ).length;
    console.log(
      `load ${LOAD_SECONDS} s: ${pullTimes.length} pulls p50 ${percentile(pullTimes, 50).toFixed(0)} ms p95 ${percentile(pullTimes, 95).toFixed(0)} ms; ` +
        `${postTimes.length} posts p50 ${percentile(postTimes, 50).toFixed(0)} ms p95 ${percentile(postTimes, 95).toFixed(0)} ms; ` +
        `every posted update present once in ${clients.length - broken}/${clients.length} clients`,
    );
  } finally {
    await db.end();
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
  }
}

await main();
