// What a report is made of: charts as plain data, each stamped with what produced it, so a chart
// pasted into a document can be traced back to (scenario hash, overrides, seed, runs, version).
// The commands (sweep, compare, sensitivity, backtest, design, prim) build these; src/report/
// turns them into Vega-Lite specs, SVG and PNG files and one self-contained HTML page.
import type { SobolIndex } from '../analysis/design/sobolIndices.js';
import type { Overrides } from '../scenario/overrides.js';

/** Where a chart's numbers came from. */
export interface ReportStamp {
  /** The command line's verb, e.g. `compare`. */
  command: string;
  scenario: string;
  scenarioHash: string;
  overrides: Overrides;
  seed: string;
  runs: number;
  version: string;
}

/** A probability with its 95% interval. */
export interface Interval {
  p: number;
  lo: number;
  hi: number;
}

export type Chart =
  /** Each outcome's share of the runs. */
  | { kind: 'outcomes'; bars: Array<{ label: string } & Interval> }
  /** Paired what-if: each outcome's share in both arms and the difference (b - a) with its interval. */
  | {
      kind: 'paired';
      armA: string;
      armB: string;
      rows: Array<{ label: string; a: number; b: number; diff: number; lo: number; hi: number }>;
    }
  /** One-at-a-time tornado: P at each end of a parameter's range; `noise` when inside the MC interval. */
  | {
      kind: 'tornado';
      base: number;
      rows: Array<{ parameter: string; low: number; high: number; noise: boolean }>;
    }
  /** Sobol indices with bootstrap intervals. */
  | {
      kind: 'sobol';
      rows: Array<{ parameter: string } & SobolIndex>;
    }
  /** PRIM's peeling trajectory (coverage against density) and the chosen box's restrictions. */
  | {
      kind: 'prim';
      trajectory: Array<{ coverage: number; density: number; dimensions: number }>;
      chosen: { coverage: number; density: number; restrictions: string[] };
    }
  /** Backtest reliability diagram: forecast bins against observed frequency. */
  | { kind: 'reliability'; bins: Array<{ predicted: number; observed: number; n: number }> }
  /** P of an outcome against a varied parameter. */
  | { kind: 'curve'; parameter: string; outcome: string; points: Array<{ x: number } & Interval> };

export interface ReportSection {
  title: string;
  /** A sentence or two under the chart: what it shows, in words. */
  text?: string;
  chart: Chart;
  stamp: ReportStamp;
}

export interface Report {
  title: string;
  sections: ReportSection[];
}
