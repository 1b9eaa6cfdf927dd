// Which parameters a sensitivity analysis swings, and between which two values: every numeric
// parameter a `--set` path can name, each with its low and high end.
import { SCALAR_PARAMETER_KEYS, isScalarParameter, scalarParameter } from '../domain/tunables.js';
import type { Scenario } from '../domain/types.js';
import { didYouMean, InputError, type Problem } from '../scenario/errors.js';
import type { Overrides } from '../scenario/overrides.js';
import { delegationParameters } from '../scenario/parameters.js';
import { triangleOf } from '../engine/uncertainty.js';

/**
 * `range`: the ends of the parameter's valid range (can it decide the outcome at all?).
 * `spread`: the ends of the spread each run draws it from (does its uncertainty matter?).
 */
export const SWING_ENDS = ['range', 'spread'] as const;
export type SwingEnds = (typeof SWING_ENDS)[number];

export interface SwungParameter {
  /** `ACTOR.path`, as `--set` takes it. */
  path: string;
  actor: string;
  /** The value the scenario states (the mode of its spread). */
  current: number;
  low: number;
  high: number;
}

/**
 * An override that holds a parameter at `value` in every run: the value with a spread of zero
 * width, so the per-run uncertainty draw cannot move it (a plain value would only be the mode of
 * its draw). The draw still takes its random number, so every other parameter draws the same.
 */
export function pinned(path: string, value: number): Overrides {
  return { [path]: `${value}:${value}:${value}` };
}

/** Seated delegations: participants with a chair at the table. */
function seated(scenario: Scenario): string[] {
  return scenario.participants.filter((id) => !scenario.absent.includes(id));
}

function numericParameters(scenario: Scenario, actor: string, ends: SwingEnds): SwungParameter[] {
  const out: SwungParameter[] = [];
  for (const parameter of delegationParameters(scenario, actor)) {
    const kind = parameter.kind;
    if (kind.type !== 'number') continue;
    const triangle =
      ends === 'spread' ? triangleOf(scenario, actor, parameter.path, parameter.provenancePath, kind.current) : null;
    out.push({
      path: `${actor}.${parameter.path}`,
      actor,
      current: kind.current,
      low: triangle ? triangle.lo : kind.min,
      high: triangle ? triangle.hi : kind.max,
    });
  }
  return out;
}

const isScalarPath = (p: SwungParameter) => isScalarParameter(p.path.slice(p.actor.length + 1));
/** A scalar that moves the run: a baseline-only one (capability) cannot swing the outcome, so it is swung only when named. */
const movesTheRun = (p: SwungParameter) => !scalarParameter(p.path.slice(p.actor.length + 1))?.baselineOnly;

/**
 * The parameters named by `selectors`, in the order named (each once); with none, every scalar
 * parameter of every seated delegation. A selector is `ACTOR.PATH` (any numeric parameter, e.g.
 * `USA.reservation` or `USA.positions.ukraine.salience`), `ACTOR` (its scalar parameters that move
 * a run: not the baseline-only capability) or a scalar's name (`reservation`: that parameter of
 * every seated delegation). Unknown ones are reported together, against `where`.
 */
export function swungParameters(
  scenario: Scenario,
  selectors: readonly string[],
  ends: SwingEnds = 'range',
  where = '--param',
): SwungParameter[] {
  const byActor = new Map(scenario.participants.map((a) => [a, numericParameters(scenario, a, ends)]));
  const scalarsOf = (actor: string) => byActor.get(actor)!.filter(isScalarPath);
  const movingScalarsOf = (actor: string) => scalarsOf(actor).filter(movesTheRun);
  if (selectors.length === 0) return seated(scenario).flatMap(movingScalarsOf);
  const chosen = new Map<string, SwungParameter>();
  const problems: Problem[] = [];
  for (const selector of selectors) {
    const found = resolveSelector(selector, byActor, scalarsOf, movingScalarsOf, seated(scenario));
    if (typeof found === 'string') problems.push({ file: where, path: selector, message: found });
    else for (const p of found) if (!chosen.has(p.path)) chosen.set(p.path, p);
  }
  if (problems.length > 0) throw new InputError(problems);
  return [...chosen.values()];
}

function resolveSelector(
  selector: string,
  byActor: ReadonlyMap<string, SwungParameter[]>,
  scalarsOf: (actor: string) => SwungParameter[],
  movingScalarsOf: (actor: string) => SwungParameter[],
  seatedActors: readonly string[],
): SwungParameter[] | string {
  if (isScalarParameter(selector))
    return seatedActors.flatMap((a) => scalarsOf(a).filter((p) => p.path === `${a}.${selector}`));
  if (byActor.has(selector)) return movingScalarsOf(selector);
  const dot = selector.indexOf('.');
  const actor = dot > 0 ? selector.slice(0, dot) : selector;
  const actors = [...byActor.keys()];
  if (!byActor.has(actor))
    return `unknown delegation or parameter "${actor}"; expected ACTOR.PATH, ACTOR (one of ${actors.join(', ')}) or one of ${SCALAR_PARAMETER_KEYS.join(', ')}${didYouMean(actor, [...actors, ...SCALAR_PARAMETER_KEYS])}`;
  const own = byActor.get(actor)!;
  const match = own.find((p) => p.path === selector);
  if (match) return [match];
  const paths = own.map((p) => p.path.slice(actor.length + 1));
  return `${actor} has no numeric parameter "${selector.slice(dot + 1)}"; expected one of ${paths.join(', ')}${didYouMean(selector.slice(dot + 1), paths)}`;
}
