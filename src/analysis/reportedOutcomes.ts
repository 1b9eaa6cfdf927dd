// Which outcomes a report lists: every one the forum's decision rule can end with (so a zero shows
// as a zero), then any other the runs produced, in the canonical order of OUTCOMES.
import { CONSENSUS_OUTCOMES, OUTCOMES, VOTE_OUTCOMES, type DecisionRule, type OutcomeKind } from '../domain/types.js';

export function reportedOutcomes(rule: DecisionRule, seen: (outcome: OutcomeKind) => boolean): OutcomeKind[] {
  const possible: readonly OutcomeKind[] = rule === 'consensus' ? CONSENSUS_OUTCOMES : VOTE_OUTCOMES;
  return OUTCOMES.filter((outcome) => possible.includes(outcome) || seen(outcome));
}
