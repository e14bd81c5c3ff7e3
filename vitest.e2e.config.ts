import { defineConfig } from 'vitest/config';

// Real-browser tests: one browser at a time (2 cores), generous timeouts for browser start.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
