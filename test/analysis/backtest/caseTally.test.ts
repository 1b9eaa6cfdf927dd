// Issue 19, row 12: backtest counts each run into its case's tally as it finishes instead of
// keeping every run; the counts give what the per-run lists gave, in any order of arrival.
import { describe, expect, it } from 'vitest';
import { addRun, emptyCaseTally, eventCount, tallyOf, voteCounts } from '../../../src/analysis/backtest/caseTally.js';
import type { RunSummary } from '../../../src/analysis/runSummary.js';

const run = (over: Partial<RunSummary>): RunSummary => ({
  outcome: 'chair-statement',
  consensusText: false,
  rounds: 2,
  ukraine: null,
  votes: null,
  ...over,
});

const RUNS: RunSummary[] = [
  run({ outcome: 'joint-statement', consensusText: true, ukraine: 'omit' }),
  run({ consensusText: true, ukraine: 'deplore' }),
  run({}),
  run({ outcome: 'adopted', votes: { AAA: 'yes', BBB: 'no' } }),
  run({ outcome: 'rejected', votes: { AAA: 'absent' } }),
];

describe('caseTally', () => {
  it('counts outcomes, events, Ukraine rungs and votes (a missing vote is absent)', () => {
    const tally = tallyOf(RUNS);
    expect(tally.runs).toBe(5);
    expect(eventCount(tally, 'consensus-text')).toBe(2);
    expect(eventCount(tally, 'chair-statement')).toBe(2);
    expect(Object.fromEntries(tally.ukraine)).toEqual({ omit: 1, deplore: 1 });
    expect(Object.fromEntries(voteCounts(tally, 'AAA'))).toEqual({ yes: 1, absent: 4 });
    expect(Object.fromEntries(voteCounts(tally, 'BBB'))).toEqual({ no: 1, absent: 4 });
  });

  it('does not depend on the order runs arrive in', () => {
    const reversed = [...RUNS].reverse().reduce(addRun, emptyCaseTally());
    expect(reversed).toEqual(tallyOf(RUNS));
  });
});
