import { Agent, request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type RunningWebServer } from '../../../electron/main/web/server';
import type { WebFileGateway } from '../../../electron/main/files/webFileGateway';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';
import { badAnswer, FUZZ_RUNS, openFuzzWorld, type FuzzWorld } from './fuzzSupport';

/*
 * Hostile requests at the web shell's HTTP boundary (issue 15, part 5): random methods,
 * paths (percent signs, broken escapes, traversal, real channel names), headers (Host,
 * Origin, token, content type) and bodies. Every answer is a known status with its own
 * message; none is the generic internal one, and nothing reaches the error log.
 */
const seed = Number(process.env['RISALAH_FUZZ_SEED'] ?? 20261205);
const TOKEN = 'token-fuzz-http-0123456789';
const GENERIC = /tidak terduga|gagal melayani/;
const KNOWN_STATUSES = new Set([200, 400, 403, 404, 405, 413]);

let world: FuzzWorld;
let web: RunningWebServer;
let staticDir: string;
const agent = new Agent({ keepAlive: false });

type Shot = Readonly<{ method: string; path: string; headers: Record<string, string>; body: string }>;

function fire(shot: Shot): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const target = {
      host: '127.0.0.1',
      port: web.port,
      agent,
      method: shot.method,
      path: shot.path,
      headers: shot.headers,
    };
    const req = request(target, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body: text }),
      );
    });
    req.on('error', reject);
    if (shot.method !== 'GET' && shot.method !== 'HEAD') req.write(shot.body);
    req.end();
  });
}

// Printable ASCII without space: what an HTTP client may put in a request target or a header.
const visible = fc.string({
  unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)),
  maxLength: 30,
});
const escapes = fc.constantFrom(
  ...[
    '%',
    '%E0%A4%A',
    '%E0%A4%A4',
    '%zz',
    '%00',
    '%2F',
    '%2e%2e',
    '%F0%9F%99%82',
    '%C0%AF',
    '%u0041',
    '..',
    '//',
    '?token=x',
    '#x',
  ],
);
const names = fc.constantFrom('index.html', 'assets', '__proto__', 'constructor');
const segment = fc.oneof(visible, escapes, fc.constantFrom(...IPC_CHANNELS), names);
const path = fc
  .tuple(
    fc.constantFrom('/api/', '/download/', '/', '/assets/', '//', 'http://127.0.0.1/api/', '*'),
    fc.array(segment, { maxLength: 4 }),
  )
  .map(([prefix, parts]) => prefix + parts.join(''));

function headers(port: number): fc.Arbitrary<Record<string, string>> {
  const own = `127.0.0.1:${port}`;
  return fc
    .record(
      {
        Host: fc.oneof(
          fc.constantFrom(own, own, own, `localhost:${port}`, 'evil.example', `127.0.0.1:${port + 1}`, ''),
          visible,
        ),
        Origin: fc.oneof(fc.constantFrom(`http://${own}`, 'http://evil.example', 'null', ''), visible),
        Authorization: fc.oneof(
          fc.constantFrom(`Bearer ${TOKEN}`, `Bearer ${TOKEN}`, `Bearer ${TOKEN}x`, 'Bearer ', 'Basic eDp5', TOKEN),
          visible,
        ),
        'Content-Type': fc.oneof(
          fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=x'),
          visible,
        ),
      },
      { requiredKeys: [] },
    )
    .map((value) =>
      Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    );
}

const body = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('', '{}', '{"meetingId":', 'null', '[]', '"teks"', '\u0000', '{"__proto__":{"x":1}}'),
);

beforeAll(async () => {
  world = await openFuzzWorld();
  staticDir = mkdtempSync(join(tmpdir(), 'risalah-fuzz-static-'));
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Risalah</title>');
  const downloads = world.ctx.files as WebFileGateway;
  web = await startWebServer({
    ctx: world.ctx,
    downloads,
    log: world.errors,
    staticRoot: staticDir,
    token: TOKEN,
    port: 0,
  });
});

afterAll(() => {
  web.server.close();
  agent.destroy();
  world.dispose();
  rmSync(staticDir, { recursive: true, force: true });
});

describe('fuzz: the web shell over HTTP', () => {
  it(`answers ${FUZZ_RUNS * 5} hostile requests with a known status and never the generic internal message`, async () => {
    const statuses = new Map<number, number>();
    const method = fc.constantFrom('POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH');
    const shot = fc.record({ method, path, headers: headers(web.port), body });
    await fc.assert(
      fc.asyncProperty(shot, async (sent) => {
        const reply = await fire(sent);
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        if (!KNOWN_STATUSES.has(reply.status))
          throw new Error(`status ${reply.status} for ${sent.method} ${sent.path}: ${reply.body}`);
        if (GENERIC.test(reply.body)) throw new Error(`generic answer for ${sent.method} ${sent.path}: ${reply.body}`);
        if (reply.type.startsWith('application/json') && sent.method !== 'HEAD') {
          const parsed = JSON.parse(reply.body) as { ok: boolean; error?: { code: string } };
          const problem = badAnswer(parsed);
          if (problem) throw new Error(`${problem} for ${sent.method} ${sent.path}`);
          if (parsed.error?.code === 'INTERNAL') throw new Error(`INTERNAL for ${sent.method} ${sent.path}`);
        }
      }),
      { numRuns: FUZZ_RUNS * 5, seed, endOnFailure: true },
    );
    expect(world.errors.error).not.toHaveBeenCalled();
    // The generator must reach past the guards: some requests were served, some refused as bad paths.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(403) ?? 0).toBeGreaterThan(0);
  }, 600_000);
});
