import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Unit and integration tests; the end-to-end suite has its own config (vitest.e2e.config.ts). */
export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'shared', environment: 'node', include: ['tests/shared/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'main', environment: 'node', include: ['tests/main/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        // Risalah Server against a real PostgreSQL (RISALAH_TEST_PG; tests/server/support/pgTest.ts).
        // One file at a time: each makes its own database, and the machine is shared.
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
