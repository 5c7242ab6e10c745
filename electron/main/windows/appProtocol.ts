import { readStatic } from '../app/staticFiles';

/**
 * The packaged renderer is served from a privileged custom scheme instead of
 * file:// (Electron security checklist 18): the page gets a real origin
 * (app://risalah) and can read nothing but the built renderer folder.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'risalah';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The same policy as renderer/index.html's <meta>, sent as a header too (frame-ancestors only works there). */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function appPageUrl(page: 'index.html' | 'recovery.html'): string {
  return `${APP_ORIGIN}/${page}`;
}

export type AppResponse = Readonly<{
  status: number;
  body: Uint8Array<ArrayBuffer> | string;
  headers: Record<string, string>;
}>;

function refusal(status: number, text: string): AppResponse {
  return {
    status,
    body: text,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  };
}

/**
 * Answers one app:// request from the built renderer in `rendererRoot`:
 * GET/HEAD only, our host only, nothing outside the folder (`..`, encoded
 * slashes and absolute paths all end as 404).
 */
export async function serveAppRequest(method: string, requestUrl: string, rendererRoot: string): Promise<AppResponse> {
  if (method !== 'GET' && method !== 'HEAD') return refusal(405, 'Metode tidak diizinkan.');
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refusal(400, 'Alamat tidak valid.');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refusal(404, 'Tidak ditemukan.');
  let file: Awaited<ReturnType<typeof readStatic>>;
  try {
    file = await readStatic(rendererRoot, url.pathname);
  } catch {
    // A malformed %-escape makes decodeURIComponent throw.
    return refusal(400, 'Alamat tidak valid.');
  }
  if (file === null) return refusal(404, 'Tidak ditemukan.');
  return {
    status: 200,
    body: method === 'HEAD' ? '' : new Uint8Array(file.body),
    headers: {
      'content-type': file.contentType,
      'content-security-policy': APP_CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    },
  };
}
