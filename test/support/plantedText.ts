// Broken copies of the engine for the refused-line and insistence-kept invariants: each runs the
// real engine, then rewrites the adopted consensus text against the hard red lines of the
// delegations present at the end (whatever their firmness: the invariants must tell which count).
import {
  applyOverrides,
  runScenario,
  type Engine,
  type IssueId,
  type Position,
  type RunResult,
  type Scenario,
} from '../../src/testing/index.js';

type Paragraph = NonNullable<RunResult['consensus']>['paragraphs'][number];

/** The issues on the table on which a present delegation holds a hard line that `pick` selects. */
function linedIssues(s: Scenario, r: RunResult, pick: (p: Position, top: number) => boolean): Set<IssueId> {
  const out = new Set<IssueId>();
  for (const id of s.participants) {
    if (!r.delegations[id]?.present) continue;
    for (const issue of Object.keys(s.draft)) {
      const p = s.profiles[id]!.positions[issue];
      const top = (s.issues.find((i) => i.id === issue)?.ladder.length ?? 1) - 1;
      if (p?.hard && pick(p, top)) out.add(issue);
    }
  }
  return out;
}

/** The same run with its consensus text (and, for a joint statement, the statement) rewritten. */
function rewriting(
  change: (s: Scenario, r: RunResult, paragraphs: Paragraph[]) => { paragraphs: Paragraph[]; annex?: Paragraph[] },
): Engine {
  return (scenario, options) => {
    const r = runScenario(scenario, options);
    if (r.consensus === null) return r;
    const s = applyOverrides(scenario, options.overrides ?? {});
    const { paragraphs, annex } = change(s, r, r.consensus.paragraphs);
    const text = { paragraphs };
    return {
      ...r,
      consensus: text,
      ...(r.outcome === 'joint-statement' ? { statement: text } : {}),
      ...(annex ? { annex } : {}),
    };
  };
}

/** Words every paragraph under a present hard line with a `max` below the top at the top rung. */
export const raisingEngine: Engine = rewriting((s, r, paragraphs) => {
  const raised = linedIssues(s, r, (p, top) => p.max < top);
  const out = paragraphs.filter((p) => !raised.has(p.issue));
  for (const issue of raised) {
    const ladder = s.issues.find((i) => i.id === issue)!.ladder;
    const top = ladder[ladder.length - 1]!;
    out.push({ issue, rung: top.id, text: top.text ?? '' });
  }
  return { paragraphs: out };
});

/** Drops from the text every paragraph under a present hard line with a `min` above omit. */
export const droppingEngine: Engine = rewriting((s, r, paragraphs) => {
  const insisted = linedIssues(s, r, (p) => p.min > 0);
  return { paragraphs: paragraphs.filter((p) => !insisted.has(p.issue)) };
});

/** Moves every such paragraph from the text into the chair's annex. */
export const annexingEngine: Engine = rewriting((s, r, paragraphs) => {
  const insisted = linedIssues(s, r, (p) => p.min > 0);
  return {
    paragraphs: paragraphs.filter((p) => !insisted.has(p.issue)),
    annex: [...r.annex, ...paragraphs.filter((p) => insisted.has(p.issue))],
  };
});
