// Replay: a run can be told again from its transcript alone. Folding applyEvent over the events
// (read back through JSON, as a stored run is) gives the run's final stances, presence, votes,
// outcome and text, and that text is what the folded room implies.
import type { ForumEvent } from '../../domain/events.js';
import { paragraphsOf } from '../../engine/outcome.js';
import { delegationsOf, replayEvents } from '../../engine/replay.js';
import { type Invariant, pass, fail, effectiveScenario, runInput, firstDifference } from './core.js';

export const transcriptReplay: Invariant = {
  id: 'replay',
  title:
    "folding applyEvent over a run's transcript gives its final stances, presence, votes, outcome and statement; the statement is the folded draft (or, for a chair's statement, the folded chair's ideals)",
  judge(input, result, { engine }) {
    const s = effectiveScenario(input);
    const run = result.transcript.length > 0 ? result : runInput(input, engine, true);
    const state = replayEvents(JSON.parse(JSON.stringify(run.transcript)) as ForumEvent[]);
    const differs = (what: string, folded: unknown, actual: unknown) => {
      const at = firstDifference(folded, actual);
      return at === null ? null : `the replayed ${what} differs from the run's at ${at}`;
    };
    const votes = run.votes
      ? Object.fromEntries(Object.entries(state.delegations).map(([id, d]) => [id, d.vote]))
      : null;
    const problem =
      differs('delegations', delegationsOf(state), run.delegations) ??
      differs('outcome', state.outcome, run.outcome) ??
      differs('statement', state.statement, run.statement) ??
      // Rounds of the preparatory track are numbered below 1; the run counts the meeting's rounds.
      differs('rounds', Math.max(0, state.round), run.rounds) ??
      differs('votes', votes, run.votes);
    if (problem) return fail(problem);
    if (!run.statement) return pass();
    // The text must follow from the folded room, not only be carried by the outcome event.
    const chair = state.delegations[s.chair];
    // A chair's statement is the chair's line on every paragraph on the table (annexed ones too),
    // worded to attribute views; the rungs, not the attribution, follow from the fold.
    const onTable = { ...state.draft, ...state.annexed };
    const chairs = run.outcome === 'chair-statement';
    const text = chairs
      ? Object.fromEntries(
          Object.keys(onTable).map((issue) => [issue, chair?.positions[issue]?.ideal ?? onTable[issue]!]),
        )
      : state.draft;
    const rungsOf = (ps: readonly { issue: string; rung: string }[]) => ps.map((p) => `${p.issue}=${p.rung}`);
    const implied =
      chairs && s.coChair == null
        ? differs("chair's text", rungsOf(paragraphsOf(s.issues, text, s.level)), rungsOf(run.statement.paragraphs))
        : chairs
          ? null
          : differs('draft', paragraphsOf(s.issues, text, s.level), run.statement.paragraphs);
    return implied ? fail(implied) : pass();
  },
};
