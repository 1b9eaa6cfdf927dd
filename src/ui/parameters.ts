// The parameters of a delegation a user can edit in the UI, as `--set` paths with a value,
// its provenance, and how an arrow key changes it.
import type { Profile, Scenario } from '../domain/types.js';
import { provenanceOf } from '../scenario/resolveProfile.js';

export interface EditableParameter {
  /** Path after the actor id, as in `--set ACTOR.PATH=VALUE`. */
  path: string;
  value: string;
  provenance: string;
  /** The value one step up (+1) or down (-1), or null at the end of its range. */
  step(direction: 1 | -1): string | null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function numeric(path: string, value: number, min: number, max: number, provenance: string): EditableParameter {
  return {
    path,
    value: String(round2(value)),
    provenance,
    step: (direction) => {
      const next = round2(Math.min(max, Math.max(min, value + direction * 0.05)));
      return next === round2(value) ? null : String(next);
    },
  };
}

/** `scenario` supplies the current values; `original` the provenance, which an edit must not hide. */
export function editableParameters(scenario: Scenario, actor: string, original: Scenario = scenario): EditableParameter[] {
  const profile: Profile | undefined = scenario.profiles[actor];
  if (!profile) return [];
  const notes = original.provenance[actor] ?? {};
  const src = (path: string) => provenanceOf(notes, path) ?? 'assumed';
  const out: EditableParameter[] = [];
  for (const issue of scenario.issues.filter((i) => i.id in scenario.draft)) {
    const position = profile.positions[issue.id];
    if (!position) continue;
    const rungs = issue.ladder.map((r) => r.id);
    for (const field of ['ideal', 'min', 'max'] as const) {
      const path = `positions.${issue.id}.${field}`;
      const at = position[field];
      out.push({ path, value: rungs[at]!, provenance: src(path), step: (d) => rungs[at + d] ?? null });
    }
    const hardPath = `positions.${issue.id}.hard`;
    out.push({ path: hardPath, value: String(position.hard), provenance: src(hardPath), step: () => String(!position.hard) });
    const saliencePath = `positions.${issue.id}.salience`;
    out.push(numeric(saliencePath, position.salience, 0, 1, src(saliencePath)));
  }
  for (const key of ['reservation', 'patience', 'capability', 'faceSensitivity'] as const) out.push(numeric(key, profile[key], 0, 1, src(key)));
  out.push(numeric('risk', profile.risk, -1, 1, src('risk')));
  for (const trigger of profile.walkout) out.push(numeric(`walkout.${trigger.whenSpeaks}`, trigger.probability, 0, 1, src('walkout')));
  for (const [power, value] of Object.entries(profile.susceptibility)) {
    if (scenario.participants.includes(power)) out.push(numeric(`susceptibility.${power}`, value, 0, 1, src(`susceptibility.${power}`)));
  }
  if (profile.lobbying) out.push(numeric('lobbying.strength', profile.lobbying.strength, 0, 1, src('lobbying.strength')));
  return out;
}
