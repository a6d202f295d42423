import { defineConfig } from 'vitest/config';

/** Browser tests: the built extension in Debian's Chromium. One file at a time: each launches a browser. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
