// Which rungs of a catalogue attribute a view rather than own it: the Attribution map the stance
// machine and the chair read, built from the ladders' `attributes` (rung id -> owned rung id).
import type { IssueDef } from '../domain/types.js';
import type { Attribution } from './utility.js';

/** Per issue, each attributed rung's index -> the index of the owned rung it attributes; issues without any are left out. */
export function attributionOf(issues: readonly IssueDef[]): Attribution {
  const out: Attribution = {};
  for (const issue of issues) {
    const map: Record<number, number> = {};
    issue.ladder.forEach((rung, r) => {
      if (rung.attributes === undefined) return;
      const owned = issue.ladder.findIndex((o) => o.id === rung.attributes);
      if (owned > 0 && owned !== r) map[r] = owned;
    });
    if (Object.keys(map).length > 0) out[issue.id] = map;
  }
  return out;
}
