import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests import forum-sim/testing from the sources, not from a possibly stale dist/.
  ssr: { resolve: { conditions: ['forum-sim-source', 'module', 'node', 'development|production'] } },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Ceilings against hangs, not speed checks: a CI machine running other jobs can take several
    // times longer than an idle one (a check test took 30 s at a load average of 12 on 2 cores).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Both cores: the property suites are CPU-bound and vitest would otherwise keep one idle.
    maxWorkers: 2,
  },
});
