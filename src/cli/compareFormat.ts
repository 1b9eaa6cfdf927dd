// How `forum-sim compare` shows a paired comparison: a table for the terminal, JSON stamped with
// what produced it, CSV rows (one per event), and the report chart of the paired differences.
import type { PairedComparison, PairedPlan } from '../analysis/comparePaired.js';
import type { PairedEvent } from '../analysis/pairedReport.js';
import { safeText } from '../present/safeText.js';
import type { ReportSection, ReportStamp } from '../report/types.js';
import type { Overrides } from '../scenario/overrides.js';
import { VERSION } from '../version.js';
import { csvField } from './sweepFormat.js';

/** What the comparison was: enough to run it again. */
export interface CompareStamp {
  scenario: string;
  scenarioHash: string;
  version: string;
  seed: string;
  runs: number;
  /** Arm A's overrides (--params and --set); arm B's (A's, then --against). */
  overrides: { a: Overrides; b: Overrides };
  /** --against alone: what B changes. */
  against: Overrides;
}

export function compareStamp(scenarioRef: string, plan: PairedPlan, against: Overrides): CompareStamp {
  return {
    scenario: scenarioRef,
    scenarioHash: plan.scenario.hash,
    version: VERSION,
    seed: plan.masterSeed,
    runs: plan.runs,
    overrides: { a: { ...plan.a }, b: { ...plan.b } },
    against: { ...against },
  };
}

const pct = (p: number) => `${(100 * p).toFixed(1)}%`;
const points = (d: number) => `${d > 0 ? '+' : d < 0 ? '-' : ' '}${Math.abs(100 * d).toFixed(1)}`;
const listed = (o: Overrides) =>
  Object.keys(o).length === 0
    ? 'the scenario as given'
    : Object.entries(o)
        .map(([path, value]) => safeText(`${path}=${value}`))
        .join(', ');

export function eventRow(e: PairedEvent): string {
  const interval = `[${points(e.lo)}, ${points(e.hi)}]`;
  return `  ${safeText(e.event).padEnd(17)} ${pct(e.pA).padStart(6)} ${pct(e.pB).padStart(7)} ${points(e.difference).padStart(7)}  ${interval.padEnd(16)} ${`+${e.gained}`.padStart(6)} ${`-${e.lost}`.padStart(6)}`;
}

export function formatCompare(c: PairedComparison, stamp: CompareStamp): string {
  const last = Math.max(0, stamp.runs - 1);
  const lines = [
    `Paired what-if on ${safeText(stamp.scenario)}: ${c.pairs} seed(s) (${safeText(stamp.seed)}/0 .. ${safeText(stamp.seed)}/${last}), each run under A and under B`,
    `  A: ${listed(stamp.overrides.a)}`,
    `  B: ${Object.keys(stamp.overrides.a).length ? 'A with ' : ''}${listed(stamp.against)}`,
    '',
    '  event                  A       B   B - A  95% interval     gained   lost',
    '                                     (points; paired)        (seeds under B vs A)',
    ...c.events.map(eventRow),
    '',
    `Seeds whose product changed: ${c.changed} of ${c.pairs}`,
    ...c.transitions.map(
      (t) => `  ${`${safeText(t.from)} -> ${safeText(t.to)}`.padEnd(40)} ${String(t.seeds).padStart(6)}`,
    ),
    '',
    'consensus-text: a text agreed, whatever the product. The interval (Newcombe, paired) is for the',
    'difference on these seeds; one that excludes 0 says the change, not the draws, made it.',
  ];
  return lines.join('\n');
}

export function compareJson(c: PairedComparison, stamp: CompareStamp) {
  return {
    ...stamp,
    pairs: c.pairs,
    interrupted: c.interrupted,
    events: c.events.map((e) => ({
      event: e.event,
      a: { hits: e.hitsA, p: e.pA },
      b: { hits: e.hitsB, p: e.pB },
      difference: e.difference,
      ci95: [e.lo, e.hi],
      seedsGained: e.gained,
      seedsLost: e.lost,
    })),
    changedSeeds: c.changed,
    transitions: c.transitions,
  };
}

const CSV_HEADER = 'event,pairs,hits_a,share_a,hits_b,share_b,difference,ci95_low,ci95_high,seeds_gained,seeds_lost';

/** One row per event, after the header. */
export function formatCompareCsv(c: PairedComparison): string {
  const rows = c.events.map((e) =>
    [e.event, c.pairs, e.hitsA, e.pA, e.hitsB, e.pB, e.difference, e.lo, e.hi, e.gained, e.lost]
      .map(csvField)
      .join(','),
  );
  return [CSV_HEADER, ...rows].join('\n') + '\n';
}

/** The paired-differences chart of a report, stamped with arm B's overrides (A's are a prefix of them). */
export function compareSection(c: PairedComparison, stamp: CompareStamp): ReportSection {
  const reportStamp: ReportStamp = {
    command: 'compare',
    scenario: stamp.scenario,
    scenarioHash: stamp.scenarioHash,
    overrides: stamp.overrides.b,
    seed: stamp.seed,
    runs: stamp.runs,
    version: stamp.version,
  };
  return {
    title: `${stamp.scenario}: B against A on the same ${c.pairs} seeds`,
    text: `A: ${listed(stamp.overrides.a)}. B: ${listed(stamp.overrides.b)}.`,
    chart: {
      kind: 'paired',
      armA: listed(stamp.overrides.a),
      armB: listed(stamp.overrides.b),
      rows: c.events.map((e) => ({ label: e.event, a: e.pA, b: e.pB, diff: e.difference, lo: e.lo, hi: e.hi })),
    },
    stamp: reportStamp,
  };
}
