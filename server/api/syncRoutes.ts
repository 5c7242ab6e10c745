import { z } from 'zod';
import { parseWith, readJson } from '../http/body';
import { sendJson } from '../http/respond';
import type { Route } from '../http/router';
import { signedInAs } from './signedInAs';
import { pullChanges } from '../store/pullStore';
import { push, pushSchema } from '../sync/push';

const pullSchema = z.strictObject({
  since: z.coerce.number({ error: 'since harus angka.' }).int().nonnegative().default(0),
  limit: z.coerce
    .number({ error: 'limit harus angka.' })
    .int()
    .min(1)
    .max(1000, { error: 'limit paling besar 1000.' })
    .default(1000),
});

/** The registry's sync is for the secretaries' apps; an OPD account uses the portal only. */
const requireSyncAccount = signedInAs(
  ['admin', 'secretary'],
  'Akun OPD hanya memakai portal OPD, bukan sinkronisasi aplikasi.',
);

export const syncRoutes: ReadonlyArray<Route> = [
  {
    method: 'POST',
    pattern: '/api/v1/sync/push',
    handle: async (args) => {
      const account = await requireSyncAccount(args);
      const input = await readJson(args.request, pushSchema);
      sendJson(args.response, 200, await push(args.ctx.pool, account, input));
    },
  },
  {
    method: 'GET',
    pattern: '/api/v1/sync/pull',
    handle: async (args) => {
      await requireSyncAccount(args);
      const query = parseWith(pullSchema, Object.fromEntries(args.url.searchParams));
      sendJson(args.response, 200, await pullChanges(args.ctx.pool, query.since, query.limit));
    },
  },
];
