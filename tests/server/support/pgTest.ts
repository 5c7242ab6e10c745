import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { openPool, type Pool } from '../../../server/db/pool';
import { startServer, type RunningServer } from '../../../server/http/server';
import { hashPassword } from '../../../server/auth/passwords';
import { insertAccount, type Role } from '../../../server/store/accountsStore';

/**
 * Server tests need a real PostgreSQL: RISALAH_TEST_PG names a role that may create databases.
 * Without it they are skipped with the reason printed, except under CI, where skipping would hide
 * the whole server from the run: there they fail.
 */
export const TEST_PG = process.env['RISALAH_TEST_PG'] ?? '';

export function pgAvailable(): boolean {
  if (TEST_PG !== '') return true;
  if (process.env['CI'] === 'true') {
    throw new Error('RISALAH_TEST_PG tidak diisi di CI: .ci/run harus menyalakan PostgreSQL (docs/SERVER.md).');
  }
  console.warn('tests/server: RISALAH_TEST_PG is not set, so the PostgreSQL server tests are skipped.');
  return false;
}

export function databaseUrl(name: string): string {
  const url = new URL(TEST_PG);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh database for one test file, dropped with everything in it afterwards. */
export async function createTestDatabase(): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `risalah_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: databaseUrl(name),
    name,
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_PG });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export type TestServer = Readonly<{
  base: string;
  pool: Pool;
  logs: string[];
  running: RunningServer;
  dbUrl: string;
  dbName: string;
  /** The server's clock (real time while null): tests set it to cross a due date. */
  clock: { now: Date | null };
  close: () => Promise<void>;
}>;

export async function startTestServer(portalDir = '/nonexistent-portal'): Promise<TestServer> {
  const db = await createTestDatabase();
  const pool = openPool(db.url, 20);
  const logs: string[] = [];
  const clock: { now: Date | null } = { now: null };
  const running = await startServer({
    pool,
    port: 0,
    host: '127.0.0.1',
    portalDir,
    log: (entry) => logs.push(JSON.stringify(entry)),
    now: () => clock.now ?? new Date(),
  });
  return {
    base: `http://127.0.0.1:${running.port}`,
    pool,
    logs,
    running,
    dbUrl: db.url,
    dbName: db.name,
    clock,
    close: async () => {
      await running.close();
      await pool.end();
      await db.drop();
    },
  };
}

/** The password of the accounts the server tests make (long enough for the server's rule). */
export const TEST_PASSWORD = 'kata-sandi-yang-panjang-1';

export async function makeAccount(
  pool: Pool,
  username: string,
  role: Role,
  password: string,
  unitId: string | null = null,
): Promise<string> {
  const account = await insertAccount(pool, {
    username,
    display_name: username,
    role,
    unit_id: unitId,
    password_hash: await hashPassword(password),
  });
  return account.id;
}

export type Reply = Readonly<{ status: number; body: any; headers: Headers }>; // eslint-disable-line @typescript-eslint/no-explicit-any -- replies are checked field by field

export async function call(
  base: string,
  method: string,
  path: string,
  options: { token?: string; json?: unknown; body?: Buffer; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.body) body = new Uint8Array(options.body);
  const response = await fetch(`${base}${path}`, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    /* a file's bytes: kept as text */
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

export async function loginAs(base: string, username: string, password: string): Promise<string> {
  const reply = await call(base, 'POST', '/api/v1/login', { json: { username, password } });
  if (reply.status !== 200) throw new Error(`login ${username}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body.token as string;
}

/** An account made on the server and signed in: its token. */
export async function signIn(
  server: TestServer,
  username: string,
  role: Role,
  password: string,
  unitId: string | null = null,
): Promise<string> {
  await makeAccount(server.pool, username, role, password, unitId);
  return loginAs(server.base, username, password);
}

/**
 * Pushes rows as a desktop would (a fresh client id) and throws, naming the reply, unless the
 * server applied every one: the registry a test starts from.
 */
export async function pushRegistry(server: TestServer, token: string, changes: ReadonlyArray<unknown>): Promise<void> {
  const reply = await call(server.base, 'POST', '/api/v1/sync/push', {
    token,
    json: { client_id: randomUUID(), changes },
  });
  const outcomes = (reply.body?.results ?? []) as Array<{ outcome: string }>;
  if (reply.status !== 200 || outcomes.length !== changes.length || outcomes.some((r) => r.outcome !== 'applied'))
    throw new Error(`push: ${reply.status} ${JSON.stringify(reply.body)}`);
}

/** One file a report cites, by its hash (the bytes go up first, by PUT /api/v1/files/<sha256>). */
export type CitedFile = Readonly<{ sha256: string; name: string; size: number; mime: string }>;

/** The body of an OPD's progress report as the portal's form sends it: no evidence unless given. */
export function portalReport(
  reportedOn: string,
  status: string,
  text: string,
  more: Readonly<{ percent?: number; evidence?: ReadonlyArray<CitedFile> }> = {},
) {
  return { reported_on: reportedOn, status, progress_text: text, evidence: [], ...more };
}

/** An OPD's progress report on one of its items, through the portal's endpoint. */
export function postPortalReport(server: TestServer, token: string, ownerId: string, json: unknown): Promise<Reply> {
  return call(server.base, 'POST', `/api/v1/portal/items/${ownerId}/updates`, { token, json });
}
