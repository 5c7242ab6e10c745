import { defineConfig } from 'vitest/config';

/** End-to-end: the built web shell in Debian's Chromium; one file at a time (2 cores). */
export default defineConfig({
  test: {
    name: 'e2e',
    globals: true,
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
