import type { Fetch } from '../../../../electron/main/sync/syncClient';

/*
 * Protocol v1 in memory, for the desktop's unit tests (the real server is tested against
 * PostgreSQL in tests/server and tests/main/sync/registrySync.pg.test.ts): one sequence, the
 * later push wins and the loser is kept, reports are insert-once, pull answers each row's
 * latest state. `offline` makes every request fail as an unreachable host does.
 */

type Stored = { row: Record<string, unknown> | null; seq: number; by: string };
type Lost = { row: Record<string, unknown> | null; by: string; seq: number; wonSeq: number };

export type FakeServer = {
  fetch: Fetch;
  offline: boolean;
  rows: Map<string, Stored>;
  files: Map<string, Buffer>;
  conflicts: Array<Lost & { key: string }>;
  pushes: number;
  /** What an OPD's portal report does: a new report row at the next sequence. */
  addRow: (entity: string, row: Record<string, unknown>, by: string) => number;
};

export function createFakeServer(accounts: Record<string, string> = { sekretariat: 'rahasia', dinas: 'rahasia' }) {
  let seq = 0;
  const tokens = new Map<string, string>();
  const server: FakeServer = {
    offline: false,
    rows: new Map(),
    files: new Map(),
    conflicts: [],
    pushes: 0,
    addRow: (entity, row, by) => {
      seq += 1;
      server.rows.set(`${entity}/${String(row['id'])}`, { row, seq, by });
      return seq;
    },
    fetch: (async (input: string | URL | Request, init?: RequestInit) => {
      if (server.offline) throw new TypeError('fetch failed');
      const url = new URL(String(input));
      const method = init?.method ?? 'GET';
      const path = url.pathname.replace(/^\/api\/v1/, '');
      const reply = (status: number, body: unknown) =>
        new Response(body === null ? null : JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json' },
        });
      if (method === 'POST' && path === '/login') {
        const { username, password } = JSON.parse(String(init?.body)) as { username: string; password: string };
        if (accounts[username] !== password)
          return reply(401, { error: { code: 'INVALID_LOGIN', message: 'Nama pengguna atau kata sandi salah.' } });
        const token = `t-${username}-${String(tokens.size)}`;
        tokens.set(token, username);
        return reply(200, {
          token,
          expires_at: '2026-12-31T00:00:00Z',
          account: { id: `a-${username}`, username, display_name: username, role: 'secretary', unit_id: null },
        });
      }
      const auth = new Headers(init?.headers).get('authorization')?.replace('Bearer ', '') ?? '';
      const me = tokens.get(auth);
      if (!me) return reply(401, { error: { code: 'UNAUTHENTICATED', message: 'Sesi berakhir. Silakan masuk lagi.' } });
      if (method === 'POST' && path === '/logout') {
        tokens.delete(auth);
        return reply(204, null);
      }
      if (path.startsWith('/files/')) {
        const sha = path.slice('/files/'.length);
        if (method === 'PUT') {
          server.files.set(sha, Buffer.from(await (init?.body as Blob).arrayBuffer()));
          return reply(201, {});
        }
        const bytes = server.files.get(sha);
        return bytes ? new Response(new Uint8Array(bytes)) : reply(404, { error: { code: 'NOT_FOUND', message: 'x' } });
      }
      if (method === 'POST' && path === '/sync/push') {
        server.pushes += 1;
        const body = JSON.parse(String(init?.body)) as {
          changes: Array<{ entity: string; id: string; row: Record<string, unknown> | null; base_seq: number | null }>;
        };
        const results = body.changes.map((change) => {
          const key = `${change.entity}/${change.id}`;
          const existing = server.rows.get(key);
          if (change.entity === 'commitment_updates' && existing)
            return { entity: change.entity, id: change.id, outcome: 'duplicate', seq: existing.seq };
          seq += 1;
          let outcome = 'applied';
          if (existing && existing.seq !== change.base_seq) {
            outcome = 'conflict';
            server.conflicts.push({ key, row: existing.row, by: existing.by, seq: existing.seq, wonSeq: seq });
          }
          server.rows.set(key, { row: change.row, seq, by: me });
          return { entity: change.entity, id: change.id, outcome, seq };
        });
        return reply(200, { results, last_seq: seq });
      }
      if (method === 'GET' && path === '/sync/pull') {
        const since = Number(url.searchParams.get('since'));
        const limit = Number(url.searchParams.get('limit'));
        const newer = [...server.rows.entries()]
          .filter(([, stored]) => stored.seq > since)
          .sort((a, b) => a[1].seq - b[1].seq);
        const page = newer.slice(0, limit).map(([key, stored]) => {
          const [entity, id] = key.split('/') as [string, string];
          const lost = server.conflicts.find((entry) => entry.key === key && entry.wonSeq === stored.seq);
          return {
            seq: stored.seq,
            entity,
            id,
            row: stored.row,
            by: stored.by,
            ...(lost ? { replaced: { row: lost.row, by: lost.by, seq: lost.seq } } : {}),
          };
        });
        return reply(200, {
          changes: page,
          last_seq: page.length > 0 ? (page[page.length - 1]?.seq ?? since) : since,
          more: newer.length > limit,
        });
      }
      return reply(404, { error: { code: 'NOT_FOUND', message: 'Tidak ditemukan.' } });
    }) as Fetch,
  };
  return server;
}
