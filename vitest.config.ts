import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores on CI: keep files in a small pool so CPU-heavy suites do not starve each other.
    pool: 'forks',
    maxWorkers: 2,
  },
});
