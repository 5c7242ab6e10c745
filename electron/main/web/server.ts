import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HandlerContext } from '../ipc/handlerTypes';
import { dispatch } from '../ipc/dispatch';
import type { Logger } from '../log';
import { fail } from '../../../shared/ipc/result';
import { hasToken, isOwnHost, isOwnOriginOrNone } from './httpGuards';
import { readStatic } from '../app/staticFiles';
import type { WebFileGateway } from '../files/webFileGateway';
import { requestStarted } from '../services/requestTurn';

// Uploads arrive base64-encoded in JSON: room for the largest import file.
const MAX_BODY_BYTES = 100 * 1024 * 1024;

/** Same policy as the renderer's <meta> CSP, sent as a header too. */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

export type WebServerOptions = Readonly<{
  ctx: HandlerContext;
  /** Where delivered files wait for the browser to fetch them. */
  downloads: Pick<WebFileGateway, 'takeDownload'>;
  log: Logger;
  staticRoot: string;
  token: string;
  port: number;
  /** Tests lower it; the shell uses MAX_BODY_BYTES. */
  maxBodyBytes?: number;
}>;

export type RunningWebServer = Readonly<{ server: Server; port: number; url: string }>;

function send(response: ServerResponse, status: number, body: string | Buffer, contentType: string): void {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Referrer-Policy': 'no-referrer',
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

// Past this much, a body is not worth draining to answer politely: the connection is cut.
const MAX_DRAIN_BYTES = 4 * MAX_BODY_BYTES;

/**
 * The body as text, or null when it is over the limit. An oversized body is read to its end
 * and thrown away rather than cut off: a browser sends the whole body before it reads the
 * answer, so cutting the connection would show her a reset instead of the 413's message.
 */
function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        if (size > Math.max(MAX_DRAIN_BYTES, 4 * limit)) request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** A path that does not decode (`/api/%E0%A4%A`) names nothing: null, answered 400. */
function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  channel: string,
  options: WebServerOptions,
) {
  if (!hasToken(request, options.token)) {
    sendJson(
      response,
      403,
      fail(
        'FORBIDDEN',
        'Akses ditolak: token sesi tidak ada atau salah. Buka ulang alamat yang dicetak saat server dimulai.',
      ),
    );
    return;
  }
  if (request.method !== 'POST') {
    sendJson(response, 405, fail('INVALID_INPUT', 'Gunakan metode POST.'));
    return;
  }
  const text = await readBody(request, options.maxBodyBytes ?? MAX_BODY_BYTES);
  if (text === null) {
    const limit = Math.round((options.maxBodyBytes ?? MAX_BODY_BYTES) / (1024 * 1024));
    const message = `Data yang dikirim terlalu besar (batasnya ${limit} MB). Kirim berkas yang lebih kecil.`;
    sendJson(response, 413, fail('INVALID_INPUT', message));
    return;
  }
  let input: unknown;
  try {
    input = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    sendJson(response, 400, fail('INVALID_INPUT', 'Data yang dikirim bukan JSON yang sah.'));
    return;
  }
  sendJson(response, 200, await dispatch(channel, input, options.ctx, options.log));
}

/** A delivered file, fetched by the page with its token (never by a bare link another site could use). */
function handleDownload(
  request: IncomingMessage,
  response: ServerResponse,
  downloadId: string,
  options: WebServerOptions,
) {
  if (!hasToken(request, options.token)) {
    sendJson(response, 403, fail('FORBIDDEN', 'Akses ditolak: token sesi tidak ada atau salah.'));
    return;
  }
  const pending = options.downloads.takeDownload(downloadId);
  if (!pending) {
    sendJson(response, 404, fail('NOT_FOUND', 'Berkas unduhan sudah tidak tersedia; ekspor sekali lagi.'));
    return;
  }
  response.writeHead(200, {
    'Content-Type': pending.contentType,
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(pending.fileName)}`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(pending.bytes);
}

/** The request target against our own origin; null when it does not parse (an absolute `http://[` target). */
function parseUrl(target: string, port: number): URL | null {
  try {
    return new URL(target, `http://127.0.0.1:${port}`);
  } catch {
    return null;
  }
}

async function route(request: IncomingMessage, response: ServerResponse, options: WebServerOptions, port: number) {
  if (!isOwnHost(request, port) || !isOwnOriginOrNone(request, port)) {
    sendJson(response, 403, fail('FORBIDDEN', 'Akses ditolak: alamat atau asal permintaan tidak dikenal.'));
    return;
  }
  const url = parseUrl(request.url ?? '/', port);
  const path = url === null ? null : decodePath(url.pathname);
  if (url === null || path === null) {
    sendJson(
      response,
      400,
      fail('INVALID_INPUT', 'Alamat permintaan tidak sah. Buka ulang alamat yang dicetak saat server dimulai.'),
    );
    return;
  }
  if (path.startsWith('/api/')) {
    await handleApi(request, response, path.slice('/api/'.length), options);
    return;
  }
  if (path.startsWith('/download/')) {
    handleDownload(request, response, path.slice('/download/'.length), options);
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendJson(response, 405, fail('INVALID_INPUT', 'Metode tidak didukung.'));
    return;
  }
  const file = await readStatic(options.staticRoot, url.pathname);
  if (!file) {
    send(response, 404, 'Tidak ditemukan', 'text/plain; charset=utf-8');
    return;
  }
  send(response, 200, file.body, file.contentType);
}

/** Starts the loopback web shell; resolves once it listens. */
export function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  return new Promise((resolve, reject) => {
    let boundPort = 0;
    const server = createServer((request, response) => {
      // From the headers to the last byte written, an import's slices wait (services/requestTurn.ts).
      response.once('close', requestStarted());
      route(request, response, options, boundPort).catch((error: unknown) => {
        // Last resort only: every input the fuzz test sends gets its own answer before this.
        options.log.error('web request failed', error);
        const message = 'Server web gagal melayani permintaan ini; rinciannya ada di log web.';
        if (!response.headersSent) sendJson(response, 500, fail('INTERNAL', message));
        else response.end();
      });
    });
    server.on('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      boundPort = (server.address() as AddressInfo).port;
      resolve({ server, port: boundPort, url: `http://127.0.0.1:${boundPort}/?token=${options.token}` });
    });
  });
}
