// The text and JSON forms of a sensitivity report: a tornado chart of the largest swings, and
// every number behind it.
import { reach, type Estimate, type SensitivityReport, type Swing } from '../analysis/sensitivity.js';
import { isNoiseSwing } from '../analysis/swingNoise.js';
import { safeLines } from '../present/lines.js';
import { formatP, renderTornado } from '../present/tornado.js';
import type { Overrides } from '../scenario/overrides.js';
import { VERSION } from '../version.js';

export interface ChartOptions {
  /** Rows drawn: the largest swings. */
  top: number;
  width: number;
  color: boolean;
}

/** A parameter value, short: at most three decimals, no trailing zeros. */
export const shortValue = (x: number) => String(Number(x.toFixed(3)));

/** Before the label of a swing that is noise (isNoiseSwing). */
const NOISE_MARK = '~ ';

const outcomeName = (report: SensitivityReport) => report.outcome.replace(/-/g, ' ');

const interval = (e: Estimate) =>
  `P = ${formatP(e.p)} [${formatP(e.lo)}, ${formatP(e.hi)}] (${e.hits} of ${e.runs} runs)`;

const endsText = (report: SensitivityReport) =>
  report.ends === 'range' ? 'its valid range' : 'the spread its runs draw it from';

const seedsText = (report: SensitivityReport) => `${report.masterSeed}/0..${report.masterSeed}/${report.runs - 1}`;

export function formatSensitivity(report: SensitivityReport, scenarioRef: string, chart: ChartOptions): string {
  const what = `P(${outcomeName(report)})`;
  const settings = 1 + 2 * report.swings.length;
  const head = [
    `forum-sim sensitivity ${scenarioRef}: ${what}, one parameter at a time`,
    `Each held at the ends of ${endsText(report)}; seeds ${seedsText(report)} for every setting.`,
    `Settings: ${settings} (the baseline, then ${report.swings.length} parameter(s) at both ends), ${report.runs} run(s) each.`,
    `Baseline (parameters drawn as usual): ${interval(report.baseline)}`,
    '',
  ];
  const shown = report.swings.slice(0, chart.top);
  const rows = shown.map((s) => ({
    // Marked in front: a long label is cut at its end.
    label: `${s.swing > 0 && isNoiseSwing(s) ? NOISE_MARK : ''}${s.path} ${shortValue(s.low.value)}..${shortValue(s.high.value)}`,
    low: s.low.estimate.p,
    high: s.high.estimate.p,
  }));
  // The chart escapes its labels itself (its colour codes are ours); the rest may quote a file's text.
  const chartLines =
    rows.length === 0
      ? []
      : [
          `${what} at each parameter's low end > high end, largest swing first:`,
          ...renderTornado(rows, { baseline: report.baseline.p, width: chart.width, color: chart.color }),
          '',
        ];
  return [safeLines(head), ...chartLines, safeLines(footer(report, shown.length, what))].join('\n');
}

function footer(report: SensitivityReport, shown: number, what: string): string[] {
  const moving = report.swings.filter((s) => s.swing > 0);
  const lines: string[] = [];
  if (moving.length === 0) {
    const stray = report.swings.filter((s) => reach(s, report.baseline.p) > 0).length;
    const at = stray === 0 ? `${formatP(report.baseline.p)}, as at the baseline` : `for ${stray}, off the baseline`;
    lines.push(
      `No single parameter swings ${what} on these seeds: for each of`,
      `the ${report.swings.length}, it is the same at both ends (${at}).`,
    );
    if (stray === 0)
      lines.push('The outcome does not hinge on any one of them; several changed together (--set)', 'may move it.');
  } else {
    lines.push(`${moving.length} of ${report.swings.length} parameter(s) moved ${what}; the largest swing:`);
    lines.push(`  ${swingLine(moving[0]!)}`);
    const noise = moving.filter(isNoiseSwing).length;
    if (noise > 0)
      lines.push(
        `${noise} of these ${moving.length} swing(s) are noise, marked ${NOISE_MARK.trim()}: one end's P lies inside the`,
        `other end's 95% interval, so these runs cannot tell the ends apart (more --runs can).`,
      );
  }
  if (shown < report.swings.length) {
    const hidden = report.swings.length - shown;
    const swinging = Math.max(0, moving.length - shown);
    const which = swinging === 0 ? 'none with a swing' : `${swinging} with a smaller swing`;
    lines.push(`${hidden} more parameter(s) not drawn, ${which} (--top K draws more; --json all).`);
  }
  return lines;
}

function swingLine(s: Swing): string {
  return `${s.path}: ${formatP(s.low.estimate.p)} at ${shortValue(s.low.value)}, ${formatP(s.high.estimate.p)} at ${shortValue(s.high.value)} (swing ${formatP(s.swing)})`;
}

/** Every number of the report, for `--json`. */
/** What a sensitivity was run on, recorded in its --json as a sweep's header records it. */
export interface SensitivityStamp {
  /** The hash of the forum as loaded (the snapshot every setting ran on). */
  scenarioHash: string;
  /** --params and --set, under every setting. */
  overrides: Overrides;
}

export function sensitivityJson(report: SensitivityReport, scenarioRef: string, stamp: SensitivityStamp) {
  const estimate = (e: Estimate) => ({ p: e.p, hits: e.hits, runs: e.runs, wilson95: [e.lo, e.hi] });
  return {
    scenario: scenarioRef,
    scenarioHash: stamp.scenarioHash,
    version: VERSION,
    overrides: stamp.overrides,
    outcome: report.outcome,
    ends: report.ends,
    runsPerSetting: report.runs,
    seed: report.masterSeed,
    seeds: seedsText(report),
    baseline: estimate(report.baseline),
    parameters: report.swings.map((s) => ({
      path: s.path,
      current: s.current,
      low: { value: s.low.value, ...estimate(s.low.estimate) },
      high: { value: s.high.value, ...estimate(s.high.estimate) },
      swing: s.swing,
      /** Either end's P inside the other end's 95% interval: the runs cannot tell the ends apart. */
      noise: isNoiseSwing(s),
    })),
  };
}
