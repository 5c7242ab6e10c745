/*
 * The Content-Type of a file of a built Vite page, by its extension: the app's web shell serves
 * the renderer with it (electron/main/app/staticFiles.ts), Risalah Server the OPD portal
 * (server/http/portalFiles.ts). Both bundles hold the same kinds of files.
 */
const STATIC_CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** `extension` with its dot, as node's extname gives it; an unknown one is served as bytes. */
export function staticContentType(extension: string): string {
  return STATIC_CONTENT_TYPES[extension] ?? 'application/octet-stream';
}
