import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The OPD portal (docs/SERVER.md): its own small page, served by Risalah Server under /portal/.
const OUT = process.env['RISALAH_OUT_DIR'] ?? 'out';

export default defineConfig({
  root: import.meta.dirname,
  base: '/portal/',
  plugins: [react()],
  // The app's favicons, so the tab looks like Risalah.
  publicDir: resolve(import.meta.dirname, '../../renderer/public'),
  build: {
    outDir: resolve(import.meta.dirname, '../..', OUT, 'portal'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
