import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type RunningWebServer } from '../../../electron/main/web/server';
import { openTempDb, testContext, type TempDb } from '../support/tempDb';
import type { WebFileGateway } from '../../../electron/main/files/webFileGateway';

const TOKEN = 'token-uji-123';
let temp: TempDb;
let web: RunningWebServer;
let gateway: WebFileGateway;

type Reply = { status: number; body: string };

function send(path: string, headers: Record<string, string>, body?: string, method = 'POST'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: web.port, path, method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const own = () => ({
  Host: `127.0.0.1:${web.port}`,
  Authorization: `Bearer ${TOKEN}`,
  'Content-Type': 'application/json',
});

beforeAll(async () => {
  temp = openTempDb();
  const staticRoot = join(temp.dir, 'renderer');
  mkdirSync(staticRoot);
  writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><title>Risalah</title>');
  writeFileSync(join(temp.dir, 'rahasia.txt'), 'jangan dibaca');
  const ctx = testContext(temp.db);
  gateway = ctx.files as WebFileGateway;
  web = await startWebServer({
    ctx,
    downloads: gateway,
    log: { info: () => undefined, error: () => undefined },
    staticRoot,
    token: TOKEN,
    port: 0,
  });
});

afterAll(() => {
  web.server.close();
  temp.dispose();
});

describe('web/server', () => {
  it('binds loopback only and prints the token in its URL', () => {
    expect(web.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(web.url).toBe(`http://127.0.0.1:${web.port}/?token=${TOKEN}`);
  });

  it('serves the same handler table as IPC, with the same result shape', async () => {
    const created = await send('/api/meetings:create', own(), JSON.stringify({ title: 'Rakor', date: '2026-11-27' }));
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { title: 'Rakor', status: 'DRAF' } });
    const refused = await send('/api/meetings:create', own(), JSON.stringify({ title: '', date: '2026-11-27' }));
    expect(JSON.parse(refused.body)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Judul rapat wajib diisi.' },
    });
  });

  it('answers 403 without the token', async () => {
    const { Authorization: _omit, ...headers } = own();
    const reply = await send('/api/meetings:list', headers, '{}');
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('answers 403 with a wrong token', async () => {
    const reply = await send('/api/meetings:list', { ...own(), Authorization: 'Bearer salah' }, '{}');
    expect(reply.status).toBe(403);
  });

  it('answers 403 to a foreign Origin even with the token', async () => {
    const reply = await send('/api/meetings:list', { ...own(), Origin: 'http://evil.example' }, '{}');
    expect(reply.status).toBe(403);
  });

  it('answers 403 to a foreign Host (DNS rebinding), for pages too', async () => {
    expect((await send('/api/meetings:list', { ...own(), Host: `evil.example:${web.port}` }, '{}')).status).toBe(403);
    expect((await send('/', { Host: 'evil.example' }, undefined, 'GET')).status).toBe(403);
  });

  it('accepts its own origin and localhost', async () => {
    const reply = await send(
      '/api/meetings:list',
      { ...own(), Host: `localhost:${web.port}`, Origin: `http://localhost:${web.port}` },
      '{}',
    );
    expect(reply.status).toBe(200);
  });

  it('answers malformed JSON with a clear refusal', async () => {
    const reply = await send('/api/meetings:create', own(), '{"title":');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('serves the renderer but nothing outside it', async () => {
    const page = await send('/', { Host: `127.0.0.1:${web.port}` }, undefined, 'GET');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Risalah</title>');
    const escape = await send('/..%2Frahasia.txt', { Host: `127.0.0.1:${web.port}` }, undefined, 'GET');
    expect(escape.status).toBe(404);
    expect(escape.body).not.toContain('jangan dibaca');
  });
});

describe('web/server downloads', () => {
  it('hands a delivered file only to a request with the token, and only once', async () => {
    const delivery = await gateway.deliver({
      bytes: Buffer.from('isi notula'),
      fileName: 'Notula Rakor 2026-11-27.docx',
      kind: 'docx',
    });
    if (delivery.kind !== 'download') throw new Error('expected a download');
    const path = `/download/${delivery.downloadId}`;
    expect((await send(path, { Host: `127.0.0.1:${web.port}` }, undefined, 'GET')).status).toBe(403);
    const first = await send(path, own(), undefined, 'GET');
    expect(first.status).toBe(200);
    expect(first.body).toBe('isi notula');
    expect((await send(path, own(), undefined, 'GET')).status).toBe(404);
  });
});
