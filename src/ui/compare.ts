// What changed between two runs of the same forum: the outcome, the text and the stances.
import type { RunResult } from '../domain/types.js';

export interface RunDiff {
  outcome: [string, string] | null;
  rounds: [number, number] | null;
  paragraphs: { issue: string; before: string; after: string }[];
  stances: { actor: string; before: string; after: string }[];
}

export function compareRuns(before: RunResult, after: RunResult): RunDiff {
  const text = (r: RunResult) => new Map((r.statement?.paragraphs ?? []).map((p) => [p.issue, p.rung]));
  const a = text(before);
  const b = text(after);
  const issues = [...new Set([...a.keys(), ...b.keys()])];
  return {
    outcome: before.outcome === after.outcome ? null : [before.outcome, after.outcome],
    rounds: before.rounds === after.rounds ? null : [before.rounds, after.rounds],
    paragraphs: issues
      .filter((i) => a.get(i) !== b.get(i))
      .map((issue) => ({ issue, before: a.get(issue) ?? '(none)', after: b.get(issue) ?? '(none)' })),
    stances: Object.keys(before.delegations)
      .filter((id) => before.delegations[id]!.stance !== after.delegations[id]?.stance)
      .map((actor) => ({
        actor,
        before: before.delegations[actor]!.stance,
        after: after.delegations[actor]?.stance ?? '-',
      })),
  };
}
