import { defineConfig } from 'vitest/config';

/** End-to-end: the built web shell in Debian's Chromium; one file at a time (2 cores). */
export default defineConfig({
  test: {
    name: 'e2e',
    globals: true,
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    // Removes the data folders each file made (tests/e2e/support/webShell.ts tempDataDir).
    setupFiles: ['tests/e2e/support/setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
