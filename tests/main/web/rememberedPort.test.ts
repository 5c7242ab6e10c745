import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startOnRememberedPort } from '../../../electron/main/web/rememberedPort';
import { WEB_SHELL_FILE, readWebShellState } from '../../../electron/main/web/webShellState';
import { dataFolderId, DATA_FOLDER_ID_FILE } from '../../../electron/main/services/dataFolderId';

/*
 * Issue 15, part 2: a data folder keeps its web shell port and token across restarts, so
 * the browser's origin (and the crash journal in its storage) and the open tab's token stay.
 */
let dir: string;
const servers: Server[] = [];

/** A real listener, as the web shell's: fails with EADDRINUSE when the port is taken. */
function listen(port: number): Promise<Server & { port: number }> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      servers.push(server);
      resolve(Object.assign(server, { port: (server.address() as { port: number }).port }));
    });
  });
}

const start = (port: number) => listen(port);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'risalah-port-'));
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
  rmSync(dir, { recursive: true, force: true });
});

describe('web/rememberedPort', () => {
  it('starts again on the same port with the same token when no port is given', async () => {
    const said: string[] = [];
    const first = await startOnRememberedPort({ port: null, dataDir: dir, newToken: false }, start, (line) =>
      said.push(line),
    );
    expect(first.token).toMatch(/^[\w-]{32}$/);
    await new Promise((done) => first.running.close(done));
    const second = await startOnRememberedPort({ port: null, dataDir: dir, newToken: false }, start, (line) =>
      said.push(line),
    );
    expect(second.running.port).toBe(first.running.port);
    expect(second.token).toBe(first.token);
    expect(said).toEqual([]);
    if (process.platform !== 'win32') expect(statSync(join(dir, WEB_SHELL_FILE)).mode & 0o777).toBe(0o600);
  });

  it('picks a free port only when the remembered one is taken, says so, and remembers the new one', async () => {
    const first = await startOnRememberedPort({ port: null, dataDir: dir, newToken: false }, start, () => undefined);
    // Still listening: the remembered port is taken by "another program".
    const said: string[] = [];
    const second = await startOnRememberedPort({ port: null, dataDir: dir, newToken: false }, start, (line) =>
      said.push(line),
    );
    expect(second.running.port).not.toBe(first.running.port);
    expect(second.token).toBe(first.token);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(`Port ${first.running.port} yang biasa dipakai folder data ini sedang digunakan`);
    expect(said[0]).toContain(`memakai port ${second.running.port}`);
    expect(readWebShellState(dir)).toEqual({ port: second.running.port, token: first.token });
  });

  it('uses a port given with --port as given (taken: the start fails), and --new-token forgets the token', async () => {
    const first = await startOnRememberedPort({ port: 0, dataDir: dir, newToken: false }, start, () => undefined);
    const taken = startOnRememberedPort(
      { port: first.running.port, dataDir: dir, newToken: false },
      start,
      () => undefined,
    );
    await expect(taken).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await new Promise((done) => first.running.close(done));
    const renewed = await startOnRememberedPort({ port: null, dataDir: dir, newToken: true }, start, () => undefined);
    expect(renewed.running.port).toBe(first.running.port);
    expect(renewed.token).not.toBe(first.token);
    expect(readWebShellState(dir)?.token).toBe(renewed.token);
  });

  it('starts on any free port with a new token when the remembered file is damaged', async () => {
    writeFileSync(join(dir, WEB_SHELL_FILE), '{"port": "delapan", "token": 1');
    const started = await startOnRememberedPort({ port: null, dataDir: dir, newToken: false }, start, () => undefined);
    expect(started.running.port).toBeGreaterThan(0);
    expect(readWebShellState(dir)).toEqual({ port: started.running.port, token: started.token });
  });
});

describe('services/dataFolderId', () => {
  it('is made once and read back the same; another folder has another id', () => {
    const id = dataFolderId(dir);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(dataFolderId(dir)).toBe(id);
    expect(JSON.parse(readFileSync(join(dir, DATA_FOLDER_ID_FILE), 'utf8'))).toEqual({ id });
    const other = mkdtempSync(join(tmpdir(), 'risalah-port-lain-'));
    try {
      expect(dataFolderId(other)).not.toBe(id);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('falls back to a stable id from the path when the folder refuses the file', () => {
    // A folder "inside" a file cannot be made, even by root: the write fails as on read-only media.
    writeFileSync(join(dir, 'berkas'), 'bukan folder');
    const refused = join(dir, 'berkas', 'data');
    const id = dataFolderId(refused);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(dataFolderId(refused)).toBe(id);
    expect(dataFolderId(join(dir, 'berkas', 'lain'))).not.toBe(id);
  });
});
