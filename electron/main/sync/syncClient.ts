import { z } from 'zod';
import { SYNC_ENTITIES, SYNC_OFFLINE_MESSAGE, SYNC_ROLES } from '../../../shared/domain/sync';

/*
 * Risalah Server protocol v1 over Node's fetch. Every answer is checked with zod before it
 * reaches the database: a proxy's HTML error page or a server of another version must not
 * be written into her tables. Failures are SyncHttpError with the Indonesian text she reads.
 */

export type SyncFailureKind = 'offline' | 'unauthenticated' | 'refused' | 'server';

export class SyncHttpError extends Error {
  constructor(
    readonly kind: SyncFailureKind,
    message: string,
    readonly status: number | null = null,
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }
}

const accountSchema = z.object({
  id: z.string(),
  username: z.string(),
  display_name: z.string(),
  role: z.enum(SYNC_ROLES),
  unit_id: z.string().nullable(),
});

const loginSchema = z.object({ token: z.string().min(1), expires_at: z.string(), account: accountSchema });

const rowSchema = z.record(z.string(), z.unknown());

const pushResultSchema = z.object({
  entity: z.enum(SYNC_ENTITIES),
  id: z.string(),
  outcome: z.enum(['applied', 'conflict', 'duplicate', 'refused']),
  seq: z.number().int().nullable(),
  code: z.string().optional(),
  message: z.string().optional(),
});

const pushSchema = z.object({ results: z.array(pushResultSchema), last_seq: z.number().int() });

const pullSchema = z.object({
  changes: z.array(
    z.object({
      seq: z.number().int(),
      entity: z.enum(SYNC_ENTITIES),
      id: z.string(),
      row: rowSchema.nullable(),
      by: z.string(),
      replaced: z.object({ row: rowSchema.nullable(), by: z.string(), seq: z.number().int() }).optional(),
    }),
  ),
  last_seq: z.number().int(),
  more: z.boolean(),
});

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** The protocol's error body, or null for anything else (a proxy's HTML page). */
function errorBody(text: string): z.infer<typeof errorSchema> | null {
  try {
    const result = errorSchema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

export type LoginAnswer = z.infer<typeof loginSchema>;
export type PushResult = z.infer<typeof pushResultSchema>;
export type PullAnswer = z.infer<typeof pullSchema>;
export type PushChange = Readonly<{
  entity: (typeof SYNC_ENTITIES)[number];
  id: string;
  row: Record<string, unknown> | null;
  base_seq: number | null;
}>;

export type Fetch = typeof fetch;

/** How long one request may take before the server counts as unreachable. */
const TIMEOUT_MS = 30_000;

export type SyncClient = Readonly<{
  login: (username: string, password: string) => Promise<LoginAnswer>;
  logout: () => Promise<void>;
  push: (clientId: string, changes: ReadonlyArray<PushChange>) => Promise<z.infer<typeof pushSchema>>;
  pull: (since: number, limit: number) => Promise<PullAnswer>;
  putFile: (sha256: string, bytes: Buffer, mime: string) => Promise<void>;
  getFile: (sha256: string) => Promise<Buffer>;
}>;

export function createSyncClient(serverUrl: string, token: string | null, fetchImpl: Fetch = fetch): SyncClient {
  const base = serverUrl.replace(/\/+$/, '');

  async function request(method: string, path: string, body?: string | Blob, contentType?: string): Promise<Response> {
    const headers: Record<string, string> = {};
    if (token) headers['authorization'] = `Bearer ${token}`;
    if (contentType) headers['content-type'] = contentType;
    let response: Response;
    try {
      response = await fetchImpl(`${base}/api/v1${path}`, {
        method,
        headers,
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw new SyncHttpError('offline', SYNC_OFFLINE_MESSAGE);
    }
    if (response.ok) return response;
    const text = await response.text().catch(() => '');
    const parsed = errorBody(text);
    if (response.status === 401 && parsed?.error.code !== 'INVALID_LOGIN')
      throw new SyncHttpError('unauthenticated', parsed?.error.message ?? 'Sesi berakhir. Silakan masuk lagi.', 401);
    // A gateway in front of a stopped server answers 502-504: for her it is the same as no server.
    if (response.status >= 502 && response.status <= 504) throw new SyncHttpError('offline', SYNC_OFFLINE_MESSAGE);
    if (parsed)
      throw new SyncHttpError(
        response.status >= 500 ? 'server' : 'refused',
        parsed.error.message,
        response.status,
        parsed.error.code,
      );
    throw new SyncHttpError(
      'server',
      `Server bersama menjawab dengan galat ${String(response.status)}. Perubahan disimpan dan akan dikirim lagi nanti.`,
      response.status,
    );
  }

  async function json<S extends z.ZodType>(schema: S, response: Response): Promise<z.infer<S>> {
    let value: unknown;
    try {
      value = await response.json();
    } catch {
      throw new SyncHttpError('server', 'Jawaban server bersama tidak dapat dibaca (bukan JSON).');
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success)
      throw new SyncHttpError('server', 'Jawaban server bersama tidak sesuai protokol; periksa versi server.');
    return parsed.data;
  }

  return {
    login: async (username, password) =>
      json(loginSchema, await request('POST', '/login', JSON.stringify({ username, password }), 'application/json')),
    logout: async () => {
      await request('POST', '/logout');
    },
    push: async (clientId, changes) =>
      json(
        pushSchema,
        await request('POST', '/sync/push', JSON.stringify({ client_id: clientId, changes }), 'application/json'),
      ),
    pull: async (since, limit) =>
      json(pullSchema, await request('GET', `/sync/pull?since=${String(since)}&limit=${String(limit)}`)),
    putFile: async (sha256, bytes, mime) => {
      await request('PUT', `/files/${sha256}`, new Blob([new Uint8Array(bytes)]), mime);
    },
    getFile: async (sha256) => Buffer.from(await (await request('GET', `/files/${sha256}`)).arrayBuffer()),
  };
}
