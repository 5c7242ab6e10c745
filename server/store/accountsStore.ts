import type { Queryable } from '../db/pool';

export type Role = 'admin' | 'secretary' | 'opd';
export const ROLES = ['admin', 'secretary', 'opd'] as const;

/** What the client sees of an account (never the hash). */
export type AccountView = Readonly<{
  id: string;
  username: string;
  display_name: string;
  role: Role;
  unit_id: string | null;
  disabled: boolean;
}>;

const VIEW_COLUMNS = 'id, username, display_name, role, unit_id, disabled';

export async function findAccountForLogin(
  db: Queryable,
  username: string,
): Promise<(AccountView & { password_hash: string }) | null> {
  const { rows } = await db.query<AccountView & { password_hash: string }>(
    `SELECT ${VIEW_COLUMNS}, password_hash FROM accounts WHERE username = $1`,
    [username],
  );
  return rows[0] ?? null;
}

export async function getAccount(db: Queryable, id: string): Promise<AccountView | null> {
  const { rows } = await db.query<AccountView>(`SELECT ${VIEW_COLUMNS} FROM accounts WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

export async function listAccounts(db: Queryable): Promise<AccountView[]> {
  const { rows } = await db.query<AccountView>(`SELECT ${VIEW_COLUMNS} FROM accounts ORDER BY role, username`);
  return rows;
}

export async function usernameTaken(db: Queryable, username: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM accounts WHERE username = $1', [username]);
  return (rowCount ?? 0) > 0;
}

export async function unitExists(db: Queryable, unitId: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM units WHERE id = $1 AND NOT deleted', [unitId]);
  return (rowCount ?? 0) > 0;
}

export type NewAccount = Readonly<{
  username: string;
  display_name: string;
  role: Role;
  unit_id: string | null;
  password_hash: string;
}>;

export async function insertAccount(db: Queryable, account: NewAccount): Promise<AccountView> {
  const { rows } = await db.query<AccountView>(
    `INSERT INTO accounts (username, display_name, role, unit_id, password_hash)
     VALUES ($1, $2, $3, $4, $5) RETURNING ${VIEW_COLUMNS}`,
    [account.username, account.display_name, account.role, account.unit_id, account.password_hash],
  );
  return rows[0]!;
}

export type AccountChanges = Partial<{
  display_name: string;
  role: Role;
  unit_id: string | null;
  password_hash: string;
  disabled: boolean;
}>;

export async function updateAccount(db: Queryable, id: string, changes: AccountChanges): Promise<AccountView | null> {
  const entries = Object.entries(changes).filter(([, value]) => value !== undefined);
  // Column names come from the AccountChanges keys (a fixed list checked by the route's schema), never from input text.
  const sets = entries.map(([column], index) => `${column} = $${index + 2}`);
  const { rows } = await db.query<AccountView>(
    `UPDATE accounts SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = $1 RETURNING ${VIEW_COLUMNS}`,
    [id, ...entries.map(([, value]) => value)],
  );
  return rows[0] ?? null;
}

export async function countAdmins(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM accounts WHERE role = 'admin' AND NOT disabled",
  );
  return rows[0]?.n ?? 0;
}

export type UnitChoice = Readonly<{ id: string; name: string; short_name: string }>;

/** The OPDs an account can be bound to: the live, active units the apps have pushed. */
export async function listUnitChoices(db: Queryable): Promise<UnitChoice[]> {
  const { rows } = await db.query<UnitChoice>(
    'SELECT id, name, short_name FROM units WHERE NOT deleted AND active <> 0 ORDER BY name',
  );
  return rows;
}
