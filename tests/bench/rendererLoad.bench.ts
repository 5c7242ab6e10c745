import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { percentile, printFigure } from './stats';

/*
 * P5: the renderer's cold load and its initial JS (gzip) against a blank Vite + React page
 * built in the same run into a temporary folder. Both are served by the same tiny static
 * server and loaded in a fresh Chromium context (empty cache) until their first element
 * is painted: Risalah's AppShell navigation vs the blank page's <h1>.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, process.env['RISALAH_OUT_DIR'] ?? 'out', 'renderer');
const rounds = () => Number(process.env['RISALAH_BENCH_ROUNDS'] ?? 5);
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Gzip bytes of the JS the page's HTML loads before anything runs (entry + modulepreloads). */
function initialJsGzip(dir: string): number {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file))).length, 0);
}

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    try {
      const body = readFileSync(join(dir, path === '/' ? 'index.html' : path));
      response.writeHead(200, { 'Content-Type': TYPES[extname(path) || '.html'] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` }),
    ),
  );
}

async function coldLoads(url: string, selector: string): Promise<number[]> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const samples: number[] = [];
  try {
    for (let i = 0, n = rounds(); i < n; i += 1) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(url);
      await page.locator(selector).first().waitFor();
      samples.push(performance.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return samples;
}

async function buildBlank(dir: string): Promise<string> {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="id"><body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>',
  );
  writeFileSync(
    join(dir, 'src/main.jsx'),
    "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(<h1>Halo</h1>);\n",
  );
  await build({
    root: dir,
    base: './',
    logLevel: 'silent',
    configFile: false,
    plugins: [react()],
    build: { outDir: join(dir, 'dist'), modulePreload: { polyfill: false } },
  });
  return join(dir, 'dist');
}

export async function run(): Promise<void> {
  // Inside the repository so that react resolves from its node_modules; removed afterwards.
  const blankDir = join(ROOT, `.bench-blank-${process.pid}`);
  try {
    const blank = await buildBlank(blankDir);
    printFigure({
      name: 'P5 initial JS (gzip)',
      value: initialJsGzip(OUT) / 1024,
      baseline: initialJsGzip(blank) / 1024,
      unit: 'KiB',
      goal: '< 500 KiB',
    });
    const app = await serve(OUT);
    const plain = await serve(blank);
    try {
      const appLoads = await coldLoads(app.url, 'nav');
      const blankLoads = await coldLoads(plain.url, 'h1');
      printFigure({
        name: 'P5 renderer cold load to first screen p50',
        value: percentile(appLoads, 50),
        baseline: percentile(blankLoads, 50),
        unit: 'ms',
        goal: '< 1500 ms',
      });
    } finally {
      app.server.close();
      plain.server.close();
    }
  } finally {
    rmSync(blankDir, { recursive: true, force: true });
  }
}
