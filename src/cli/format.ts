// Plain-text rendering of a run for the terminal: lines escaped at the end (safeLines), since
// names, titles, texts and reasons come from files.
import type { ForumEvent, RunResult, Scenario, Stance } from '../domain/types.js';
import { describeEvent } from '../engine/describe.js';
import { canAgree } from '../engine/outcome.js';
import { safeLines } from '../present/lines.js';
import { formatVotes } from '../present/votes.js';

export const STANCE_LABEL: Record<Stance, string> = {
  reviewing: 'reviewing',
  supporting: 'supporting',
  seekingAmendment: 'seeking amendment',
  objecting: 'objecting',
  blocking: 'blocking',
  walkedOut: 'walked out',
  absent: 'absent',
};

export function formatSummary(scenario: Scenario, result: RunResult): string {
  const lines: string[] = [];
  lines.push(
    `${scenario.name} (${scenario.id}), ${scenario.date}; host ${scenario.host}, chair ${scenario.chair}; ${scenario.participants.length} delegations; seed ${result.seed}`,
  );
  if (Object.keys(result.inputs.overrides).length > 0) {
    lines.push(
      `Overrides: ${Object.entries(result.inputs.overrides)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`,
    );
  }
  lines.push(...formatOutcome(scenario, result));
  lines.push(...formatProduct(scenario, result));
  lines.push(...formatVotes(scenario, result));
  const paragraphs = (ps: readonly { issue: string; rung: string; text: string }[]) => {
    if (ps.length === 0) lines.push('  (no substantive paragraphs)');
    ps.forEach((p, i) => lines.push(`  ${i + 1}. [${p.issue}: ${p.rung}] ${p.text}`));
  };
  if (result.statement) {
    lines.push(
      '',
      result.outcome === 'chair-statement'
        ? "Chair's statement (the chair's own text, attributing views):"
        : 'Adopted text:',
    );
    paragraphs(result.statement.paragraphs);
  }
  if (result.outcome === 'chair-statement' && result.consensus) {
    lines.push('', 'Consensus text adopted beside it:');
    paragraphs(result.consensus.paragraphs);
  }
  if (result.annex.length > 0) {
    lines.push('', "Chair's annex (taken out of the joint text so the rest could pass):");
    paragraphs(result.annex);
  }
  if (result.blockers.length > 0) {
    lines.push('', result.votes ? 'Voted no, on:' : 'In the way of a joint statement:');
    for (const b of result.blockers)
      lines.push(
        `  ${b.actor.padEnd(4)} ${STANCE_LABEL[result.delegations[b.actor]!.stance].padEnd(18)} ${b.issue} at ${b.rung}`,
      );
  }
  const walkedOut = Object.entries(result.delegations)
    .filter(([, d]) => d.stance === 'walkedOut')
    .map(([id]) => id);
  if (walkedOut.length > 0) lines.push('', `Walked out: ${walkedOut.join(', ')}`);
  const counts = new Map<Stance, number>();
  for (const d of Object.values(result.delegations)) counts.set(d.stance, (counts.get(d.stance) ?? 0) + 1);
  lines.push('', `Final stances: ${[...counts.entries()].map(([s, n]) => `${n} ${STANCE_LABEL[s]}`).join(', ')}`);
  lines.push(
    `Compromise baseline (capability x salience weighted mean): ${Object.entries(result.baseline)
      .map(([i, r]) => `${i}=${r}`)
      .join(', ')}`,
  );
  return safeLines(lines);
}

/** One line per event (describeEvent escapes each). */
export function formatTranscript(entries: readonly ForumEvent[]): string {
  return safeLines(['Transcript:', ...entries.map(describeEvent)]);
}

/** The outcome, and what cut it short or left it without a joint text: the event cap, an empty room. */
export function formatOutcome(scenario: Scenario, result: RunResult): string[] {
  const cap = result.capped ? `; stopped by the event cap after ${result.events} events` : '';
  const lines = [`Outcome: ${result.outcome} after ${result.rounds} of ${scenario.rules.roundLimit} round(s)${cap}`];
  const present = Object.values(result.delegations).filter((d) => d.present).length;
  if (!result.votes && !canAgree(present))
    lines.push(`Fewer than two delegations present (${present}): no joint statement, nobody to agree with`);
  return lines;
}

/** What the forum issues as a matter of course, and whether a consensus text got through. */
export function formatProduct(scenario: Scenario, result: RunResult): string[] {
  if (result.votes) return [];
  const standing =
    scenario.rules.standingProduct === 'chair-statement'
      ? "a chairman's statement (its standing product)"
      : 'a consensus text';
  const consensus = result.consensus
    ? `adopted${result.annex.length > 0 ? `, with ${result.annex.map((p) => p.issue).join(', ')} in a chair's annex` : ''}`
    : 'not adopted';
  return [
    `Product: ${standing}; consensus text ${consensus}; ${scenario.level}${scenario.coChair ? `; co-chair ${scenario.coChair}` : ''}`,
  ];
}
