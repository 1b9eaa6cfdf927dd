// Checks the lines of a sweep file read back from disk: the header's fields and each record's,
// with a message that says what was expected, for `sweep --resume` and `merge`.
import { OUTCOMES, DECISION_RULES, type OutcomeKind } from '../domain/types.js';
import {
  READABLE_SWEEP_FORMATS,
  runSeed,
  ungroupBlockers,
  type GroupedBlockers,
  type SweepHeader,
  type SweepRecord,
} from './sweepLine.js';
import { DESIGN_KINDS, pointCount, type Design, type DesignKind } from './design/design.js';

import { checkRunsAndShard, isCount, isObject, isStringMap, need, type Fail, type Json } from './lineChecks.js';

export function parseHeader(value: unknown, fail: Fail): SweepHeader {
  need(isObject(value) && value.forumSimSweep !== undefined, fail, 'not a sweep file: expected its header line');
  const h = value as Json;
  need(h.kind !== 'sequence', fail, "a sequence's sweep file (kind: sequence), not a forum's");
  const [format, formats] = [h.forumSimSweep as number, READABLE_SWEEP_FORMATS];
  need(formats.includes(format), fail, `sweep file format ${String(format)}, expected ${formats.join(' or ')}`);
  for (const field of ['scenario', 'scenarioHash', 'version', 'seed'])
    need(typeof h[field] === 'string', fail, `header: ${field}: expected a string`);
  checkRunsAndShard(h, fail);
  need(isStringMap(h.overrides) && isStringMap(h.vary), fail, 'header: overrides, vary: expected PATH: "VALUE" maps');
  need(DECISION_RULES.includes(h.decisionRule as never), fail, 'header: decisionRule: expected a decision rule');
  need(
    Array.isArray(h.issues) && h.issues.every((i) => typeof i === 'string'),
    fail,
    'header: issues: expected a list of issue ids',
  );
  const baseline = h.baseline as Json;
  need(
    isObject(baseline) && OUTCOMES.includes(baseline.outcome as OutcomeKind) && isStringMap(baseline.paragraphs),
    fail,
    'header: baseline: expected {outcome, paragraphs}',
  );
  if (h.design !== undefined) parseDesign(h.design, h.runs as number, fail);
  return h as unknown as SweepHeader;
}

/** A design's header (format 3): its kind, factors and repetitions, consistent with the runs. */
function parseDesign(value: unknown, runs: number, fail: Fail): void {
  const d = value as Json;
  need(
    isObject(d) && DESIGN_KINDS.includes(d.kind as DesignKind),
    fail,
    `header: design.kind: expected one of ${DESIGN_KINDS.join(', ')}`,
  );
  const factorOk = (f: unknown) =>
    isObject(f) &&
    typeof f.path === 'string' &&
    ((typeof f.lo === 'number' && typeof f.hi === 'number' && typeof f.whole === 'boolean') ||
      (Array.isArray(f.levels) && f.levels.length > 0 && f.levels.every((l) => typeof l === 'string')));
  need(
    Array.isArray(d.factors) && d.factors.length > 0 && d.factors.every(factorOk),
    fail,
    'header: design.factors: expected [{path, lo, hi, whole} or {path, levels}]',
  );
  const size = (x: unknown) => x === null || (isCount(x) && x >= 1);
  need(
    size(d.samples) && size(d.levels),
    fail,
    'header: design.samples, design.levels: expected null or a whole number >= 1',
  );
  need(
    isCount(d.runsPerPoint) && d.runsPerPoint >= 1,
    fail,
    'header: design.runsPerPoint: expected a whole number >= 1',
  );
  need(
    isCount(d.points) &&
      d.points * (d.runsPerPoint as number) === runs &&
      d.points === pointCount(d as unknown as Design),
    fail,
    'header: design.points: expected the number of points the design has, with points x runsPerPoint = runs',
  );
}

export function parseRecord(value: unknown, header: SweepHeader, fail: Fail): SweepRecord {
  need(isObject(value), fail, 'expected a run record (an object)');
  const r = value as Json;
  need(isCount(r.run), fail, 'run: expected a run index (a whole number)');
  need(r.scenario === header.scenario, fail, `scenario: expected ${header.scenario}, got ${String(r.scenario)}`);
  const inputs = r.inputs as Json;
  need(isObject(inputs) && isStringMap(inputs.overrides), fail, 'inputs: expected {seed, overrides, ...}');
  need(
    inputs.drawn === undefined ||
      (isObject(inputs.drawn) && Object.values(inputs.drawn).every((v) => typeof v === 'number' && Number.isFinite(v))),
    fail,
    'inputs.drawn: expected ACTOR.PATH: number (or no drawn: replay recomputes the draws)',
  );
  const seed = runSeed(header, r.run as number);
  need(
    inputs.seed === seed,
    fail,
    `inputs.seed: expected ${seed} (master seed ${header.seed}), got ${String(inputs.seed)}`,
  );
  if ('error' in r) {
    need(typeof r.error === 'string', fail, 'error: expected the message of the run that failed');
    return r as unknown as SweepRecord;
  }
  const result = r.result as Json;
  need(isObject(result), fail, 'result: expected the outcome of the run (or an error)');
  need(
    OUTCOMES.includes(result.outcome as OutcomeKind),
    fail,
    `result.outcome: expected one of ${OUTCOMES.join(', ')}`,
  );
  need(isCount(result.rounds), fail, 'result.rounds: expected a whole number');
  need(typeof result.capped === 'boolean', fail, 'result.capped: expected true or false');
  need(result.text === null || isStringMap(result.text), fail, 'result.text: expected null or ISSUE: RUNG');
  return { ...r, result: { ...result, blockers: parseBlockers(result.blockers, fail) } } as unknown as SweepRecord;
}

/** Format 2's ISSUE: {RUNG: [ACTOR...]} or format 1's list of {actor, issue, rung}, as the list. */
function parseBlockers(value: unknown, fail: Fail): unknown[] {
  if (Array.isArray(value)) {
    const ok = value.every(
      (b) => isObject(b) && typeof b.actor === 'string' && typeof b.issue === 'string' && typeof b.rung === 'string',
    );
    need(ok, fail, 'result.blockers: expected a list of {actor, issue, rung}');
    return value;
  }
  const grouped =
    isObject(value) &&
    Object.values(value).every(
      (rungs) =>
        isObject(rungs) &&
        Object.values(rungs).every((actors) => Array.isArray(actors) && actors.every((a) => typeof a === 'string')),
    );
  need(grouped, fail, 'result.blockers: expected ISSUE: {RUNG: [ACTOR, ...]}');
  return ungroupBlockers(value as GroupedBlockers);
}
