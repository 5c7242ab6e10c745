import { call, loginAs, makeAccount, pgAvailable, pushRegistry, signIn, TEST_PASSWORD } from './support/pgTest';
import { useTestServer } from './support/useTestServer';
import { change, registryFixture, unitRow } from './support/registryRows';

/** The portal's account form picks an OPD by name from the units the apps pushed. */
describe.runIf(pgAvailable())('GET /api/v1/units (admin)', () => {
  const server = useTestServer();
  let admin: string;
  const fixture = registryFixture();
  const closed = { ...unitRow(crypto.randomUUID(), 'Badan Lama'), active: 0 };

  beforeAll(async () => {
    admin = await signIn(server, 'setda', 'admin', TEST_PASSWORD);
    await makeAccount(server.pool, 'sekretaris', 'secretary', TEST_PASSWORD);
    await pushRegistry(server, admin, [...fixture.changes.slice(0, 2), change('units', closed)]);
    await makeAccount(server.pool, 'dinkes', 'opd', TEST_PASSWORD, fixture.ids.unitA);
  });

  it('lists the active OPDs by name for an admin, without the inactive ones', async () => {
    const reply = await call(server.base, 'GET', '/api/v1/units', { token: admin });
    expect(reply.status).toBe(200);
    expect(reply.body.units).toEqual([
      { id: fixture.ids.unitA, name: 'Dinas Kesehatan', short_name: 'Dinas Kesehatan' },
      { id: fixture.ids.unitB, name: 'Dinas Pendidikan', short_name: 'Dinas Pendidikan' },
    ]);
  });

  it('refuses a secretary and an OPD account (403) and a caller without a session (401)', async () => {
    for (const username of ['sekretaris', 'dinkes']) {
      const token = await loginAs(server.base, username, TEST_PASSWORD);
      const reply = await call(server.base, 'GET', '/api/v1/units', { token });
      expect(reply.status, username).toBe(403);
      expect(reply.body.error.message).toBe('Hanya admin yang mengelola akun.');
    }
    expect((await call(server.base, 'GET', '/api/v1/units')).status).toBe(401);
  });

  it('tells the portal the password rule with the account list', async () => {
    const reply = await call(server.base, 'GET', '/api/v1/accounts', { token: admin });
    expect(reply.body.password_min_length).toBe(10);
  });
});
