// The lines of a sweep's JSONL file: a header that says what the sweep is, then one record per run
// with its inputs (enough for `forum-sim run --inputs` to replay it) and what it came to.
import type { Blocker, DecisionRule, OutcomeKind, RunInputs, RunResult, Scenario } from '../domain/types.js';
import { deriveSeed } from '../engine/rng.js';
import { runScenario, type RunOptions } from '../engine/run.js';
import type { Overrides } from '../scenario/overrides.js';
import { adoptedText } from './consensusText.js';

/** Version of the file format, in every header. */
export const SWEEP_FORMAT = 1;
/** Most runs a sweep takes (its file keeps one byte per run index while it is read back). */
export const MAX_SWEEP_RUNS = 100_000_000;

export interface Shard {
  /** 1-based: shard `index` of `count`. */
  index: number;
  count: number;
}

export interface SweepHeader {
  forumSimSweep: typeof SWEEP_FORMAT;
  scenario: string;
  scenarioHash: string;
  version: string;
  seed: string;
  runs: number;
  shard: Shard | null;
  /** --params and --set, as given. */
  overrides: Overrides;
  /** --vary: PATH -> LO:MODE:HI. Every run's overrides are `overrides` then `vary`. */
  vary: Overrides;
  decisionRule: DecisionRule;
  /** Issues on the table, in catalogue order. */
  issues: string[];
  /** The compromise baseline: the outcome and wording the static spatial model predicts. */
  baseline: { outcome: OutcomeKind; paragraphs: Record<string, string> };
}

/** What a sweep keeps of a run: small, and enough to fold into every figure of the summary. */
export interface RunOutcome {
  outcome: OutcomeKind;
  rounds: number;
  capped: boolean;
  /** Issue -> rung of the adopted text (`omit` for an issue left out); null when none was (consensusText.ts). */
  text: Record<string, string> | null;
  blockers: Blocker[];
}

export interface RunRecord {
  run: number;
  scenario: string;
  inputs: RunInputs;
  result: RunOutcome;
}

/** A run that threw: its inputs, so it can be replayed, and the error's message. */
export interface ErrorRecord {
  run: number;
  scenario: string;
  inputs: Pick<RunInputs, 'seed' | 'overrides' | 'scenarioHash'>;
  error: string;
}

export type SweepRecord = RunRecord | ErrorRecord;

export const isError = (record: SweepRecord): record is ErrorRecord => 'error' in record;

/** The overrides every run of the sweep gets: the file's and --set's, then --vary's spreads. */
export function runOverrides(header: Pick<SweepHeader, 'overrides' | 'vary'>): Overrides {
  return { ...header.overrides, ...header.vary };
}

export function runOutcome(result: RunResult): RunOutcome {
  const adopted = adoptedText(result);
  const text = adopted
    ? Object.fromEntries(
        Object.keys(result.baseline).map((issue) => [
          issue,
          adopted.paragraphs.find((p) => p.issue === issue)?.rung ?? 'omit',
        ]),
      )
    : null;
  return { outcome: result.outcome, rounds: result.rounds, capped: result.capped, text, blockers: result.blockers };
}

export type Runner = (scenario: Scenario, options: RunOptions) => RunResult;

/** Run `index` of a sweep with master seed `master`; a run that throws becomes an error record. */
export function sweepRecord(
  scenario: Scenario,
  overrides: Overrides,
  master: string,
  index: number,
  runner: Runner = runScenario,
): SweepRecord {
  const seed = deriveSeed(master, index);
  try {
    const result = runner(scenario, { seed, overrides, transcript: false });
    return { run: index, scenario: scenario.id, inputs: result.inputs, result: runOutcome(result) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      run: index,
      scenario: scenario.id,
      inputs: { seed, overrides: { ...overrides }, scenarioHash: scenario.hash },
      error: message,
    };
  }
}
