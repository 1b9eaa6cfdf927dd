// The compromise baseline as a forecast: the capability x salience weighted mean position of the
// delegations present (the spatial model's prediction), with the stated values and no dynamics.
// A consensus forum adopts it iff every delegation present would sign it at the deadline; under a
// vote rule each delegation votes on the tabled text from its static stance.
import { wouldSupport, type DelegateView } from '../engine/chair.js';
import { breaches, type LadderSizes } from '../actors/utility.js';
import type { Draft, OutcomeKind, Scenario, Vote } from '../domain/types.js';
import { compromiseDraft } from '../engine/outcome.js';
import { tallyVotes } from '../engine/votes.js';

export interface CompromiseForecast {
  outcome: OutcomeKind;
  /** The compromise rung of the Ukraine paragraph, when the draft has one. */
  ukraine: string | null;
  votes: Record<string, Vote> | null;
}

export function compromiseForecast(scenario: Scenario): CompromiseForecast {
  const present = scenario.participants.filter((id) => !scenario.absent.includes(id));
  const sizes: LadderSizes = Object.fromEntries(scenario.issues.map((i) => [i.id, i.ladder.length]));
  const view = (id: string): DelegateView => {
    const p = scenario.profiles[id]!;
    return {
      id,
      positions: p.positions,
      widening: p.patience,
      risk: p.risk,
      reservation: p.reservation,
      pressure: 0,
      attribution: {},
    };
  };
  const rungName = (issue: string, rung: number) => scenario.issues.find((i) => i.id === issue)!.ladder[rung]!.id;
  if (scenario.rules.decisionRule !== 'consensus') {
    const votes: Record<string, Vote> = {};
    for (const id of scenario.participants)
      votes[id] = present.includes(id) ? staticVote(view(id), scenario.draft, sizes) : 'absent';
    const { result } = tallyVotes(
      votes,
      scenario.rules.decisionRule,
      scenario.rules.permanent,
      scenario.participants.length,
    );
    const ukraine = 'ukraine' in scenario.draft ? rungName('ukraine', scenario.draft.ukraine!) : null;
    return { outcome: result, ukraine, votes };
  }
  const draft = compromiseDraft(scenario, scenario.draft, present);
  const adopted = present.every((id) => wouldSupport(view(id), draft, sizes));
  const fallback = scenario.rules.fallback === 'chair-statement' ? 'chair-statement' : 'no-statement';
  return {
    outcome: adopted ? 'joint-statement' : fallback,
    ukraine: 'ukraine' in draft ? rungName('ukraine', draft.ukraine!) : null,
    votes: null,
  };
}

function staticVote(view: DelegateView, draft: Draft, sizes: LadderSizes): Vote {
  const found = breaches(view.positions, draft, sizes, view.widening);
  if (found.some((b) => b.hard)) return 'no';
  return wouldSupport(view, draft, sizes) ? 'yes' : 'abstain';
}
