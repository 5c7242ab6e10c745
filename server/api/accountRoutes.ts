import { z } from 'zod';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/passwords';
import { normalizeUsername } from '../auth/login';
import { inTransaction } from '../db/pool';
import { readJson } from '../http/body';
import { HttpError, notFound } from '../http/errors';
import { sendJson } from '../http/respond';
import type { Route, RouteArgs } from '../http/router';
import { signedInAs } from './signedInAs';
import {
  countAdmins,
  getAccount,
  insertAccount,
  listAccounts,
  listUnitChoices,
  ROLES,
  unitExists,
  updateAccount,
  usernameTaken,
} from '../store/accountsStore';
import { audit } from '../store/auditStore';
import { deleteSessionsOf } from '../store/sessionsStore';

const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `Kata sandi paling sedikit ${MIN_PASSWORD_LENGTH} karakter.` })
  .max(1024);
const displayName = z.string().trim().min(1, { error: 'Nama tampilan wajib diisi.' }).max(200);
const role = z.enum(ROLES, { error: 'Peran harus admin, secretary atau opd.' });

const createSchema = z.strictObject({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{3,64}$/, {
      error: 'Nama pengguna 3-64 huruf, angka, titik, garis bawah atau tanda hubung.',
    }),
  display_name: displayName,
  role,
  unit_id: z.string().min(1).max(100).nullable().optional(),
  password,
});

const patchSchema = z.strictObject({
  display_name: displayName.optional(),
  role: role.optional(),
  unit_id: z.string().min(1).max(100).nullable().optional(),
  password: password.optional(),
  disabled: z.boolean().optional(),
});

const requireAdmin = signedInAs(['admin'], 'Hanya admin yang mengelola akun.');

/** An OPD account is bound to one unit the server knows; the other roles to none. */
async function checkUnit(args: RouteArgs, roleName: string, unitId: string | null): Promise<void> {
  if (roleName === 'opd' && unitId === null)
    throw new HttpError(400, 'INVALID_INPUT', 'Akun OPD harus terikat pada satu OPD (unit_id).');
  if (roleName !== 'opd' && unitId !== null)
    throw new HttpError(400, 'INVALID_INPUT', 'Hanya akun OPD yang terikat pada OPD.');
  if (unitId !== null && !(await unitExists(args.ctx.pool, unitId))) {
    throw new HttpError(
      400,
      'UNKNOWN_UNIT',
      'OPD itu belum ada di server; kirim data master dari aplikasi lebih dulu.',
    );
  }
}

export const accountRoutes: ReadonlyArray<Route> = [
  {
    // The portal's account form picks an OPD by name; only the admin binds accounts to OPDs.
    method: 'GET',
    pattern: '/api/v1/units',
    handle: async (args) => {
      await requireAdmin(args);
      sendJson(args.response, 200, { units: await listUnitChoices(args.ctx.pool) });
    },
  },
  {
    method: 'GET',
    pattern: '/api/v1/accounts',
    handle: async (args) => {
      await requireAdmin(args);
      // The rule travels with the list so the portal's form checks the same length as the server.
      sendJson(args.response, 200, {
        accounts: await listAccounts(args.ctx.pool),
        password_min_length: MIN_PASSWORD_LENGTH,
      });
    },
  },
  {
    method: 'POST',
    pattern: '/api/v1/accounts',
    handle: async (args) => {
      const admin = await requireAdmin(args);
      const input = await readJson(args.request, createSchema);
      const username = normalizeUsername(input.username);
      const unitId = input.unit_id ?? null;
      await checkUnit(args, input.role, unitId);
      if (await usernameTaken(args.ctx.pool, username))
        throw new HttpError(409, 'CONFLICT', 'Nama pengguna sudah dipakai.');
      const hash = await hashPassword(input.password);
      const created = await inTransaction(args.ctx.pool, async (client) => {
        const account = await insertAccount(client, {
          username,
          display_name: input.display_name,
          role: input.role,
          unit_id: unitId,
          password_hash: hash,
        });
        await audit(client, {
          accountId: admin.id,
          username: admin.username,
          action: 'account.create',
          entity: 'accounts',
          entityId: account.id,
          detail: { role: account.role, unit_id: unitId },
        });
        return account;
      });
      sendJson(args.response, 201, created);
    },
  },
  {
    method: 'PATCH',
    pattern: '/api/v1/accounts/:id',
    handle: async (args) => {
      const admin = await requireAdmin(args);
      const input = await readJson(args.request, patchSchema);
      const id = args.params['id']!;
      if (!z.uuid().safeParse(id).success) throw notFound('Akun tidak ditemukan.');
      const current = await getAccount(args.ctx.pool, id);
      if (current === null) throw notFound('Akun tidak ditemukan.');
      const nextRole = input.role ?? current.role;
      const nextUnit = input.unit_id !== undefined ? input.unit_id : nextRole === 'opd' ? current.unit_id : null;
      await checkUnit(args, nextRole, nextUnit);
      const hash = input.password === undefined ? undefined : await hashPassword(input.password);
      const updated = await inTransaction(args.ctx.pool, async (client) => {
        const account = await updateAccount(client, id, {
          display_name: input.display_name,
          role: input.role,
          unit_id: nextUnit,
          password_hash: hash,
          disabled: input.disabled,
        });
        // The office must keep one way in: the last active admin cannot be demoted or disabled.
        if ((await countAdmins(client)) === 0)
          throw new HttpError(409, 'LAST_ADMIN', 'Harus tetap ada satu admin aktif.');
        // A new password or a disabled account ends the sessions opened with the old state.
        if (hash !== undefined || input.disabled === true || input.role !== undefined)
          await deleteSessionsOf(client, id);
        const changed = Object.keys(input).map((key) => (key === 'password' ? 'password (reset)' : key));
        await audit(client, {
          accountId: admin.id,
          username: admin.username,
          action: 'account.update',
          entity: 'accounts',
          entityId: id,
          detail: { changed },
        });
        return account;
      });
      sendJson(args.response, 200, updated);
    },
  },
];
