import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type RunningWebServer } from '../../../electron/main/web/server';
import { openTempDb, testContext, type TempDb } from '../support/tempDb';
import type { WebFileGateway } from '../../../electron/main/files/webFileGateway';

/*
 * Issue 15, part 5: the answers at the HTTP boundary. An oversized body gets 413 with a
 * message the client can read (the connection is not reset under it), and a path that
 * does not percent-decode gets 400, never the generic internal message.
 */
const TOKEN = 'token-uji-batas';
let temp: TempDb;
let web: RunningWebServer;
const errors: unknown[] = [];

type Reply = { status: number; body: string };

/** Streams `size` bytes of body in 1 MB chunks, then reads the answer. */
function post(path: string, size: number): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers = {
      Host: `127.0.0.1:${web.port}`,
      Authorization: `Bearer ${TOKEN}`,
      'Content-Type': 'application/json',
      'Content-Length': String(size),
    };
    const req = request({ host: '127.0.0.1', port: web.port, path, method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    const chunk = Buffer.alloc(1024 * 1024, 0x78);
    let left = size;
    const pump = () => {
      while (left > 0) {
        const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
        left -= piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

/** A raw request line, so that paths Node's client would refuse to send reach the server as written. */
function raw(target: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const socket = connect(web.port, '127.0.0.1', () => {
      const head = [`POST ${target} HTTP/1.1`, `Host: 127.0.0.1:${web.port}`, `Authorization: Bearer ${TOKEN}`];
      head.push('Content-Length: 2', 'Connection: close');
      socket.write(`${head.join('\r\n')}\r\n\r\n{}`);
    });
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    socket.on('end', () => {
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const payload = rest.join('\r\n\r\n');
      // Chunked answers: keep the chunks' data lines only (one chunk, then the terminating 0).
      const body = /transfer-encoding: chunked/i.test(head) ? (payload.split('\r\n')[1] ?? '') : payload;
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), body });
    });
    socket.on('error', reject);
  });
}

beforeAll(async () => {
  temp = openTempDb();
  const staticRoot = join(temp.dir, 'renderer');
  mkdirSync(staticRoot);
  writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><title>Risalah</title>');
  const ctx = testContext(temp.db);
  const log = { info: () => undefined, error: (...args: unknown[]) => void errors.push(args) };
  web = await startWebServer({ ctx, downloads: ctx.files as WebFileGateway, log, staticRoot, token: TOKEN, port: 0 });
});

afterAll(() => {
  web.server.close();
  temp.dispose();
});

describe('web/server at its boundary', () => {
  it('answers a body over 100 MB with 413 and an Indonesian message the client reads', async () => {
    const reply = await post('/api/meetings:list', 100 * 1024 * 1024 + 1);
    expect(reply.status).toBe(413);
    const message = expect.stringContaining('terlalu besar (batasnya 100 MB)') as unknown;
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message } });
    // The same connection kind still works right after: the server is not wedged by the drained body.
    expect((await post('/api/meetings:list', 2)).status).toBe(400);
  }, 60_000);

  it('still takes a body just under the limit to the handler', async () => {
    const reply = await post('/api/meetings:list', 1024 * 1024);
    // A megabyte of 'x' is not JSON: the refusal is about the content, not the size.
    expect(reply.status).toBe(400);
    expect(reply.body).toContain('bukan JSON yang sah');
  });

  const undecodable = ['/api/%E0%A4%A', '/download/%E0%A4%A', '/%E0%A4%A', '/api/%', '/api/%zz'];
  it.each(undecodable)('answers 400 to the undecodable path %s', async (path) => {
    const reply = await raw(path);
    expect(reply.status).toBe(400);
    const message = 'Alamat permintaan tidak sah. Buka ulang alamat yang dicetak saat server dimulai.';
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message } });
  });

  it('answers 400 to an absolute target that does not parse', async () => {
    const reply = await raw('http://[::1/api/meetings:list');
    expect(reply.status).toBe(400);
    expect(reply.body).not.toContain('tidak terduga');
    expect(errors).toEqual([]);
  });
});
