// The tunable parameters of one delegation: each with its `--set` path, its kind and range, and
// its current value. One list, walked by the UI's editor and by `check`'s perturbations.
import { SCALAR_PARAMETERS, UNIT_RANGE, type Range } from '../domain/tunables.js';
import type { IssueDef, Scenario } from '../domain/types.js';

export type ParameterKind =
  | { type: 'number'; min: number; max: number; current: number }
  | { type: 'rung'; issue: IssueDef; field: 'ideal' | 'min' | 'max'; current: number }
  | { type: 'boolean'; current: boolean }
  | { type: 'style' }
  | { type: 'actors' }
  | { type: 'issues' };

export interface DelegationParameter {
  /** Path after the actor id, as in `--set ACTOR.PATH=VALUE`. */
  path: string;
  /** The provenance path that covers it (every walkout trigger is covered by `walkout`). */
  provenancePath: string;
  kind: ParameterKind;
  /** The current value, written as `--set` takes it. */
  value: string;
}

const number = (path: string, current: number, range: Range, provenancePath = path): DelegationParameter => ({
  path,
  provenancePath,
  kind: { type: 'number', ...range, current },
  value: String(current),
});

/**
 * Every parameter of `actor` that `--set` can change, in a fixed order: scalars, susceptibility,
 * walkout triggers, lobbying, then each position (ideal, min, max, hard, salience, the firmness of
 * a hard line and its insistence where stated). Actors named
 * in susceptibility, walkout triggers and lobbying targets count only if they take part in this forum.
 */
export function delegationParameters(scenario: Scenario, actor: string): DelegationParameter[] {
  const p = scenario.profiles[actor];
  if (!p) return [];
  const out: DelegationParameter[] = [];
  for (const { key, range } of SCALAR_PARAMETERS) out.push(number(key, p[key], range));
  for (const [power, value] of Object.entries(p.susceptibility)) {
    if (scenario.participants.includes(power)) out.push(number(`susceptibility.${power}`, value, UNIT_RANGE));
  }
  for (const trigger of p.walkout) {
    if (scenario.participants.includes(trigger.whenSpeaks))
      out.push(number(`walkout.${trigger.whenSpeaks}`, trigger.probability, UNIT_RANGE, 'walkout'));
  }
  if (p.lobbying) {
    const l = p.lobbying;
    out.push(number('lobbying.strength', l.strength, UNIT_RANGE));
    out.push({ path: 'lobbying.style', provenancePath: 'lobbying.style', kind: { type: 'style' }, value: l.style });
    // A power's standing list of targets; only those seated here can be lobbied or set.
    const seated = l.targets.filter((t) => scenario.participants.includes(t));
    out.push({
      path: 'lobbying.targets',
      provenancePath: 'lobbying.targets',
      kind: { type: 'actors' },
      value: seated.join(','),
    });
    out.push({
      path: 'lobbying.issues',
      provenancePath: 'lobbying.issues',
      kind: { type: 'issues' },
      value: l.issues.join(','),
    });
  }
  for (const [issueId, position] of Object.entries(p.positions)) {
    const issue = scenario.issues.find((i) => i.id === issueId);
    if (!issue) continue;
    const at = `positions.${issueId}`;
    for (const field of ['ideal', 'min', 'max'] as const) {
      const current = position[field];
      out.push({
        path: `${at}.${field}`,
        provenancePath: `${at}.${field}`,
        kind: { type: 'rung', issue, field, current },
        value: issue.ladder[current]!.id,
      });
    }
    out.push({
      path: `${at}.hard`,
      provenancePath: `${at}.hard`,
      kind: { type: 'boolean', current: position.hard },
      value: String(position.hard),
    });
    out.push(number(`${at}.salience`, position.salience, UNIT_RANGE));
    // A firmness nobody stated is as sure as the red line it belongs to.
    if (position.hard) out.push(number(`${at}.firmness`, position.firmness ?? 1, UNIT_RANGE, `${at}.hard`));
    // Only a stated insistence: listing an unstated one would add a draw and shift every later one.
    if (position.insistence !== undefined) out.push(number(`${at}.insistence`, position.insistence, UNIT_RANGE));
  }
  return out;
}
