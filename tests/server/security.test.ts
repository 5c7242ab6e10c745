import { createHash } from 'node:crypto';
import {
  call,
  loginAs,
  pgAvailable,
  portalReport,
  postPortalReport,
  pushRegistry,
  signIn,
  TEST_PASSWORD,
} from './support/pgTest';
import { useTestServer } from './support/useTestServer';
import { change, registryFixture, updateRow } from './support/registryRows';

/** A PROSES report that cites one PDF by its hash. */
const reportCitingPdf = (
  reportedOn: string,
  text: string,
  pdf: Readonly<{ sha256: string; name: string; size: number }>,
) => portalReport(reportedOn, 'PROSES', text, { evidence: [{ ...pdf, mime: 'application/pdf' }] });

describe.runIf(pgAvailable())('an OPD account reaches only its own OPD', () => {
  const server = useTestServer();
  const fixture = registryFixture();
  const evidenceB = Buffer.from('Laporan Dinas Pendidikan, rahasia unit B');
  const shaB = createHash('sha256').update(evidenceB).digest('hex');
  let secretary: string;
  let opdA: string;
  let opdB: string;

  beforeAll(async () => {
    secretary = await signIn(server, 'sekretaris', 'secretary', TEST_PASSWORD);
    await pushRegistry(server, secretary, fixture.changes);
    opdA = await signIn(server, 'dinkes', 'opd', TEST_PASSWORD, fixture.ids.unitA);
    opdB = await signIn(server, 'disdik', 'opd', TEST_PASSWORD, fixture.ids.unitB);
    // Unit B reports with evidence: the file unit A must never read.
    expect((await call(server.base, 'PUT', `/api/v1/files/${shaB}`, { token: opdB, body: evidenceB })).status).toBe(
      201,
    );
    const report = await postPortalReport(
      server,
      opdB,
      fixture.ids.ownerB,
      reportCitingPdf('2026-11-05', 'Sosialisasi di 20 sekolah', {
        sha256: shaB,
        name: 'laporan.pdf',
        size: evidenceB.length,
      }),
    );
    expect(report.status).toBe(201);
  });

  it('lists only its own unit items, even when it asks for another unit', async () => {
    for (const query of ['', '?status=all', `?status=all&unit_id=${fixture.ids.unitB}`]) {
      const reply = await call(server.base, 'GET', `/api/v1/portal/items${query}`, { token: opdA });
      expect(reply.status).toBe(200);
      expect(reply.body.items.map((item: { owner_id: string }) => item.owner_id)).toEqual([fixture.ids.ownerA]);
    }
    const own = await call(server.base, 'GET', '/api/v1/portal/items?status=all', { token: opdB });
    expect(own.body.items.map((item: { owner_id: string }) => item.owner_id)).toEqual([fixture.ids.ownerB]);
  });

  it('cannot post an update on another unit item: 404, nothing written', async () => {
    const before = await server.pool.query('SELECT count(*)::int AS n FROM commitment_updates');
    const reply = await postPortalReport(
      server,
      opdA,
      fixture.ids.ownerB,
      portalReport('2026-11-05', 'SELESAI', 'bukan urusan saya'),
    );
    expect(reply.status).toBe(404);
    expect(reply.body.error.code).toBe('NOT_FOUND');
    const after = await server.pool.query('SELECT count(*)::int AS n FROM commitment_updates');
    expect(after.rows[0].n).toBe(before.rows[0].n);
    const owner = await server.pool.query('SELECT status FROM commitment_owners WHERE id = $1', [fixture.ids.ownerB]);
    expect(owner.rows[0].status).toBe('PROSES');
  });

  it('cannot read another unit evidence file (404, same as a missing file), its owner can', async () => {
    const other = await call(server.base, 'GET', `/api/v1/files/${shaB}`, { token: opdA });
    expect(other.status).toBe(404);
    const missing = await call(server.base, 'GET', `/api/v1/files/${'0'.repeat(64)}`, { token: opdA });
    expect(other.body).toEqual(missing.body);
    const own = await call(server.base, 'GET', `/api/v1/files/${shaB}`, { token: opdB });
    expect(own.status).toBe(200);
    expect(own.body).toBe(evidenceB.toString());
  });

  it('cannot cite another unit evidence in its own report', async () => {
    const reply = await postPortalReport(
      server,
      opdA,
      fixture.ids.ownerA,
      reportCitingPdf('2026-11-05', 'mencoba', { sha256: shaB, name: 'x.pdf', size: 1 }),
    );
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('MISSING_FILE');
    expect((await call(server.base, 'GET', `/api/v1/files/${shaB}`, { token: opdA })).status).toBe(404);
  });

  it('lets an OPD attach the same bytes another OPD uploaded, and read back only what it uploaded', async () => {
    const form = Buffer.from('Formulir laporan kosong yang sama untuk semua OPD');
    const sha = createHash('sha256').update(form).digest('hex');
    expect((await call(server.base, 'PUT', `/api/v1/files/${sha}`, { token: opdB, body: form })).status).toBe(201);
    expect((await call(server.base, 'GET', `/api/v1/files/${sha}`, { token: opdA })).status).toBe(404);
    expect((await call(server.base, 'PUT', `/api/v1/files/${sha}`, { token: opdA, body: form })).status).toBe(200);
    expect((await call(server.base, 'GET', `/api/v1/files/${sha}`, { token: opdA })).status).toBe(200);
    const report = await postPortalReport(
      server,
      opdA,
      fixture.ids.ownerA,
      reportCitingPdf('2026-11-06', 'Formulir terlampir', { sha256: sha, name: 'formulir.pdf', size: form.length }),
    );
    expect(report.status).toBe(201);
  });

  it('may not pull nor push the registry', async () => {
    const pull = await call(server.base, 'GET', '/api/v1/sync/pull?since=0', { token: opdA });
    expect(pull.status).toBe(403);
    expect(pull.body.error.code).toBe('FORBIDDEN');
    const push = await call(server.base, 'POST', '/api/v1/sync/push', {
      token: opdA,
      json: { client_id: crypto.randomUUID(), changes: [change('commitment_updates', updateRow(fixture.ids.ownerB))] },
    });
    expect(push.status).toBe(403);
    const count = await server.pool.query('SELECT count(*)::int AS n FROM commitment_updates WHERE owner_id = $1', [
      fixture.ids.ownerB,
    ]);
    expect(count.rows[0].n).toBe(1);
  });

  it('may not manage accounts', async () => {
    expect((await call(server.base, 'GET', '/api/v1/accounts', { token: opdA })).status).toBe(403);
    const create = await call(server.base, 'POST', '/api/v1/accounts', {
      token: opdA,
      json: { username: 'penyusup', display_name: 'x', role: 'admin', password: TEST_PASSWORD },
    });
    expect(create.status).toBe(403);
  });

  it('refuses every endpoint without a valid session', async () => {
    const attempts: Array<[string, string]> = [
      ['GET', '/api/v1/me'],
      ['GET', '/api/v1/accounts'],
      ['POST', '/api/v1/accounts'],
      ['GET', '/api/v1/units'],
      ['GET', '/api/v1/sync/pull?since=0'],
      ['POST', '/api/v1/sync/push'],
      ['GET', '/api/v1/portal/items'],
      ['POST', `/api/v1/portal/items/${fixture.ids.ownerA}/updates`],
      ['GET', `/api/v1/files/${shaB}`],
      ['PUT', `/api/v1/files/${shaB}`],
      ['POST', '/api/v1/logout'],
    ];
    for (const token of [undefined, 'x'.repeat(43), 'not-a-token']) {
      for (const [method, path] of attempts) {
        const reply = await call(server.base, method, path, { token, json: method === 'GET' ? undefined : {} });
        expect([method, path, reply.status, reply.body.error.code]).toEqual([method, path, 401, 'UNAUTHENTICATED']);
      }
    }
    expect((await call(server.base, 'GET', '/api/v1/health')).status).toBe(200);
  });

  it('ends a session after 12 hours idle and after 7 days whatever the activity', async () => {
    const token = await loginAs(server.base, 'dinkes', TEST_PASSWORD);
    expect((await call(server.base, 'GET', '/api/v1/me', { token })).status).toBe(200);
    // The session's clock is the database's: age the row instead of waiting.
    const hash = createHash('sha256').update(token).digest();
    await server.pool.query(
      "UPDATE sessions SET last_seen_at = now() - interval '12 hours 1 minute' WHERE token_hash = $1",
      [hash],
    );
    expect((await call(server.base, 'GET', '/api/v1/me', { token })).status).toBe(401);
    const second = await loginAs(server.base, 'dinkes', TEST_PASSWORD);
    const hash2 = createHash('sha256').update(second).digest();
    await server.pool.query("UPDATE sessions SET absolute_expiry = now() - interval '1 second' WHERE token_hash = $1", [
      hash2,
    ]);
    expect((await call(server.base, 'GET', '/api/v1/me', { token: second })).status).toBe(401);
  });

  it('ends the session on logout and when the admin disables the account', async () => {
    const token = await loginAs(server.base, 'dinkes', TEST_PASSWORD);
    expect((await call(server.base, 'POST', '/api/v1/logout', { token })).status).toBe(204);
    expect((await call(server.base, 'GET', '/api/v1/me', { token })).status).toBe(401);
    const admin = await signIn(server, 'admin', 'admin', TEST_PASSWORD);
    const victim = await loginAs(server.base, 'disdik', TEST_PASSWORD);
    const id = (await call(server.base, 'GET', '/api/v1/me', { token: victim })).body.id;
    const patched = await call(server.base, 'PATCH', `/api/v1/accounts/${id}`, {
      token: admin,
      json: { disabled: true },
    });
    expect(patched.status).toBe(200);
    expect((await call(server.base, 'GET', '/api/v1/me', { token: victim })).status).toBe(401);
    const relogin = await call(server.base, 'POST', '/api/v1/login', {
      json: { username: 'disdik', password: TEST_PASSWORD },
    });
    expect(relogin.status).toBe(401);
  });
});
