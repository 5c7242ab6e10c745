// `npm run server -- --database postgres://… [--port 8080] [--host 127.0.0.1] [--create-admin NAME]`:
// builds the OPD portal page when its sources are newer than the build, then runs Risalah Server
// (server/main.ts, TypeScript run by tsx). docs/SERVER.md is the manual.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, process.env.RISALAH_OUT_DIR ?? 'out', 'portal', 'index.html');
const SOURCES = ['server/portal', 'shared', 'renderer/src/app/theme.ts', 'renderer/src/app/contrast.ts'];

function newest(path) {
  const full = join(ROOT, path);
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(full).map((name) => newest(join(path, name))));
}

const creatingAdmin = process.argv.includes('--create-admin');
if (!creatingAdmin && (!existsSync(OUT) || SOURCES.some((path) => newest(path) > statSync(OUT).mtimeMs))) {
  console.log('Risalah Server: membangun halaman portal OPD…');
  const built = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'server/portal/vite.config.mts',
      '--logLevel',
      'warn',
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// The server runs as a child; a stop (systemd, Ctrl+C, CI) is passed on so it closes its pool cleanly.
const server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/main.ts'), ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
