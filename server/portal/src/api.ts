/** The portal's only door to the server: JSON over fetch, the session token kept for the tab. */
import type { PortalItem } from '../../../shared/domain/portalItems';

const TOKEN_KEY = 'risalah.portal.token';

export type Account = { id: string; username: string; display_name: string; role: string; unit_id: string | null };
export type Role = 'admin' | 'secretary' | 'opd';
export type AccountRow = Account & { role: Role; disabled: boolean };
export type UnitChoice = { id: string; name: string; short_name: string };
export type NewAccount = {
  username: string;
  display_name: string;
  role: Role;
  unit_id: string | null;
  password: string;
};
export type AccountChanges = Partial<{
  display_name: string;
  role: Role;
  unit_id: string | null;
  password: string;
  disabled: boolean;
}>;
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const session = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string): void => sessionStorage.setItem(TOKEN_KEY, token),
  clear: (): void => sessionStorage.removeItem(TOKEN_KEY),
};

async function request<T>(method: string, path: string, body?: BodyInit, contentType = 'application/json'): Promise<T> {
  const headers: Record<string, string> = {};
  const token = session.get();
  if (token) headers['Authorization'] = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = contentType;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { method, headers, body });
  } catch {
    throw new ApiError(0, 'OFFLINE', 'Server tidak dapat dihubungi. Periksa jaringan, lalu coba lagi.');
  }
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!response.ok) {
    if (response.status === 401 && path !== '/login') session.clear();
    throw new ApiError(
      response.status,
      payload?.error?.code ?? 'HTTP',
      payload?.error?.message ?? `Server menjawab ${response.status}.`,
    );
  }
  return payload as T;
}

export const api = {
  login: (username: string, password: string) =>
    request<{ token: string; account: Account }>('POST', '/login', JSON.stringify({ username, password })),
  logout: () => request<void>('POST', '/logout'),
  me: () => request<Account>('GET', '/me'),
  accounts: () => request<{ accounts: AccountRow[]; password_min_length: number }>('GET', '/accounts'),
  units: () => request<{ units: UnitChoice[] }>('GET', '/units'),
  createAccount: (account: NewAccount) => request<AccountRow>('POST', '/accounts', JSON.stringify(account)),
  updateAccount: (id: string, changes: AccountChanges) =>
    request<AccountRow>('PATCH', `/accounts/${encodeURIComponent(id)}`, JSON.stringify(changes)),
  items: (status: 'open' | 'all') => request<{ items: PortalItem[] }>('GET', `/portal/items?status=${status}`),
  report: (ownerId: string, body: unknown) =>
    request<{ id: string }>('POST', `/portal/items/${encodeURIComponent(ownerId)}/updates`, JSON.stringify(body)),
  upload: (sha256: string, file: File) =>
    request<{ sha256: string }>('PUT', `/files/${sha256}`, file, file.type || 'application/octet-stream'),
  /** Evidence downloads need the token in a header, so they go through fetch and a blob URL. */
  download: async (sha256: string, name: string): Promise<void> => {
    const response = await fetch(`/api/v1/files/${sha256}`, {
      headers: { Authorization: `Bearer ${session.get() ?? ''}` },
    });
    if (!response.ok) throw new ApiError(response.status, 'NOT_FOUND', 'Berkas bukti tidak dapat diunduh.');
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
