import { call, loginAs, pgAvailable, pushRegistry, signIn, TEST_PASSWORD } from './support/pgTest';
import { useTestServer } from './support/useTestServer';
import { registryFixture } from './support/registryRows';

describe.runIf(pgAvailable())('accounts (admin)', () => {
  const server = useTestServer();
  let admin: string;
  const fixture = registryFixture();

  beforeAll(async () => {
    admin = await signIn(server, 'setda', 'admin', TEST_PASSWORD);
    await pushRegistry(server, admin, fixture.changes.slice(0, 2));
  });

  const create = (json: Record<string, unknown>, token = admin) =>
    call(server.base, 'POST', '/api/v1/accounts', { token, json });

  it('binds an OPD account to one OPD the server knows, and only OPD accounts', async () => {
    const base = { display_name: 'Dinas Kesehatan', password: TEST_PASSWORD };
    expect((await create({ ...base, username: 'dinkes', role: 'opd' })).body.error.code).toBe('INVALID_INPUT');
    expect((await create({ ...base, username: 'dinkes', role: 'opd', unit_id: 'tidak-ada' })).body.error.code).toBe(
      'UNKNOWN_UNIT',
    );
    expect((await create({ ...base, username: 'umum', role: 'secretary', unit_id: fixture.ids.unitA })).status).toBe(
      400,
    );
    const made = await create({ ...base, username: 'Dinkes', role: 'opd', unit_id: fixture.ids.unitA });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ username: 'dinkes', role: 'opd', unit_id: fixture.ids.unitA, disabled: false });
    expect((await create({ ...base, username: 'dinkes', role: 'opd', unit_id: fixture.ids.unitB })).status).toBe(409);
    const list = await call(server.base, 'GET', '/api/v1/accounts', { token: admin });
    expect(list.body.accounts.map((a: { username: string }) => a.username)).toEqual(['setda', 'dinkes']);
    expect(JSON.stringify(list.body)).not.toContain('argon2');
  });

  it('refuses a short password and unknown fields with Indonesian messages', async () => {
    const short = await create({ username: 'pendek', display_name: 'x', role: 'secretary', password: 'pendek' });
    expect(short.status).toBe(400);
    expect(short.body.error.message).toContain('Kata sandi paling sedikit 10 karakter');
    const extra = await create({
      username: 'lebih',
      display_name: 'x',
      role: 'admin',
      password: TEST_PASSWORD,
      is_root: true,
    });
    expect(extra.status).toBe(400);
  });

  it('moves an account to another OPD and ends its sessions on a password reset', async () => {
    const opd = await loginAs(server.base, 'dinkes', TEST_PASSWORD);
    const me = await call(server.base, 'GET', '/api/v1/me', { token: opd });
    const moved = await call(server.base, 'PATCH', `/api/v1/accounts/${me.body.id}`, {
      token: admin,
      json: { unit_id: fixture.ids.unitB, password: 'sandi-baru-yang-panjang' },
    });
    expect(moved.body.unit_id).toBe(fixture.ids.unitB);
    expect((await call(server.base, 'GET', '/api/v1/me', { token: opd })).status).toBe(401);
    expect(
      (await call(server.base, 'POST', '/api/v1/login', { json: { username: 'dinkes', password: TEST_PASSWORD } }))
        .status,
    ).toBe(401);
    await loginAs(server.base, 'dinkes', 'sandi-baru-yang-panjang');
    const audit = await server.pool.query("SELECT action, detail FROM audit WHERE action LIKE 'account.%' ORDER BY id");
    expect(audit.rows.map((row) => row.action)).toEqual(['account.create', 'account.update']);
    expect(JSON.stringify(audit.rows)).not.toContain('sandi-baru');
  });
});
