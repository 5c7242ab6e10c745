import { authenticate } from '../auth/sessions';
import { forbidden } from '../http/errors';
import type { RouteArgs } from '../http/router';
import type { AccountView } from '../store/accountsStore';

/**
 * The guard of a group of routes: the signed-in account when its role is one of `roles`, else
 * 403 with `refusal`, which tells that account where its role belongs (no session: 401).
 */
export function signedInAs(
  roles: ReadonlyArray<AccountView['role']>,
  refusal: string,
): (args: RouteArgs) => Promise<AccountView> {
  return async (args) => {
    const account = await authenticate(args.ctx.pool, args.request);
    if (!roles.includes(account.role)) throw forbidden(refusal);
    return account;
  };
}
