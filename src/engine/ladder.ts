// Naming rungs and drafts: from ladder indices to the ids people read.
import type { Draft, IssueDef, IssueId } from '../domain/types.js';

export function rungId(issues: readonly IssueDef[], issue: IssueId, rung: number): string {
  return issues.find((i) => i.id === issue)?.ladder[rung]?.id ?? String(rung);
}

/** Each paragraph's wording id, issue by issue. */
export function wordingOf(issues: readonly IssueDef[], draft: Draft): Record<IssueId, string> {
  return Object.fromEntries(Object.entries(draft).map(([issue, rung]) => [issue, rungId(issues, issue, rung)]));
}

/** A draft as one comparable string, whatever order its paragraphs are listed in. */
export function draftKey(draft: Draft): string {
  return Object.entries(draft)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([issue, rung]) => `${issue}=${rung}`)
    .join(',');
}
