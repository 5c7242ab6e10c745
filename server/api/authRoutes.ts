import { z } from 'zod';
import { login } from '../auth/login';
import { authenticate, closeSession } from '../auth/sessions';
import { schemaVersion } from '../db/migrate';
import { readJson } from '../http/body';
import { sendEmpty, sendJson } from '../http/respond';
import { clientIp, type Route } from '../http/router';
import { audit } from '../store/auditStore';

const loginSchema = z.strictObject({
  username: z.string().trim().min(1, { error: 'Nama pengguna wajib diisi.' }).max(64),
  password: z.string().min(1, { error: 'Kata sandi wajib diisi.' }).max(1024),
});

export const authRoutes: ReadonlyArray<Route> = [
  {
    method: 'GET',
    pattern: '/api/v1/health',
    handle: async ({ response, ctx }) => {
      // Reading the schema's version also proves the database answers.
      sendJson(response, 200, { ok: true, schema: await schemaVersion(ctx.pool) });
    },
  },
  {
    method: 'POST',
    pattern: '/api/v1/login',
    handle: async ({ request, response, ctx }) => {
      const input = await readJson(request, loginSchema);
      const result = await login(
        ctx.pool,
        input.username,
        input.password,
        clientIp(request, ctx.trustProxy),
        ctx.now(),
      );
      sendJson(response, 200, result);
    },
  },
  {
    method: 'POST',
    pattern: '/api/v1/logout',
    handle: async ({ request, response, ctx }) => {
      const account = await authenticate(ctx.pool, request);
      await closeSession(ctx.pool, request);
      await audit(ctx.pool, { accountId: account.id, username: account.username, action: 'logout' });
      sendEmpty(response, 204);
    },
  },
  {
    method: 'GET',
    pattern: '/api/v1/me',
    handle: async ({ request, response, ctx }) => {
      const account = await authenticate(ctx.pool, request);
      sendJson(response, 200, account);
    },
  },
];
