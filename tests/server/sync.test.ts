import { createHash, randomUUID } from 'node:crypto';
import { call, loginAs, signIn, pgAvailable, portalReport, postPortalReport, TEST_PASSWORD } from './support/pgTest';
import { useTestServer } from './support/useTestServer';
import { change, commitmentRow, registryFixture, unitRow, updateRow, type Change } from './support/registryRows';

type Result = { entity: string; id: string; outcome: string; seq: number | null; code?: string };
type Pulled = {
  seq: number;
  entity: string;
  id: string;
  row: Record<string, unknown> | null;
  by: string;
  replaced?: { row: Record<string, unknown> | null; by: string; seq: number };
};

describe.runIf(pgAvailable())('sync push and pull', () => {
  const server = useTestServer();
  const fixture = registryFixture();
  let tokenA: string;
  let tokenB: string;
  let admin: string;
  const clientA = randomUUID();

  async function push(
    token: string,
    changes: Change[],
    clientId = clientA,
  ): Promise<{ results: Result[]; last_seq: number }> {
    const reply = await call(server.base, 'POST', '/api/v1/sync/push', {
      token,
      json: { client_id: clientId, changes },
    });
    expect(reply.status).toBe(200);
    return reply.body;
  }

  async function pullAll(
    token: string,
    since = 0,
    limit = 1000,
  ): Promise<{ changes: Pulled[]; last_seq: number; pages: number }> {
    const changes: Pulled[] = [];
    let cursor = since;
    let pages = 0;
    for (;;) {
      const reply = await call(server.base, 'GET', `/api/v1/sync/pull?since=${cursor}&limit=${limit}`, { token });
      expect(reply.status).toBe(200);
      changes.push(...reply.body.changes);
      cursor = reply.body.last_seq;
      pages++;
      if (!reply.body.more) return { changes, last_seq: cursor, pages };
    }
  }

  beforeAll(async () => {
    tokenA = await signIn(server, 'sekretaris-a', 'secretary', TEST_PASSWORD);
    tokenB = await signIn(server, 'sekretaris-b', 'secretary', TEST_PASSWORD);
    admin = await signIn(server, 'admin', 'admin', TEST_PASSWORD);
  });

  it('refuses a child before its parent, then applies parents first', async () => {
    const early = await push(tokenA, [fixture.changes.find((c) => c.entity === 'commitment_owners')!]);
    expect(early.results[0]).toMatchObject({ outcome: 'refused', code: 'MISSING_PARENT', seq: null });
    const owners = await server.pool.query('SELECT count(*)::int AS n FROM commitment_owners');
    expect(owners.rows[0].n).toBe(0);
    const reply = await push(tokenA, fixture.changes);
    expect(reply.results.map((r) => r.outcome)).toEqual(fixture.changes.map(() => 'applied'));
    expect(reply.last_seq).toBe(reply.results.at(-1)!.seq);
  });

  it('numbers every write from one server-wide sequence, in push order across tables', async () => {
    const { changes } = await pullAll(tokenB);
    const seqs = changes.map((c) => c.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(changes.map((c) => c.entity)).toEqual(fixture.changes.map((c) => c.entity));
    expect(changes.every((c) => c.by === 'sekretaris-a')).toBe(true);
    // Paged three at a time: the same changes, once each.
    const paged = await pullAll(tokenB, 0, 3);
    expect(paged.changes.map((c) => c.seq)).toEqual(seqs);
    expect(paged.pages).toBe(Math.ceil(seqs.length / 3));
    const tail = await pullAll(tokenB, seqs[4]!);
    expect(tail.changes.map((c) => c.seq)).toEqual(seqs.slice(5));
  });

  it('gives back an approved snapshot byte for byte', async () => {
    const { changes } = await pullAll(tokenB);
    const document = changes.find((c) => c.entity === 'documents')!;
    expect(document.row!['canonical_json']).toBe(fixture.canonical);
    const sent = fixture.changes.find((c) => c.entity === 'documents')!.row!;
    expect(document.row).toEqual(sent);
    const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    expect(digest(document.row!['canonical_json'] as string)).toBe(digest(fixture.canonical));
    const stored = await server.pool.query('SELECT canonical_json FROM documents WHERE id = $1', [
      fixture.ids.document,
    ]);
    expect(Buffer.from(stored.rows[0].canonical_json, 'utf8').equals(Buffer.from(fixture.canonical, 'utf8'))).toBe(
      true,
    );
  });

  it('applies the later edit of a commitment, records the overwritten one and shows it in pull', async () => {
    const { changes } = await pullAll(tokenA);
    const seen = changes.find((c) => c.id === fixture.ids.commitmentA)!.seq;
    const laptop = commitmentRow(fixture.ids.commitmentA, fixture.ids.meeting, 'Teks dari laptop', '2026-11-25');
    const office = commitmentRow(fixture.ids.commitmentA, fixture.ids.meeting, 'Teks dari PC kantor', '2026-11-30');
    const first = await push(tokenA, [change('commitments', laptop, seen)]);
    expect(first.results[0]!.outcome).toBe('applied');
    // The office PC last saw `seen` too: it loses nothing, the server keeps the laptop's version.
    const second = await push(admin, [change('commitments', office, seen)], randomUUID());
    expect(second.results[0]).toMatchObject({ outcome: 'conflict' });
    expect(second.results[0]!.seq).toBeGreaterThan(first.results[0]!.seq!);
    const recorded = await server.pool.query('SELECT * FROM sync_conflicts WHERE entity_id = $1', [
      fixture.ids.commitmentA,
    ]);
    expect(recorded.rows).toHaveLength(1);
    expect(recorded.rows[0]).toMatchObject({ lost_seq: first.results[0]!.seq, won_seq: second.results[0]!.seq });
    expect(recorded.rows[0].lost_row.text).toBe('Teks dari laptop');
    const pulled = await pullAll(tokenA, first.results[0]!.seq!);
    const record = pulled.changes.find((c) => c.id === fixture.ids.commitmentA)!;
    expect(record.row!['text']).toBe('Teks dari PC kantor');
    expect(record.by).toBe('admin');
    expect(record.replaced).toEqual({ row: laptop, by: 'sekretaris-a', seq: first.results[0]!.seq });
  });

  it('treats a resend of what the server holds as applied, not as a conflict', async () => {
    const unit = unitRow(randomUUID(), 'Bappeda');
    const first = await push(tokenA, [change('units', unit)]);
    const again = await push(tokenA, [change('units', unit)]);
    expect(again.results[0]).toEqual({ ...first.results[0], outcome: 'applied' });
  });

  it('keeps master data edits of two secretaries with the later one winning', async () => {
    const { changes } = await pullAll(tokenB);
    const unit = changes.find((c) => c.id === fixture.ids.unitB)!;
    const renamed = { ...unit.row!, name: 'Dinas Pendidikan dan Kebudayaan' };
    const byB = await push(tokenB, [change('units', renamed as never, unit.seq)], randomUUID());
    expect(byB.results[0]!.outcome).toBe('applied');
    const stale = { ...unit.row!, short_name: 'Disdik' };
    const byA = await push(tokenA, [change('units', stale as never, unit.seq)]);
    expect(byA.results[0]!.outcome).toBe('conflict');
    const pulled = (await pullAll(tokenB, byB.results[0]!.seq!)).changes.find((c) => c.id === fixture.ids.unitB)!;
    expect(pulled.replaced).toMatchObject({ by: 'sekretaris-b', seq: byB.results[0]!.seq });
  });

  it('refuses a secretary writing another secretary meeting, lets the admin', async () => {
    const mine = commitmentRow(randomUUID(), fixture.ids.meeting, 'Butir baru', null);
    const refused = await push(tokenB, [change('commitments', mine)], randomUUID());
    expect(refused.results[0]).toMatchObject({ outcome: 'refused', code: 'FORBIDDEN' });
    const tombstone = await push(tokenB, [{ entity: 'meetings', id: fixture.ids.meeting, row: null, base_seq: null }]);
    expect(tombstone.results[0]).toMatchObject({ outcome: 'refused', code: 'FORBIDDEN' });
    const byAdmin = await push(admin, [change('commitments', mine)], randomUUID());
    expect(byAdmin.results[0]!.outcome).toBe('applied');
  });

  it('keeps updates append-only: a resend or a changed copy is a duplicate, never an overwrite', async () => {
    const update = updateRow(fixture.ids.ownerA);
    const first = await push(tokenA, [change('commitment_updates', update)]);
    expect(first.results[0]!.outcome).toBe('applied');
    const resend = await push(tokenB, [change('commitment_updates', update)], randomUUID());
    expect(resend.results[0]).toMatchObject({ outcome: 'duplicate', seq: first.results[0]!.seq });
    const edited = await push(tokenA, [
      change('commitment_updates', { ...update, progress_text: 'diubah' }, first.results[0]!.seq),
    ]);
    expect(edited.results[0]!.outcome).toBe('duplicate');
    const deleted = await push(tokenA, [
      { entity: 'commitment_updates', id: update.id, row: null, base_seq: first.results[0]!.seq },
    ]);
    expect(deleted.results[0]!.outcome).toBe('duplicate');
    const stored = await server.pool.query('SELECT progress_text, deleted, seq FROM commitment_updates WHERE id = $1', [
      update.id,
    ]);
    expect(stored.rows).toEqual([{ progress_text: update.progress_text, deleted: false, seq: first.results[0]!.seq }]);
  });

  it('refuses an update whose evidence file is not uploaded, then takes it once it is', async () => {
    const bytes = Buffer.from('%PDF-1.7 foto kegiatan');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const update = updateRow(fixture.ids.ownerA, [{ kind: 'file', sha256, name: 'foto.pdf', size: bytes.length }]);
    const early = await push(tokenA, [change('commitment_updates', update)]);
    expect(early.results[0]).toMatchObject({ outcome: 'refused', code: 'MISSING_FILE' });
    const wrong = await call(server.base, 'PUT', `/api/v1/files/${sha256}`, {
      token: tokenA,
      body: Buffer.from('lain'),
    });
    expect(wrong.status).toBe(400);
    const upload = await call(server.base, 'PUT', `/api/v1/files/${sha256}`, {
      token: tokenA,
      body: bytes,
      headers: { 'content-type': 'application/pdf' },
    });
    expect(upload.status).toBe(201);
    expect((await call(server.base, 'PUT', `/api/v1/files/${sha256}`, { token: tokenB, body: bytes })).status).toBe(
      200,
    );
    expect((await push(tokenA, [change('commitment_updates', update)])).results[0]!.outcome).toBe('applied');
    const back = await call(server.base, 'GET', `/api/v1/files/${sha256}`, { token: tokenB });
    expect(back.headers.get('content-type')).toBe('application/pdf');
    expect(back.body).toBe(bytes.toString());
  });

  it('refuses an evidence file over 20 MB, a bad query and too many changes with a 4xx the client can read', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 7);
    const sha = createHash('sha256').update(big).digest('hex');
    const upload = await call(server.base, 'PUT', `/api/v1/files/${sha}`, { token: tokenA, body: big });
    expect([upload.status, upload.body.error.code]).toEqual([413, 'FILE_TOO_LARGE']);
    const query = await call(server.base, 'GET', '/api/v1/sync/pull?since=abc&limit=5000', { token: tokenA });
    expect([query.status, query.body.error.code]).toEqual([400, 'INVALID_INPUT']);
    const many = Array.from({ length: 501 }, () => change('units', unitRow(randomUUID(), 'x')));
    const tooMany = await call(server.base, 'POST', '/api/v1/sync/push', {
      token: tokenA,
      json: { client_id: clientA, changes: many },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toContain('Paling banyak 500 perubahan');
  });

  it('sends a tombstone as a null row and a second write of a row once, at its latest seq', async () => {
    const { last_seq: since } = await pullAll(tokenB);
    const extra = commitmentRow(randomUUID(), fixture.ids.meeting, 'Sementara', null);
    const created = await push(tokenA, [change('commitments', extra)]);
    const removed = await push(tokenA, [
      { entity: 'commitments', id: extra.id, row: null, base_seq: created.results[0]!.seq },
    ]);
    expect(removed.results[0]!.outcome).toBe('applied');
    const pulled = await pullAll(tokenB, since);
    const records = pulled.changes.filter((c) => c.id === extra.id);
    expect(records).toEqual([
      { seq: removed.results[0]!.seq, entity: 'commitments', id: extra.id, row: null, by: 'sekretaris-a' },
    ]);
  });

  it('brings an OPD portal report and the owner status it sets to the secretaries through pull', async () => {
    const opd = await signIn(server, 'dinkes', 'opd', TEST_PASSWORD, fixture.ids.unitA);
    const { last_seq: since } = await pullAll(tokenA);
    const id = randomUUID();
    const today = new Date().toISOString().slice(0, 10);
    const done = {
      id,
      reported_on: today,
      status: 'SELESAI',
      progress_text: 'Data balita selesai diverifikasi',
      percent: 100,
      evidence: [],
    };
    const report = await postPortalReport(server, opd, fixture.ids.ownerA, done);
    expect(report.status).toBe(201);
    expect(report.body).toMatchObject({
      id,
      owner_id: fixture.ids.ownerA,
      status: 'SELESAI',
      percent: 100,
      evidence_json: '[]',
    });
    // Sent again with the same id (a retry after a lost answer): 200, and pulled once below.
    const again = await postPortalReport(server, opd, fixture.ids.ownerA, done);
    expect(again.status).toBe(200);
    const pulled = await pullAll(tokenA, since);
    expect(pulled.changes.map((c) => [c.entity, c.id, c.by])).toEqual([
      ['commitment_updates', id, 'dinkes'],
      ['commitment_owners', fixture.ids.ownerA, 'dinkes'],
    ]);
    expect(pulled.changes[1]!.row).toMatchObject({ status: 'SELESAI' });
    const open = await call(server.base, 'GET', '/api/v1/portal/items?status=open', { token: opd });
    expect(open.body.items).toEqual([]);
    const all = await call(server.base, 'GET', '/api/v1/portal/items?status=all', { token: opd });
    expect(all.body.items[0].updates[0]).toMatchObject({
      id,
      status: 'SELESAI',
      progress_text: 'Data balita selesai diverifikasi',
    });
  });

  it('checks a report date against the meeting and today', async () => {
    const opd = await loginAs(server.base, 'dinkes', TEST_PASSWORD);
    const early = await postPortalReport(server, opd, fixture.ids.ownerA, portalReport('2026-10-01', 'PROSES', 'x'));
    expect(early.status).toBe(400);
    expect(early.body.error.message).toMatch(/lebih awal dari rapat/);
  });
});
