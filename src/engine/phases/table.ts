// Tabling: the chair puts its current draft to the room, and each delegation present reassesses
// its stance on it.
import type { Delegations } from '../delegations.js';
import { draftKey, wordingOf } from '../ladder.js';
import type { RunState } from '../state.js';
import type { Transcript } from '../transcript.js';

export function tableDraft(state: RunState, delegations: Delegations, log: Transcript, round: number): void {
  const { scenario } = state.forum;
  state.tabledDraft = state.draft;
  state.tabled.add(draftKey(state.draft));
  log.add(() => ({
    type: 'draft.tabled',
    actor: scenario.chair,
    draft: { ...state.draft },
    wording: wordingOf(scenario.issues, state.draft),
    roundLimit: scenario.rules.roundLimit,
    reason: `round ${round} of ${scenario.rules.roundLimit}`,
  }));
  // One copy for the whole room: stance actors keep the draft they were given and never change it.
  const tabled = { ...state.draft };
  for (const id of delegations.present()) {
    const change = delegations.send(id, { type: 'draft.tabled', draft: tabled });
    if (change.before !== change.after)
      log.add(() => ({
        type: 'stance.changed',
        actor: id,
        ...change,
        cause: 'draft.tabled',
        reason: delegations.reason(id),
      }));
  }
}
