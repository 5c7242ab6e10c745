import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { sendBytes, sendError } from './respond';
import { staticContentType } from '../../shared/domain/staticContentTypes';

// Mantine injects its CSS variables in <style> elements, hence 'unsafe-inline' for styles only.
const PORTAL_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * The built portal (vite, base /portal/): `/` and every `/portal/*` path that is not a file get
 * index.html (the page routes itself); files are served only from inside the folder.
 */
export async function servePortal(response: ServerResponse, portalDir: string, path: string): Promise<void> {
  const relative =
    path === '/' || path === '/portal' || path === '/portal/' ? 'index.html' : path.replace(/^\/portal\//, '');
  const file = normalize(join(portalDir, relative));
  const inside = file.startsWith(portalDir.endsWith(sep) ? portalDir : portalDir + sep);
  const bytes =
    (inside ? await readFile(file).catch(() => null) : null) ??
    (await readFile(join(portalDir, 'index.html')).catch(() => null));
  if (bytes === null) {
    sendError(
      response,
      503,
      'PORTAL_NOT_BUILT',
      'Halaman portal belum dibangun. Jalankan "npm run server" (membangun portal) atau "npm run build:portal".',
    );
    return;
  }
  const served = bytes !== null && inside && extname(file) !== '' ? file : join(portalDir, 'index.html');
  const type = staticContentType(extname(served));
  const immutable = served.includes(`${sep}assets${sep}`);
  sendBytes(response, 200, bytes, {
    'Content-Type': type,
    'Content-Security-Policy': PORTAL_CSP,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
}
