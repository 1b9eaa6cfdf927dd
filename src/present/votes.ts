// A vote as plain text, shared by the CLI's summary and the UI's log (neither imports the other).
import { VOTES, type RunResult, type Scenario } from '../domain/types.js';
import { RULE_LABEL, vetoesCast } from '../engine/votes.js';
import { safeText } from './safeText.js';

/** Under a vote rule: the rule, the tally and who voted how, grouped by vote. Nothing under consensus. */
export function formatVotes(scenario: Scenario, result: RunResult): string[] {
  const { votes } = result;
  const tally = formatTally(scenario, result);
  if (!votes || !tally) return [];
  const lines = [`Vote (${RULE_LABEL[scenario.rules.decisionRule]}): ${tally}`];
  for (const vote of VOTES) {
    const ids = Object.keys(votes).filter((id) => votes[id] === vote);
    if (ids.length > 0) lines.push(`  ${vote.padEnd(8)}${String(ids.length).padStart(3)}  ${ids.join(', ')}`);
  }
  return lines.map(safeText);
}

/** `11-1-3 (yes-no-abstain), 0 absent; vetoed by RUS`, or null under consensus. */
export function formatTally(scenario: Scenario, result: RunResult): string | null {
  const { votes, tally } = result;
  if (!votes || !tally) return null;
  // A permanent no only vetoes a text that had the votes; otherwise the text simply fell short.
  const vetoes = result.outcome === 'vetoed' ? vetoesCast(votes, scenario.rules.permanent) : [];
  return safeText(
    `${tally.yes}-${tally.no}-${tally.abstain} (yes-no-abstain), ${tally.absent} absent${vetoes.length > 0 ? `; vetoed by ${vetoes.join(', ')}` : ''}`,
  );
}
