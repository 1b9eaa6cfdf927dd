// The flags of `forum-sim design`, checked: the factors (each tried on the forum, so a bad path or
// value is refused before any run), the kind and its size, and the sweep flags it shares.
import { DESIGN_KINDS, pointCount, type Design, type DesignKind } from '../analysis/design/design.js';
import { isRange, parseFactor, type Factor } from '../analysis/design/factors.js';
import { MAX_SWEEP_RUNS } from '../analysis/sweepLine.js';
import type { Scenario } from '../domain/types.js';
import { applyOverrides } from '../scenario/overrides.js';
import { didYouMean, InputError } from '../scenario/errors.js';
import { wholeNumberOption } from './args.js';
import { SWEEP_OPTIONS } from './sweepOptions.js';
import { UsageError } from './usage.js';

const { vary: _vary, runs: _runs, ...SHARED } = SWEEP_OPTIONS;

export const DESIGN_OPTIONS = {
  ...SHARED,
  factor: { type: 'string', multiple: true },
  kind: { type: 'string' },
  samples: { type: 'string' },
  levels: { type: 'string' },
  'runs-per-point': { type: 'string' },
} as const;

export const DEFAULT_SAMPLES: Record<Exclude<DesignKind, 'factorial'>, number> = { lhs: 100, sobol: 64 };
export const DEFAULT_LEVELS = 3;
export const DEFAULT_RUNS_PER_POINT = 10;

const usage = (message: string) => new UsageError(message, 'design');
const wholeNumber = (name: string, text: string | undefined, fallback: number) =>
  wholeNumberOption('design', name, text, fallback, MAX_SWEEP_RUNS);

export interface DesignValues {
  factor?: string[];
  kind?: string;
  samples?: string;
  levels?: string;
  'runs-per-point'?: string;
}

/** The design the flags describe, its factors checked on `scenario` (the forum with --set applied). */
export function designFlags(values: DesignValues, scenario: Scenario): Design {
  const kind = values.kind as DesignKind;
  if (values.kind === undefined) throw usage(`--kind is needed: one of ${DESIGN_KINDS.join(', ')}`);
  if (!DESIGN_KINDS.includes(kind))
    throw usage(
      `--kind expects one of ${DESIGN_KINDS.join(', ')}, got "${values.kind}"${didYouMean(values.kind, DESIGN_KINDS)}`,
    );
  if ((values.factor ?? []).length === 0) throw usage('--factor PATH=LO..HI or PATH=a,b,c is needed (repeatable)');
  if (kind === 'factorial' && values.samples !== undefined)
    throw usage('--samples is for lhs and sobol designs: a factorial design takes every combination (see --levels)');
  if (kind !== 'factorial' && values.levels !== undefined)
    throw usage('--levels is for factorial designs: lhs and sobol draw from the whole range (see --samples)');
  const factors = (values.factor ?? []).map((arg) => checkedFactor(arg, scenario));
  const seen = new Set<string>();
  for (const { path } of factors) {
    if (seen.has(path)) throw usage(`--factor ${path} is given twice`);
    seen.add(path);
  }
  const design = {
    kind,
    factors,
    samples: kind === 'factorial' ? null : wholeNumber('samples', values.samples, DEFAULT_SAMPLES[kind]),
    levels: kind === 'factorial' ? wholeNumber('levels', values.levels, DEFAULT_LEVELS) : null,
    runsPerPoint: wholeNumber('runs-per-point', values['runs-per-point'], DEFAULT_RUNS_PER_POINT),
  };
  const points = pointCount(design);
  if (points * design.runsPerPoint > MAX_SWEEP_RUNS)
    throw usage(`the design has ${points} points x ${design.runsPerPoint} runs: more than ${MAX_SWEEP_RUNS} runs`);
  return { ...design, points };
}

/** A factor whose every value the forum accepts; a range on a whole-number setting takes whole values. */
function checkedFactor(arg: string, scenario: Scenario): Factor {
  const parsed = parseFactor(arg);
  if (typeof parsed === 'string') throw usage(`--factor ${parsed}`);
  const tryValue = (value: string) => applyOverrides(scenario, { [parsed.path]: value }, '--factor');
  if (!isRange(parsed)) {
    for (const level of parsed.levels) tryValue(level);
    return parsed;
  }
  tryValue(String(parsed.lo));
  tryValue(String(parsed.hi));
  return { ...parsed, whole: refusesFraction(parsed, tryValue) };
}

/** True when the setting takes only whole numbers (forum.roundLimit): a fraction inside the range is refused. */
function refusesFraction(factor: Extract<Factor, { lo: number }>, tryValue: (value: string) => unknown): boolean {
  const middle = (factor.lo + factor.hi) / 2;
  const fraction = Number.isInteger(middle) ? middle + 0.5 : middle;
  try {
    tryValue(String(fraction));
    return false;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (Math.ceil(factor.lo) > Math.floor(factor.hi))
      throw usage(`--factor ${factor.path}: takes whole numbers, and none lies in ${factor.lo}..${factor.hi}`);
    return true;
  }
}
