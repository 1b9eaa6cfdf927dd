// The parameters of a delegation a user can edit in the UI, as `--set` paths with a value,
// its provenance, and how an arrow key changes it.
import { SCALAR_PARAMETER_KEYS, scalarParameter } from '../domain/tunables.js';
import type { Scenario } from '../domain/types.js';
import { delegationParameters, type DelegationParameter } from '../scenario/parameters.js';
import { provenanceOf } from '../scenario/resolveProfile.js';

export interface EditableParameter {
  /** Path after the actor id, as in `--set ACTOR.PATH=VALUE`. */
  path: string;
  value: string;
  provenance: string;
  /**
   * The value one step up (+1) or down (-1), or null at the end of its range. A fine step moves a
   * number by 0.01 instead of 0.05 (rungs and flags have no finer step).
   */
  step(direction: 1 | -1, fine?: boolean): string | null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** How far an arrow key moves a number, and how far a fine step does. */
export const NUMBER_STEP = { normal: 0.05, fine: 0.01 };

/**
 * What the arrow keys do to a parameter; null for the ones the editor leaves alone: lists, style,
 * and the compromise baseline's weight (capability), which would change nothing in the run shown.
 */
function stepper(parameter: DelegationParameter): EditableParameter['step'] | null {
  if (scalarParameter(parameter.path)?.baselineOnly) return null;
  const kind = parameter.kind;
  switch (kind.type) {
    case 'number':
      return (direction, fine = false) => {
        const by = fine ? NUMBER_STEP.fine : NUMBER_STEP.normal;
        const next = round2(Math.min(kind.max, Math.max(kind.min, kind.current + direction * by)));
        return next === round2(kind.current) ? null : String(next);
      };
    case 'rung':
      return (direction) => kind.issue.ladder[kind.current + direction]?.id ?? null;
    case 'boolean':
      return () => String(!kind.current);
    default:
      return null;
  }
}

/** Positions on the table first (in catalogue order), then the delegation's other parameters. */
const OTHER_ORDER: readonly string[] = [...SCALAR_PARAMETER_KEYS, 'walkout', 'susceptibility', 'lobbying'];

function rank(scenario: Scenario, path: string): number {
  const [group, issue] = path.split('.');
  if (group === 'positions') return scenario.issues.findIndex((i) => i.id === issue);
  return scenario.issues.length + OTHER_ORDER.indexOf(group!);
}

/** `scenario` supplies the current values; `original` the provenance, which an edit must not hide. */
export function editableParameters(
  scenario: Scenario,
  actor: string,
  original: Scenario = scenario,
): EditableParameter[] {
  const notes = original.provenance[actor] ?? {};
  const out: (EditableParameter & { rank: number })[] = [];
  for (const parameter of delegationParameters(scenario, actor)) {
    const step = stepper(parameter);
    const [group, issue] = parameter.path.split('.');
    if (!step || (group === 'positions' && !(issue! in scenario.draft))) continue;
    const value = parameter.kind.type === 'number' ? String(round2(parameter.kind.current)) : parameter.value;
    out.push({
      path: parameter.path,
      value,
      provenance: provenanceOf(notes, parameter.provenancePath) ?? 'assumed',
      step,
      rank: rank(scenario, parameter.path),
    });
  }
  // A stable sort keeps each group's own order (ideal, min, max, hard, salience).
  return out.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...parameter }) => parameter);
}

/**
 * The label a letter jumps by in a delegation's parameter list: the issue for a position
 * (`positions.ukraine.min` -> ukraine), else the parameter's first part (`susceptibility.USA` ->
 * susceptibility). Only the first row of each group is a target, so a letter steps group by group.
 */
export function jumpLabels(paths: readonly string[]): (string | null)[] {
  const group = (path: string) => {
    const parts = path.split('.');
    return parts[0] === 'positions' ? parts[1]! : parts[0]!;
  };
  return paths.map((path, i) => (i > 0 && group(paths[i - 1]!) === group(path) ? null : group(path)));
}
