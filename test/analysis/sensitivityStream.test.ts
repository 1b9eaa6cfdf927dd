// Sensitivity folds each slice of runs into its setting's counts as it arrives (issue 19's scale
// work): the report is the one the kept runs gave, and no run outlives its slice. Before, every
// setting's runs were kept until the end (memory grew with settings x runs).
import { describe, expect, it } from 'vitest';
import { runBatches } from '../../src/analysis/runPool.js';
import type { RunSummary } from '../../src/analysis/runSummary.js';
import {
  commonSeeds,
  runSensitivity,
  SEEDS_PER_JOB,
  sensitivityBatches,
  sensitivityReport,
  type JobStream,
  type SensitivityPlan,
} from '../../src/analysis/sensitivity.js';
import { swungParameters } from '../../src/analysis/sensitivityParameters.js';
import { loadScenario } from '../../src/scenario/loader.js';

const apec = loadScenario('apec-mrt-2022');

const plan = (runs: number): SensitivityPlan => ({
  scenario: apec,
  // The v2 forum, where CHN's patience decides the text: both ends count something.
  base: { 'forum.mechanisms.habits': 'off', 'forum.mechanisms.standing': 'off', 'forum.roundLimit': '3' },
  parameters: swungParameters(apec, ['CHN.patience']),
  runs,
  masterSeed: '3',
  outcome: 'joint-statement',
  ends: 'range',
});

describe('runSensitivity streams its runs', () => {
  it('gives the report that keeping every run gave, across more than one slice per setting', async () => {
    const thePlan = plan(SEEDS_PER_JOB + 1);
    const kept = sensitivityReport(thePlan, await runBatches(sensitivityBatches(thePlan), { workers: 1 }));
    const progress: number[] = [];
    const streamed = await runSensitivity(thePlan, { workers: 1, onProgress: (done) => progress.push(done) });
    expect(streamed).toEqual(kept);
    expect(streamed.swings[0]!.high.estimate.hits).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(3 * thePlan.runs);
  });

  it('hands out slices of at most SEEDS_PER_JOB seeds, the common seeds in order for every setting', async () => {
    const thePlan = plan(2 * SEEDS_PER_JOB + 1);
    const seedsBySetting = new Map<string, string[]>();
    const stream: JobStream = async (jobs, options) => {
      let index = 0;
      for (const job of jobs) {
        expect(job.seeds.length).toBeLessThanOrEqual(SEEDS_PER_JOB);
        const key = JSON.stringify(job.overrides);
        seedsBySetting.set(key, [...(seedsBySetting.get(key) ?? []), ...job.seeds]);
        options.onResult(index++, []);
      }
    };
    await runSensitivity(thePlan, {}, stream);
    expect(seedsBySetting.size).toBe(3);
    for (const seeds of seedsBySetting.values()) expect(seeds).toEqual(commonSeeds('3', thePlan.runs));
  });

  it('keeps no run: each slice is spoiled once handed over, and the counts are still those of the slices', async () => {
    const thePlan = plan(3 * SEEDS_PER_JOB - 10);
    // A stand-in for the workers: in slice j of a setting, the first j runs are joint statements.
    // Once onResult returns, the slice's runs are emptied and rewritten, so a report computed from
    // runs kept until the end would count the spoiled ones.
    let expectedHits = 0;
    const stream: JobStream = async (jobs, options) => {
      let index = 0;
      for (const job of jobs) {
        const hits = Math.min(index % 3, job.seeds.length);
        const runs: RunSummary[] = job.seeds.map((_, i) => ({
          outcome: i < hits ? 'joint-statement' : 'no-statement',
          consensusText: i < hits,
          rounds: 1,
          ukraine: null,
          votes: null,
        }));
        if (index < 3) expectedHits += hits;
        options.onResult(index++, runs);
        for (const run of runs) run.outcome = 'joint-statement';
        runs.length = 0;
      }
    };
    const report = await runSensitivity(thePlan, { workers: 1 }, stream);
    expect(report.baseline).toMatchObject({ hits: expectedHits, runs: thePlan.runs });
    for (const swing of report.swings) {
      expect(swing.low.estimate.runs).toBe(thePlan.runs);
      expect(swing.high.estimate.runs).toBe(thePlan.runs);
    }
  });
});
