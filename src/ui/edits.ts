// The editor's edits, as `--set` overrides (ACTOR.PATH -> value). A parameter stepped back to the
// value the scenario was loaded with is no longer an edit: it is neither marked nor counted, and a
// run with it is the unedited run.
import type { Scenario } from '../domain/types.js';
import { editableParameters } from './parameters.js';
import type { Overrides } from './session.js';

/** `edits` with `actor`'s `path` set to `value`, or without it when `value` is the loaded one. */
export function withEdit(original: Scenario, edits: Overrides, actor: string, path: string, value: string): Overrides {
  const key = `${actor}.${path}`;
  const loaded = editableParameters(original, actor).find((p) => p.path === path)?.value;
  if (value !== loaded) return { ...edits, [key]: value };
  const { [key]: _dropped, ...rest } = edits;
  return rest;
}
