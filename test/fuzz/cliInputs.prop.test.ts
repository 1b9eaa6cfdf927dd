// The fuzz's other families in quick mode (issue 19): damaged sweep files under merge, merge --sort
// and sweep --resume; mutated run --inputs lines; an edited YAML cache under the built CLI. Each case
// must exit as documented (0, or 2 / 74 naming the file; never 70), print no stack trace, and lose
// or overwrite nothing (sweepFiles.ts, inputLines.ts, cacheEntries.ts say what each checks).
// A few cases each here; `npm run fuzz -- --family sweep --cases 2000` runs the same generators at length.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { propertySettings } from '../../src/testing/settings.js';
import { BUILT_CLI } from './cacheEntries.js';
import { isFailure } from './check.js';
import { fuzzCase, runFuzzCase, warmUp, type FamilyName, type FuzzCase } from './families.js';

const work = mkdtempSync(join(tmpdir(), 'forum-sim-fuzz-cli-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `runs` cases of a family (fast-check seeds as the fuzz script uses them) and fails with the first failing one. */
async function quickFuzz(family: FamilyName, runs: number): Promise<void> {
  const { seed } = propertySettings();
  await warmUp(family, work);
  const failures: string[] = [];
  for (let index = 0; index < runs; index++) {
    const c: FuzzCase = fuzzCase(family, seed, index);
    const outcome = await runFuzzCase(c, work);
    const failing = outcome.findings.filter(isFailure);
    if (failing.length > 0)
      failures.push(
        [
          `case ${index} (npm run fuzz -- --family ${family} --seed ${seed} --from ${index} --cases 1)`,
          `plan: ${JSON.stringify(c.plan).slice(0, 600)}`,
          ...failing.map((f) => `${f.kind} at ${f.stage}: ${f.signature}\n  ${f.detail.slice(0, 800)}`),
        ].join('\n'),
      );
  }
  expect(failures, failures.join('\n\n')).toEqual([]);
}

// Cases per family: FORUM_SIM_PROP_RUNS (default 200) scaled, as the other property suites do.
const runsOf = (scale: number) => propertySettings({ scale }).numRuns;

describe(`the CLI under hostile files (fast-check seed ${propertySettings().seed}; FORUM_SIM_PROP_SEED / FORUM_SIM_PROP_RUNS)`, () => {
  it(
    `damaged sweep files: merge, merge --sort and --resume exit 0 or 2 naming the file, and lose nothing (${runsOf(0.06)} cases)`,
    { timeout: 300_000 },
    async () => {
      await quickFuzz('sweep', runsOf(0.06));
    },
  );

  it(
    `mutated run --inputs lines replay or are refused naming the file; out-of-range draws and other hashes always refused (${runsOf(0.06)} cases)`,
    { timeout: 300_000 },
    async () => {
      await quickFuzz('inputs', runsOf(0.06));
    },
  );

  it.skipIf(!existsSync(BUILT_CLI))(
    `an edited YAML cache changes nothing the built CLI prints (${runsOf(0.01)} cases; needs npm run build)`,
    { timeout: 300_000 },
    async () => {
      await quickFuzz('cache', runsOf(0.01));
    },
  );
});
