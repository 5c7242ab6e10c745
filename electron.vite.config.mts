import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Parallel work on one machine can give each worker its own build output.
const OUT = process.env['RISALAH_OUT_DIR'] ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: `${OUT}/main`,
      rollupOptions: {
        // web.js is the loopback web shell: the same handlers under plain Node.
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          web: resolve(import.meta.dirname, 'electron/main/web/webMain.ts'),
          // The start-up quick_check runs in this worker thread (electron/main/db/backgroundCheck.ts).
          integrityWorker: resolve(import.meta.dirname, 'electron/main/db/integrityWorker.ts'),
          // Search and import parsing run in this worker thread (electron/main/workers/readWorkers.ts).
          readWorker: resolve(import.meta.dirname, 'electron/main/workers/readWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: `${OUT}/preload`,
      // A sandboxed preload cannot require() packages: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, `${OUT}/renderer`),
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'renderer/index.html'),
          // Static page main shows when the app page crashed or hung (electron/main/desktop/crashRecovery.ts).
          recovery: resolve(import.meta.dirname, 'renderer/recovery.html'),
        },
      },
    },
  },
});
