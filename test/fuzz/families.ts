// The fuzz's families of hostile input, each a generator of cases and the check of one case:
// `scenario` (the scenario files, mutations.ts and check.ts), `sweep` (sweep files under merge and
// --resume, sweepFiles.ts), `inputs` (run --inputs lines, inputLines.ts) and `cache` (the build's
// YAML cache under the built CLI, cacheEntries.ts). Case I of seed S is the fast-check sample of
// seed S + I of its family's generator, so a case is reproduced from (family, seed, index) alone.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { applyPlan } from './apply.js';
import { checkCase, isFailure, runCase, saveCase, SLOW_MS, type Finding } from './check.js';
import { corpus } from './corpus.js';
import { casePlans, type CasePlan } from './mutations.js';
import { cachePlans, runCacheCase, type CachePlan } from './cacheEntries.js';
import { inputPlans, runInputCase, type InputPlan } from './inputLines.js';
import { pristineSweep, runSweepCase, sweepPlans, type SweepPlan } from './sweepFiles.js';

export const FAMILY_NAMES = ['scenario', 'sweep', 'inputs', 'cache'] as const;
export type FamilyName = (typeof FAMILY_NAMES)[number];

export interface FamilyOutcome {
  status: 'accepted' | 'rejected' | 'failed';
  findings: Finding[];
  /** CPU time of this process meanwhile. */
  cpuMs: number;
}

export interface FuzzCase {
  family: FamilyName;
  plan: unknown;
}

interface Family {
  plans(): fc.Arbitrary<unknown>;
  run(plan: unknown, work: string): Promise<{ status?: FamilyOutcome['status']; code?: number; findings: Finding[] }>;
}

const FAMILIES: Record<FamilyName, Family> = {
  scenario: {
    plans: casePlans,
    run: async (plan, work) => runCase(plan as CasePlan, work),
  },
  sweep: {
    plans: sweepPlans,
    run: (plan, work) => runSweepCase(plan as SweepPlan, work),
  },
  inputs: {
    plans: inputPlans,
    run: (plan, work) => runInputCase(plan as InputPlan, work),
  },
  cache: {
    plans: cachePlans,
    run: async (plan, work) => runCacheCase(plan as CachePlan, work),
  },
};

export function fuzzCase(family: FamilyName, seed: number, index: number): FuzzCase {
  return { family, plan: fc.sample(FAMILIES[family].plans(), { seed: (seed + index) | 0, numRuns: 1 })[0]! };
}

/** Runs one case in `work` (a folder the family may fill and empty as it likes). */
export async function runFuzzCase(c: FuzzCase, work: string): Promise<FamilyOutcome> {
  const cpu = process.cpuUsage();
  const outcome = await FAMILIES[c.family].run(c.plan, work);
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const findings = [...outcome.findings];
  // The scenario family measures its own; the others' time is mostly the CLI's.
  if (c.family !== 'scenario' && cpuMs > SLOW_MS)
    findings.push({
      kind: 'slow',
      stage: 'case',
      signature: `case slower than ${SLOW_MS} ms`,
      detail: `${Math.round(cpuMs)} ms of CPU time`,
    });
  const status = findings.some(isFailure)
    ? 'failed'
    : (outcome.status ?? (outcome.code === 0 ? 'accepted' : 'rejected'));
  return { status, findings, cpuMs };
}

/** Work done once per process before the first case, so that it is not counted as the case's. */
export async function warmUp(family: FamilyName, work: string): Promise<void> {
  if (family === 'scenario') runCase({ forum: corpus().forums[0]!, mutations: [] }, work);
  if (family === 'sweep' || family === 'inputs') await pristineSweep(work);
}

/** Saves a case for reproduction: case.json (family, plan, findings), README.txt, and for the
 * scenario family its scenarios/ folder, as --replay reads them. Returns the folder. */
export function saveFuzzCase(dir: string, c: FuzzCase, findings: readonly Finding[], reproduce: string): string {
  if (c.family === 'scenario') {
    const plan = c.plan as CasePlan;
    return saveCase(dir, plan, applyPlan(plan), findings, reproduce);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'case.json'), JSON.stringify({ ...c, findings }, null, 2) + '\n');
  const readme = [
    reproduce,
    `Replay it: npm run fuzz -- --replay ${dir}`,
    '',
    ...findings.map((f) => `${f.kind} at ${f.stage}: ${f.signature}\n${f.detail}\n`),
  ];
  writeFileSync(join(dir, 'README.txt'), readme.join('\n'));
  return dir;
}

/**
 * Checks a saved case again, in this process, printing its findings; 1 when it still fails. A
 * scenario case is checked on its saved scenarios/ folder (as saved or as edited since); the other
 * families' cases are made again from their plan (the damaged file from a fresh sweep, run or build).
 */
export async function replayCase(dir: string): Promise<number> {
  const saved = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as {
    family?: FamilyName;
    plan: unknown;
    changed?: string[];
  };
  let outcome: FamilyOutcome;
  if (saved.family !== undefined && saved.family !== 'scenario') {
    const work = mkdtempSync(join(tmpdir(), 'forum-sim-fuzz-replay-'));
    outcome = await runFuzzCase({ family: saved.family, plan: saved.plan }, work);
  } else {
    const plan = saved.plan as CasePlan;
    const changed = saved.changed ?? [...new Set([plan.forum, ...applyPlan(plan).keys()])];
    outcome = checkCase(dir, plan.forum, changed);
  }
  process.stdout.write(`${outcome.status} in ${Math.round(outcome.cpuMs)} ms of CPU time\n`);
  for (const f of outcome.findings) process.stdout.write(`${f.kind} at ${f.stage}: ${f.signature}\n${f.detail}\n\n`);
  return outcome.findings.some(isFailure) ? 1 : 0;
}
