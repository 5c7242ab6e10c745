import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Pool } from '../db/pool';

export type Log = (entry: Record<string, unknown>) => void;

/** What every route receives: the database, the log and the clock (tests move it). */
export type ServerContext = Readonly<{
  pool: Pool;
  log: Log;
  now: () => Date;
  /** Behind the office's reverse proxy the client's address is in X-Forwarded-For. */
  trustProxy: boolean;
  schema: number;
}>;

export type RouteArgs = Readonly<{
  request: IncomingMessage;
  response: ServerResponse;
  params: Readonly<Record<string, string>>;
  url: URL;
  ctx: ServerContext;
}>;

export type Route = Readonly<{ method: string; pattern: string; handle: (args: RouteArgs) => Promise<void> }>;

/** `/api/v1/accounts/:id` against a path: the named segments, or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let index = 0; index < want.length; index++) {
    const segment = want[index]!;
    if (segment.startsWith(':')) params[segment.slice(1)] = got[index]!;
    else if (segment !== got[index]) return null;
  }
  return params;
}

export function clientIp(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string' && forwarded.trim() !== '') {
    // The proxy appends the address it saw last: that one is the one it vouches for.
    return forwarded.split(',').at(-1)!.trim();
  }
  return request.socket.remoteAddress ?? 'unknown';
}
