import type { ServerResponse } from 'node:http';

/** Headers every answer carries: no sniffing, no framing, no caching of API data. */
const COMMON = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
};

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...COMMON,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(text);
}

export function sendEmpty(response: ServerResponse, status: number): void {
  response.writeHead(status, { ...COMMON, 'Cache-Control': 'no-store' });
  response.end();
}

export function sendBytes(
  response: ServerResponse,
  status: number,
  bytes: Buffer,
  headers: Record<string, string>,
): void {
  response.writeHead(status, { ...COMMON, 'Content-Length': bytes.length, ...headers });
  response.end(bytes);
}

export function sendError(response: ServerResponse, status: number, code: string, message: string, headers = {}): void {
  sendJson(response, status, { error: { code, message } }, headers);
}
