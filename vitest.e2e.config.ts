import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Real-browser tests: one browser at a time (2 cores), generous timeouts for browser start.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: ['tests/support/i18n-node.ts'],
  },
  // Modules a test runs in Node say their words through WXT's generated i18n (npm run build
  // or wxt prepare writes it).
  resolve: { alias: { '#i18n': resolve('.wxt/i18n/index.ts') } },
});
