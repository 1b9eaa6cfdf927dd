// Annexing: before the last round of a forum whose chair can issue its own text, the chair may
// move a contested paragraph that no wording can pass in time into its own statement, so that the
// rest of the text can be adopted. When it does, it does not also revise that round.
import { contestScores } from '../chair.js';
import type { Delegations } from '../delegations.js';
import { rungId } from '../ladder.js';
import { annexCandidate } from '../products.js';
import type { RunState } from '../state.js';
import type { Transcript } from '../transcript.js';

/** Whether the chair moved a paragraph into its own statement this round. */
export function annexContested(state: RunState, delegations: Delegations, log: Transcript, round: number): boolean {
  const { scenario, sizes } = state.forum;
  if (round !== scenario.rules.roundLimit - 1 || scenario.rules.fallback !== 'chair-statement') return false;
  const room = delegations.present().map((id) => delegations.view(id));
  const scores = contestScores(state.draft, room, sizes);
  const contested = [...scores.entries()]
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([issue]) => issue);
  const issue = annexCandidate(state.draft, room, sizes, contested, scenario.issues);
  if (issue === null) return false;
  const rung = state.draft[issue]!;
  const draft = { ...state.draft };
  delete draft[issue];
  state.draft = draft;
  state.annexed = { ...state.annexed, [issue]: rung };
  log.add(() => ({
    type: 'paragraph.annexed',
    actor: scenario.chair,
    issue,
    rung,
    rungId: rungId(scenario.issues, issue, rung),
    reason: `${issue}: no wording can pass in time; the chair takes it into its own statement so the rest can be adopted`,
  }));
  return true;
}
