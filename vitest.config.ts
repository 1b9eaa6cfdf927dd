import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 30_000,
    pool: 'forks',
    // Both cores: the property suites are CPU-bound and vitest would otherwise keep one idle.
    maxWorkers: 2,
  },
});
