// A record case's `expected` block must fit its forum, or the backtest scores it as a certain miss
// that says nothing about the model: an outcome the decision rule cannot give, votes of delegations
// that are not in the room, a Ukraine rung the ladder does not have.
import { CONSENSUS_OUTCOMES, type IssueDef } from '../domain/types.js';
import { didYouMean } from './errors.js';
import type { Report } from './knownBefore.js';
import type { ForumFile } from './schema.js';

/** What the real outcome can be under each decision rule (outcome.ts and votes.ts give no other). */
function possibleOutcomes(forum: ForumFile): string[] {
  switch (forum.decisionRule) {
    case 'consensus':
      // no-joint-statement: the record says only that no joint text came out (chair's or none).
      return [...CONSENSUS_OUTCOMES, 'no-joint-statement'];
    case 'majority':
    case 'two-thirds':
      return ['adopted', 'rejected'];
    case 'security-council':
      // A veto needs a permanent member to cast it.
      return (forum.permanent ?? []).length > 0 ? ['adopted', 'rejected', 'vetoed'] : ['adopted', 'rejected'];
  }
}

/**
 * Reports each part of `forum.expected` that cannot happen in this forum. `issues` is undefined
 * when the catalogue's issues did not load (reported elsewhere): the rungs are then not checked.
 */
export function checkExpected(forum: ForumFile, issues: readonly IssueDef[] | undefined, report: Report): void {
  const expected = forum.expected;
  if (expected === undefined) return;
  const possible = possibleOutcomes(forum);
  if (!possible.includes(expected.outcome)) {
    const noVeto = expected.outcome === 'vetoed' && forum.decisionRule === 'security-council';
    report(
      ['expected', 'outcome'],
      `"${expected.outcome}" cannot happen under decisionRule: ${forum.decisionRule}${noVeto ? ' without permanent members' : ''}; expected one of ${possible.join(', ')}`,
    );
  }
  checkVotes(forum, report);
  if (expected.ukraine !== undefined && issues !== undefined) checkUkraine(expected.ukraine, issues, report);
}

function checkVotes(forum: ForumFile, report: Report): void {
  const votes = forum.expected?.votes;
  if (votes === undefined) return;
  if (forum.decisionRule === 'consensus') {
    report(['expected', 'votes'], 'a consensus forum does not vote: expected no votes (or a vote decisionRule)');
    return;
  }
  const absent = new Set(forum.absent ?? []);
  for (const actor of Object.keys(votes)) {
    if (!forum.participants.includes(actor))
      report(
        ['expected', 'votes', actor],
        `"${actor}" is not a participant, so it cannot vote${didYouMean(actor, forum.participants)}`,
      );
    else if (absent.has(actor))
      report(['expected', 'votes', actor], `"${actor}" is absent (not seated), so it cannot vote`);
  }
}

function checkUkraine(ukraine: string | string[], issues: readonly IssueDef[], report: Report): void {
  // Without a ukraine issue no text has a Ukraine paragraph: every run reads as omit (runSummary.ts).
  const issue = issues.find((candidate) => candidate.id === 'ukraine');
  const ladder = issue ? issue.ladder.map((rung) => rung.id) : ['omit'];
  const none = issue ? '' : ' (the catalogue has no ukraine issue)';
  const rungs = Array.isArray(ukraine) ? ukraine : [ukraine];
  rungs.forEach((rung, index) => {
    if (ladder.includes(rung)) return;
    const at = Array.isArray(ukraine) ? ['expected', 'ukraine', index] : ['expected', 'ukraine'];
    report(at, `unknown rung "${rung}"; expected one of ${ladder.join(', ')}${none}${didYouMean(rung, ladder)}`);
  });
}
