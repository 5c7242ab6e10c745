import { z } from 'zod';
import { parseWith, readJson } from '../http/body';
import { HttpError, notFound } from '../http/errors';
import { sendJson } from '../http/respond';
import type { Route } from '../http/router';
import { signedInAs } from './signedInAs';
import { portalItems } from '../portalApi/portalItems';
import { postReport, reportSchema } from '../portalApi/portalReport';

const itemsQuery = z.strictObject({
  status: z.enum(['open', 'all'], { error: 'status harus open atau all.' }).default('open'),
  unit_id: z.string().min(1).max(100).optional(),
});

/** The portal is the OPD accounts' (and the admin's, who may look as any unit). */
const requirePortalAccount = signedInAs(
  ['admin', 'opd'],
  'Portal OPD untuk akun OPD; sekretaris memakai aplikasi Risalah.',
);

export const portalRoutes: ReadonlyArray<Route> = [
  {
    method: 'GET',
    pattern: '/api/v1/portal/items',
    handle: async (args) => {
      const account = await requirePortalAccount(args);
      const query = parseWith(itemsQuery, Object.fromEntries(args.url.searchParams));
      // An OPD account's unit is its own, whatever it asks for.
      const unitId = account.role === 'opd' ? account.unit_id! : query.unit_id;
      if (unitId === undefined) throw new HttpError(400, 'INVALID_INPUT', 'Admin harus memilih OPD (unit_id).');
      const items = await portalItems(args.ctx.pool, unitId, query.status === 'open', args.ctx.now());
      sendJson(args.response, 200, { items });
    },
  },
  {
    method: 'POST',
    pattern: '/api/v1/portal/items/:owner_id/updates',
    handle: async (args) => {
      const account = await requirePortalAccount(args);
      const ownerId = args.params['owner_id']!;
      if (ownerId.length > 100) throw notFound('Butir tindak lanjut tidak ditemukan.');
      const input = await readJson(args.request, reportSchema);
      const result = await postReport(args.ctx.pool, account, ownerId, input, args.ctx.now());
      sendJson(args.response, result.status, result.row);
    },
  },
];
