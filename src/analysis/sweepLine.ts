// The lines of a sweep's JSONL file: a header that says what the sweep is, then one record per run
// with its inputs (enough for `forum-sim run --inputs` to replay it) and what it came to. A line is
// compact: the drawn values derive from (scenario, overrides, seed), so only those of parameters
// the overrides spread are kept (unless fullInputs), and blockers are grouped by issue and rung.
import type { Blocker, DecisionRule, OutcomeKind, RunInputs, RunResult, Scenario } from '../domain/types.js';
import { deriveSeed } from '../engine/rng.js';
import { runScenario, type RunOptions } from '../engine/run.js';
import type { Overrides } from '../scenario/overrides.js';
import { adoptedText } from './consensusText.js';
import { pointOf, type Design } from './design/design.js';

/** Version of the file format, in every header; 2: compact lines (inputs.drawn optional, blockers grouped). */
export const SWEEP_FORMAT = 2;
/** Version of a design's file: format 2 plus `design` in the header, per-point overrides and seeds. */
export const DESIGN_SWEEP_FORMAT = 3;
/** Formats this version reads (`merge`); it writes SWEEP_FORMAT, and DESIGN_SWEEP_FORMAT for a design. */
export const READABLE_SWEEP_FORMATS: readonly number[] = [1, 2, 3];
/** Most runs a sweep takes (its file keeps one byte per run index while it is read back). */
export const MAX_SWEEP_RUNS = 100_000_000;

export interface Shard {
  /** 1-based: shard `index` of `count`. */
  index: number;
  count: number;
}

export interface SweepHeader {
  forumSimSweep: number;
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
  /** `forum-sim design`: the design whose points the runs are (format 3); absent for a sweep. */
  design?: Design;
}

/**
 * Run `run`'s seed: the master seed and the run index for a sweep; for a design, the master seed and
 * the run's repetition at its point, so every point is run on the same seeds (common random numbers:
 * the differences between points are the factors', not luck's).
 */
export function runSeed(header: Pick<SweepHeader, 'seed' | 'design'>, run: number): string {
  return deriveSeed(header.seed, header.design ? pointOf(header.design, run).repetition : run);
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

/** A run's inputs in a sweep line: `drawn` holds every draw only with fullInputs (see above). */
export type LineInputs = Omit<RunInputs, 'drawn'> & { drawn?: Record<string, number> };

export interface RunRecord {
  run: number;
  scenario: string;
  inputs: LineInputs;
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

/**
 * The inputs a line keeps: without `full`, only the draws of parameters the overrides name (the
 * varied ones, for --csv-runs); replay recomputes the rest from the seed, draw for draw.
 */
export function lineInputs(inputs: RunInputs, full: boolean): LineInputs {
  if (full) return inputs;
  const { drawn, ...rest } = inputs;
  const varied = Object.entries(drawn).filter(([key]) => Object.hasOwn(inputs.overrides, key));
  return varied.length > 0 ? { ...rest, drawn: Object.fromEntries(varied) } : rest;
}

export interface SweepRecordOptions {
  /** Keep every drawn value in the line (`sweep --full-inputs`). */
  fullInputs?: boolean;
  /** The index the run's seed derives from, when not its own (a design's repetition, see runSeed). */
  seedIndex?: number;
}

/** Run `index` of a sweep with master seed `master`; a run that throws becomes an error record. */
export function sweepRecord(
  scenario: Scenario,
  overrides: Overrides,
  master: string,
  index: number,
  runner: Runner = runScenario,
  options: SweepRecordOptions = {},
): SweepRecord {
  const seed = deriveSeed(master, options.seedIndex ?? index);
  try {
    const full = options.fullInputs ?? false;
    // A compact line keeps only the varied draws: the run need not record the rest.
    const result = runner(scenario, { seed, overrides, transcript: false, drawnRecord: full ? 'all' : 'overridden' });
    const inputs = lineInputs(result.inputs, full);
    return { run: index, scenario: scenario.id, inputs, result: runOutcome(result) };
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

/** Blockers as a line keeps them: issue -> rung -> actors (a fifth of the list's bytes). */
export type GroupedBlockers = Record<string, Record<string, string[]>>;

export function groupBlockers(blockers: readonly Blocker[]): GroupedBlockers {
  const byIssue = new Map<string, Map<string, string[]>>();
  for (const { actor, issue, rung } of blockers) {
    const rungs = byIssue.get(issue) ?? byIssue.set(issue, new Map()).get(issue)!;
    (rungs.get(rung) ?? rungs.set(rung, []).get(rung)!).push(actor);
  }
  // fromEntries, not assignment: an id such as `__proto__` stays a plain key.
  return Object.fromEntries([...byIssue].map(([issue, rungs]) => [issue, Object.fromEntries(rungs)]));
}

export function ungroupBlockers(grouped: GroupedBlockers): Blocker[] {
  return Object.entries(grouped).flatMap(([issue, rungs]) =>
    Object.entries(rungs).flatMap(([rung, actors]) => actors.map((actor) => ({ actor, issue, rung }))),
  );
}

/** The JSON line (without its newline) a sweep file holds for a record. */
export function sweepLineText(record: SweepRecord): string {
  if (isError(record)) return JSON.stringify(record);
  return JSON.stringify({ ...record, result: { ...record.result, blockers: groupBlockers(record.result.blockers) } });
}
