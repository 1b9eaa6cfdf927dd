// A paired what-if across a chain: the sequence under setting A and under setting B, chain i of
// both on seed S/i (its meeting k on S/i/k), so each chain is a matched pair and a difference in
// any meeting's odds is the setting's doing, carried through the chain, not the draws'. For each
// meeting, the paired report of a forum's compare (comparePaired.ts): each product and
// consensus-text under A and B, and B - A with Newcombe's paired interval.
import type { EventFacts } from '../../analysis/consensusText.js';
import { pairedDifference } from '../../analysis/pairedInterval.js';
import { pairedReport, type PairedEvent, type PairedReport } from '../../analysis/pairedReport.js';
import { defaultWorkers, sliceSize, streamJobs } from '../../analysis/runPool.js';
import type { SequenceOverrides } from '../overrides.js';
import type { Sequence } from '../types.js';
import { isChainError, type ChainLine } from './chainLine.js';
import type { ChainSlice } from './chainSlice.js';

const MAX_SLICE = 20;

export interface ChainPairPlan {
  sequence: Sequence;
  a: SequenceOverrides;
  b: SequenceOverrides;
  runs: number;
  masterSeed: string;
}

export interface ChainComparison {
  /** Chains run under both arms (fewer than `runs` only when interrupted; a chain that threw is left out). */
  pairs: number;
  runs: number;
  masterSeed: string;
  interrupted: boolean;
  meetings: ({ id: string; walkout: WalkoutPair } & PairedReport)[];
}

/** A walkout at the meeting (anyone, on anyone): not a product, but what carries the chain's memory. */
export type WalkoutPair = Omit<PairedEvent, 'event'>;

type Done = Exclude<ChainLine, { error: string }>;

/** Chains with a walkout at meeting k under A and under B, and B - A with its paired interval. */
function walkoutPair(pairs: readonly [Done, Done][], k: number): WalkoutPair {
  let [both, gained, lost] = [0, 0, 0];
  for (const [a, b] of pairs) {
    const [inA, inB] = [a.meetings[k]!.walkouts.length > 0, b.meetings[k]!.walkouts.length > 0];
    if (inA && inB) both++;
    else if (inB) gained++;
    else if (inA) lost++;
  }
  const n = pairs.length;
  const d = pairedDifference({ both, onlyFirst: gained, onlySecond: lost, neither: n - both - gained - lost });
  const share = (x: number) => (n === 0 ? 0 : x / n);
  return {
    hitsA: both + lost,
    hitsB: both + gained,
    pA: share(both + lost),
    pB: share(both + gained),
    difference: d.difference,
    lo: d.lo,
    hi: d.hi,
    gained,
    lost,
  };
}

export async function compareChains(
  plan: ChainPairPlan,
  options: { workers?: number; signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<ChainComparison> {
  const workers = Math.max(1, options.workers ?? defaultWorkers());
  const size = sliceSize(plan.runs, workers, MAX_SLICE);
  const slices: ChainSlice[] = [];
  for (let from = 0; from < plan.runs; from += size) {
    const runs = Array.from({ length: Math.min(size, plan.runs - from) }, (_, i) => from + i);
    for (const overrides of [plan.a, plan.b])
      slices.push({ kind: 'sequence', sequence: plan.sequence, overrides, seed: plan.masterSeed, runs });
  }
  const arms: (ChainLine | undefined)[][] = [new Array(plan.runs), new Array(plan.runs)];
  let done = 0;
  options.onProgress?.(0, 2 * plan.runs);
  await streamJobs(slices, {
    workers,
    signal: options.signal,
    onResult: (index, lines) => {
      for (const line of lines) arms[index % 2]![line.run] = line;
      done += lines.length;
      options.onProgress?.(done, 2 * plan.runs);
    },
  });
  const pairs: [Done, Done][] = [];
  let complete = 0;
  for (let i = 0; i < plan.runs; i++) {
    const [a, b] = [arms[0]![i], arms[1]![i]];
    if (!a || !b) continue;
    complete++;
    if (!isChainError(a) && !isChainError(b)) pairs.push([a, b]);
  }
  const facts = (line: Done, k: number): EventFacts => {
    const m = line.meetings[k]!;
    return { outcome: m.outcome, consensusText: m.text !== null };
  };
  return {
    pairs: pairs.length,
    runs: plan.runs,
    masterSeed: plan.masterSeed,
    interrupted: complete < plan.runs,
    meetings: plan.sequence.meetings.map((meeting, k) => {
      const rule = meeting.scenario.rules.decisionRule;
      return {
        id: meeting.id,
        walkout: walkoutPair(pairs, k),
        ...pairedReport(
          pairs.map(([a, b]) => [facts(a, k), facts(b, k)] as const),
          [rule, rule],
        ),
      };
    }),
  };
}
