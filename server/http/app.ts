import type { IncomingMessage, ServerResponse } from 'node:http';
import { accountRoutes } from '../api/accountRoutes';
import { authRoutes } from '../api/authRoutes';
import { fileRoutes } from '../api/fileRoutes';
import { portalRoutes } from '../api/portalRoutes';
import { syncRoutes } from '../api/syncRoutes';
import { HttpError, INTERNAL_MESSAGE } from './errors';
import { servePortal } from './portalFiles';
import { sendError } from './respond';
import { matchPath, type Route, type ServerContext } from './router';

const ROUTES: ReadonlyArray<Route> = [...authRoutes, ...accountRoutes, ...syncRoutes, ...fileRoutes, ...portalRoutes];

export type AppOptions = ServerContext & Readonly<{ portalDir: string }>;

/** pg's errors carry the SQLSTATE: class 22 is "data exception". */
function isDataRefusal(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('22');
}

function decodedPath(request: IncomingMessage): { url: URL; path: string } | null {
  try {
    const url = new URL(request.url ?? '/', 'http://risalah.invalid');
    return { url, path: decodeURIComponent(url.pathname) };
  } catch {
    return null;
  }
}

/** The request handler: API routes, the portal page, errors as `{ error: { code, message } }`. */
export function createApp(options: AppOptions): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const started = performance.now();
    const method = request.method ?? 'GET';
    const location = decodedPath(request);
    const done = (status: number, extra: Record<string, unknown> = {}): void =>
      options.log({
        at: new Date().toISOString(),
        method,
        path: location?.path ?? '?',
        status,
        ms: Math.round(performance.now() - started),
        ...extra,
      });
    response.on('finish', () => done(response.statusCode));

    void (async () => {
      if (location === null) {
        request.resume();
        sendError(response, 400, 'INVALID_PATH', 'Alamat permintaan tidak valid.');
        return;
      }
      const { url, path } = location;
      if (path.startsWith('/api/')) {
        const candidates = ROUTES.map((route) => ({ route, params: matchPath(route.pattern, path) })).filter(
          (m) => m.params !== null,
        );
        const match = candidates.find((candidate) => candidate.route.method === method);
        if (!match) {
          request.resume();
          if (candidates.length > 0)
            sendError(response, 405, 'METHOD_NOT_ALLOWED', 'Metode ini tidak didukung untuk alamat ini.');
          else sendError(response, 404, 'NOT_FOUND', 'Alamat API tidak dikenal.');
          return;
        }
        await match.route.handle({ request, response, params: match.params!, url, ctx: options });
        return;
      }
      if (method !== 'GET' && method !== 'HEAD') {
        request.resume();
        sendError(response, 405, 'METHOD_NOT_ALLOWED', 'Metode ini tidak didukung untuk alamat ini.');
        return;
      }
      if (path === '/' || path === '/portal' || path.startsWith('/portal/'))
        return servePortal(response, options.portalDir, path);
      sendError(response, 404, 'NOT_FOUND', 'Halaman tidak ditemukan.');
    })().catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      if (error instanceof HttpError) {
        request.resume();
        sendError(response, error.status, error.code, error.message, error.headers);
        return;
      }
      // PostgreSQL refusing a value the schemas let through (a NUL character, a number out of range)
      // is the client's data, not the server's fault: a 400 that says so, the details in the log.
      if (isDataRefusal(error)) {
        options.log({
          at: new Date().toISOString(),
          level: 'warn',
          method,
          path: location?.path,
          error: String(error),
        });
        request.resume();
        sendError(response, 400, 'INVALID_INPUT', 'Data yang dikirim memuat nilai yang tidak dapat disimpan server.');
        return;
      }
      options.log({
        at: new Date().toISOString(),
        level: 'error',
        method,
        path: location?.path,
        error: error instanceof Error ? error.stack : String(error),
      });
      request.resume();
      sendError(response, 500, 'INTERNAL', INTERNAL_MESSAGE);
    });
  };
}
