import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests import forum-sim/testing from the sources, not from a possibly stale dist/.
  ssr: { resolve: { conditions: ['forum-sim-source', 'module', 'node', 'development|production'] } },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 30_000,
    pool: 'forks',
    // Both cores: the property suites are CPU-bound and vitest would otherwise keep one idle.
    maxWorkers: 2,
  },
});
