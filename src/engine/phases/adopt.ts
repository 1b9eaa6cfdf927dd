// Adoption under consensus: the draft passes when at least two delegations are present and every
// one of them supports it.
import type { Delegations } from '../delegations.js';
import { wordingOf } from '../ladder.js';
import { canAgree } from '../outcome.js';
import type { RunState } from '../state.js';
import type { Transcript } from '../transcript.js';

/** Whether the draft was adopted (and logged as such). */
export function adoptIfAgreed(state: RunState, delegations: Delegations, log: Transcript): boolean {
  const { scenario } = state.forum;
  // A chair's-statement forum that tabled no consensus text this time (its habit) adopts none.
  if (!state.forum.structure.textSought) return false;
  const present = delegations.present();
  // A chair alone (everyone else absent) has no one to agree with: that is no joint statement.
  if (!canAgree(present.length) || !present.every((id) => delegations.stance(id) === 'supporting')) return false;
  log.add(() => ({
    type: 'draft.adopted',
    actor: scenario.chair,
    draft: { ...state.draft },
    wording: wordingOf(scenario.issues, state.draft),
    reason: 'every delegation present supports the draft',
  }));
  return true;
}
