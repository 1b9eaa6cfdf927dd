// `forum-sim check SEQUENCE`: the sequence invariants on `runs` chain seeds. A chain has no
// perturbations to shrink (its meetings are the forum files as they are): a failure names the seed.
import type { CarryFunction } from '../sequence/carry.js';
import type { SequenceOverrides } from '../sequence/overrides.js';
import type { Sequence } from '../sequence/types.js';
import { checkReport, type CheckReport, type InvariantReport } from './check.js';
import { SEQUENCE_INVARIANTS, sequenceCase, type SequenceInvariant } from './invariants/sequence.js';

export interface SequenceCheckOptions {
  runs: number;
  seed: number;
  overrides: SequenceOverrides;
  invariants?: readonly SequenceInvariant[];
  /** The mechanism under test (carryOver unless a test plants a broken copy). */
  carry?: CarryFunction;
  onProgress?: (invariant: string, done: number) => void;
}

/** The chain seed of case `i`. */
export const checkChainSeed = (seed: number, i: number): string => `${seed}-${i + 1}`;

export function checkSequence(sequence: Sequence, options: SequenceCheckOptions): CheckReport {
  const invariants = options.invariants ?? SEQUENCE_INVARIANTS;
  const cases = Array.from({ length: options.runs }, (_, i) =>
    sequenceCase(sequence, checkChainSeed(options.seed, i), options.overrides, options.carry),
  );
  const reports = invariants.map((invariant): InvariantReport => {
    let applicable = 0;
    for (const [i, c] of cases.entries()) {
      const verdict = invariant.judge(c);
      options.onProgress?.(invariant.id, i + 1);
      if (verdict.applies) applicable++;
      if (!verdict.holds)
        return {
          id: invariant.id,
          title: invariant.title,
          status: 'fail',
          cases: i + 1,
          applicable,
          exercised: true,
          counterexample: {
            seed: c.seed,
            overrides: {},
            variant: 0,
            message: verdict.message ?? 'the invariant does not hold',
            related: [],
            shrinks: 0,
          },
        };
    }
    return {
      id: invariant.id,
      title: invariant.title,
      status: 'pass',
      cases: cases.length,
      applicable,
      exercised: applicable > 0,
    };
  });
  return checkReport(sequence.id, options, reports);
}
