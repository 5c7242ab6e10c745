import { execFileSync } from 'node:child_process';
import { call, loginAs, makeAccount, pgAvailable } from './support/pgTest';
import { unitRow } from './support/registryRows';
import { useTestServer } from './support/useTestServer';

const PASSWORD = 'Sandi-Unik-Risalah-7391';

describe.runIf(pgAvailable())('login', () => {
  const server = useTestServer();
  beforeAll(async () => {
    await makeAccount(server.pool, 'admin', 'admin', PASSWORD);
    await makeAccount(server.pool, 'sekretaris', 'secretary', PASSWORD);
  });

  it('answers the account and a token that opens /me', async () => {
    const reply = await call(server.base, 'POST', '/api/v1/login', {
      json: { username: ' Admin ', password: PASSWORD },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.account).toMatchObject({ username: 'admin', role: 'admin', unit_id: null });
    expect(Date.parse(reply.body.expires_at) - Date.now()).toBeGreaterThan(11 * 3600 * 1000);
    const me = await call(server.base, 'GET', '/api/v1/me', { token: reply.body.token });
    expect(me.body.id).toBe(reply.body.account.id);
  });

  it('says the same for an unknown name and a wrong password', async () => {
    const wrong = await call(server.base, 'POST', '/api/v1/login', {
      json: { username: 'admin', password: 'salah-sekali-12' },
    });
    const unknown = await call(server.base, 'POST', '/api/v1/login', {
      json: { username: 'siapa', password: 'salah-sekali-12' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error).toEqual({ code: 'INVALID_LOGIN', message: 'Nama pengguna atau kata sandi salah.' });
  });

  it('refuses a sixth try within 15 minutes for the same name, even with the right password', async () => {
    // All tests come from 127.0.0.1: start from a clean window.
    await server.pool.query("UPDATE login_attempts SET at = at - interval '16 minutes'");
    for (let attempt = 0; attempt < 5; attempt++) {
      const reply = await call(server.base, 'POST', '/api/v1/login', {
        json: { username: 'admin', password: `tebakan-${attempt}-xx` },
      });
      expect(reply.status).toBe(401);
    }
    const locked = await call(server.base, 'POST', '/api/v1/login', {
      json: { username: 'admin', password: PASSWORD },
    });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.body.error.message).toMatch(/^Terlalu banyak percobaan masuk\. Coba lagi dalam 1[45] menit\.$/);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
    // Once the failures are older than the window, the right password opens again.
    await server.pool.query("UPDATE login_attempts SET at = at - interval '16 minutes'");
    expect(
      (await call(server.base, 'POST', '/api/v1/login', { json: { username: 'admin', password: PASSWORD } })).status,
    ).toBe(200);
  });

  it('refuses a sixth try from the same address whatever the names', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      await call(server.base, 'POST', '/api/v1/login', {
        json: { username: `tamu${attempt}`, password: 'salah-salah-1' },
      });
    }
    const locked = await call(server.base, 'POST', '/api/v1/login', {
      json: { username: 'sekretaris', password: PASSWORD },
    });
    expect(locked.status).toBe(429);
    await server.pool.query("UPDATE login_attempts SET at = at - interval '16 minutes'");
  });

  it('never stores nor logs a password in clear', async () => {
    const token = await loginAs(server.base, 'admin', PASSWORD);
    const fresh = 'Kata-Sandi-Baru-5521';
    const created = await call(server.base, 'POST', '/api/v1/accounts', {
      token,
      json: { username: 'operator', display_name: 'Operator', role: 'secretary', password: fresh },
    });
    expect(created.status).toBe(201);
    expect(JSON.stringify(created.body)).not.toContain('hash');
    const reset = 'Kata-Sandi-Reset-8842';
    expect(
      (await call(server.base, 'PATCH', `/api/v1/accounts/${created.body.id}`, { token, json: { password: reset } }))
        .status,
    ).toBe(200);
    await loginAs(server.base, 'operator', reset);
    // A failed login with a near miss must not leave the typed text anywhere either.
    const typo = 'Kata-Sandi-Salah-0007';
    await call(server.base, 'POST', '/api/v1/login', { json: { username: 'operator', password: typo } });

    const dump = execFileSync('pg_dump', [server.dbUrl], {
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).toString('utf8');
    expect(dump).toContain('$argon2id$');
    const logs = server.logs.join('\n');
    expect(logs).toContain('/api/v1/login');
    for (const secret of [PASSWORD, fresh, reset, typo]) {
      expect(dump).not.toContain(secret);
      expect(logs).not.toContain(secret);
    }
    // Tokens are stored hashed: the bearer token itself is not in the database.
    expect(dump).not.toContain(token);
    expect(logs).not.toContain(token);
  });

  it('keeps one active admin: the last one cannot be disabled', async () => {
    const token = await loginAs(server.base, 'admin', PASSWORD);
    const me = await call(server.base, 'GET', '/api/v1/me', { token });
    const reply = await call(server.base, 'PATCH', `/api/v1/accounts/${me.body.id}`, {
      token,
      json: { disabled: true },
    });
    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe('LAST_ADMIN');
    expect((await call(server.base, 'GET', '/api/v1/me', { token })).status).toBe(200);
  });

  it('answers a client mistake with a 4xx and an Indonesian message, never the internal one', async () => {
    const bad = await call(server.base, 'POST', '/api/v1/login', {
      body: Buffer.from('{not json'),
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('Isi permintaan bukan JSON yang sah.');
    const big = await call(server.base, 'POST', '/api/v1/login', { body: Buffer.alloc(26 * 1024 * 1024, 32) });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('TOO_LARGE');
    const unknown = await call(server.base, 'GET', '/api/v1/nothing');
    expect(unknown.status).toBe(404);
    const badPath = await call(server.base, 'GET', '/api/v1/%E0%A4%A');
    expect(badPath.status).toBe(400);
    // A value PostgreSQL cannot store (text with NUL) is the client's data: 400, and nothing of the push kept.
    const token = await loginAs(server.base, 'admin', PASSWORD);
    const unit = unitRow('u-nul', 'Dinas\u0000X');
    const ok = { ...unit, id: 'u-ok', name: 'Dinas Baik' };
    const nul = await call(server.base, 'POST', '/api/v1/sync/push', {
      token,
      json: {
        client_id: crypto.randomUUID(),
        changes: [ok, unit].map((row) => ({ entity: 'units', id: row.id, row, base_seq: null })),
      },
    });
    expect(nul.status).toBe(400);
    expect(nul.body.error.code).toBe('INVALID_INPUT');
    expect((await server.pool.query('SELECT count(*)::int AS n FROM units')).rows[0].n).toBe(0);
  });
});
