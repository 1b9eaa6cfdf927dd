// The flags of `forum-sim sweep`, checked: numbers, shard, --vary spreads, formats and files.
import { MAX_SWEEP_RUNS, type Shard } from '../analysis/sweepLine.js';
import { shardRange } from '../analysis/sweepPlan.js';
import { isNumericPath, parseTriangle } from '../scenario/spreads.js';
import type { Overrides } from '../scenario/overrides.js';
import { wholeNumberOption } from './args.js';
import { RUN_OPTIONS } from './runCommand.js';
import { UsageError } from './usage.js';
import { warnIfLong, workersOption } from './workload.js';

export const DEFAULT_SWEEP_RUNS = 1000;

export const SWEEP_OPTIONS = {
  ...RUN_OPTIONS,
  runs: { type: 'string' },
  workers: { type: 'string' },
  vary: { type: 'string', multiple: true },
  shard: { type: 'string' },
  out: { type: 'string' },
  resume: { type: 'boolean' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  'full-inputs': { type: 'boolean' },
  'csv-runs': { type: 'string' },
  report: { type: 'string' },
  /** A sequence's sweep: MEETING=EVENT conditions for its conditional odds. */
  given: { type: 'string', multiple: true },
} as const;

const usage = (message: string) => new UsageError(message, 'sweep');

const wholeNumber = (name: string, text: string | undefined, fallback: number, max: number) =>
  wholeNumberOption('sweep', name, text, fallback, max);

/** `--shard K/N`: the K-th of N slices, 1 <= K <= N <= runs. */
export function parseShard(text: string | undefined, runs: number): Shard | null {
  if (text === undefined) return null;
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(index >= 1 && index <= count))
    throw usage(`--shard expects K/N with 1 <= K <= N (e.g. 2/4 for the second of four), got "${text}"`);
  if (count > runs) throw usage(`--shard ${text}: more shards than runs (${runs})`);
  return { index, count };
}

/**
 * `--vary ACTOR.PATH=LO:MODE:HI`: the parameter's spread for this sweep (a triangle from LO to HI
 * with its peak at MODE, which also becomes the value). Ranges are checked when it is applied.
 */
export function parseVary(args: readonly string[]): Overrides {
  const vary: Overrides = Object.create(null) as Overrides;
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const path = eq > 0 ? arg.slice(0, eq).trim() : '';
    const value = eq > 0 ? arg.slice(eq + 1).trim() : '';
    const dot = path.indexOf('.');
    const parameter = path.slice(dot + 1);
    if (dot <= 0 || path.startsWith('forum.') || !isNumericPath(parameter))
      throw usage(
        `--vary expects ACTOR.PARAMETER=LO:MODE:HI on a delegation's numeric parameter (e.g. KHM.patience=0.2:0.4:0.7), got "${arg}"`,
      );
    const triangle = parseTriangle(value);
    if (!triangle || ![triangle.lo, triangle.mode, triangle.hi].every(Number.isFinite))
      throw usage(`--vary ${path}: expected LO:MODE:HI numbers (e.g. 0.2:0.4:0.7), got "${value}"`);
    vary[path] = value;
  }
  return { ...vary };
}

export interface SweepFlags {
  runs: number;
  workers: number;
  seed: string;
  shard: Shard | null;
  vary: Overrides;
  out: string | null;
  resume: boolean;
  format: 'text' | 'json' | 'csv';
  /** Every drawn value in each line (else only the varied ones: replay recomputes the rest). */
  fullInputs: boolean;
  /** `--csv-runs FILE`: one row per run, written from the --out file when the sweep ends. */
  csvRuns: string | null;
  /** `--report DIR`: charts and an HTML page written when the sweep ends. */
  report?: string;
}

export function sweepFlags(
  values: { runs?: string; workers?: string; seed?: string; shard?: string; vary?: string[]; out?: string } & {
    resume?: boolean;
    json?: boolean;
    csv?: boolean;
    'full-inputs'?: boolean;
    'csv-runs'?: string;
    report?: string;
  },
  defaultWorkers: number,
  warn: (message: string) => void = () => {},
): SweepFlags {
  const runs = wholeNumber('runs', values.runs, DEFAULT_SWEEP_RUNS, MAX_SWEEP_RUNS);
  const workers = workersOption('sweep', values.workers, defaultWorkers, warn);
  const shard = parseShard(values.shard, runs);
  const { from, to } = shardRange(runs, shard);
  warnIfLong('sweep', to - from, workers, warn);
  if (values.json && values.csv) throw usage('--json and --csv are alternatives: give one');
  if (values.resume && values.out === undefined) throw usage('--resume needs --out FILE: the sweep file to complete');
  if (values['csv-runs'] !== undefined && values.out === undefined)
    throw usage('--csv-runs needs --out FILE: its rows are written from that file when the sweep ends');
  return {
    runs,
    workers,
    seed: values.seed ?? '1',
    shard,
    vary: parseVary(values.vary ?? []),
    out: values.out ?? null,
    resume: Boolean(values.resume),
    report: values.report,
    format: values.json ? 'json' : values.csv ? 'csv' : 'text',
    fullInputs: Boolean(values['full-inputs']),
    csvRuns: values['csv-runs'] ?? null,
  };
}
