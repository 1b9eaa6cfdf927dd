// A tornado chart as lines of text: one row per parameter, a bar from the baseline probability to
// the probability at the parameter's low end and another to its high end, on a scale shared by all
// rows, fitting a given width. Plain ASCII unless colour is asked for.
import { safeText } from './safeText.js';

export interface TornadoRow {
  label: string;
  /** The probability with the parameter at its low end, and at its high end. */
  low: number;
  high: number;
}

export interface TornadoOptions {
  baseline: number;
  /** Columns the lines may use. Below MIN_TORNADO_WIDTH the chart is drawn MIN_TORNADO_WIDTH wide. */
  width: number;
  /** ANSI colours (low end blue, high end red); the glyphs are the same either way. */
  color?: boolean;
}

export const MIN_TORNADO_WIDTH = 24;
const MIN_CHART = 10;
const NUMBERS = 11; // "0.125>0.450"
export const GLYPH = { low: '-', high: '+', both: '#', baseline: '|' } as const;
const COLOR: Record<string, string> = { [GLYPH.low]: '\x1b[34m', [GLYPH.high]: '\x1b[31m', [GLYPH.both]: '\x1b[35m' };
const RESET = '\x1b[0m';

export const formatP = (p: number) => p.toFixed(3);

export interface Scale {
  from: number;
  to: number;
  columns: number;
}

/** The probabilities drawn, with room on both sides: never an empty span. */
export function scaleOf(rows: readonly TornadoRow[], baseline: number, columns: number): Scale {
  const ps = [baseline, ...rows.flatMap((r) => [r.low, r.high])];
  let from = Math.min(...ps);
  let to = Math.max(...ps);
  if (to - from < 1e-9) {
    from = Math.max(0, baseline - 0.05);
    to = Math.min(1, baseline + 0.05);
  }
  return { from, to, columns };
}

export function columnOf(p: number, { from, to, columns }: Scale): number {
  return Math.round(((p - from) / (to - from)) * (columns - 1));
}

/** One row's bars: the cells between the baseline and each end's probability. */
export function barCells(row: TornadoRow, baseline: number, scale: Scale): string[] {
  const centre = columnOf(baseline, scale);
  const reach = (p: number) => columnOf(p, scale);
  const covers = (end: number, c: number) => (end < centre ? c >= end && c < centre : c <= end && c > centre);
  const low = reach(row.low);
  const high = reach(row.high);
  return Array.from({ length: scale.columns }, (_, c) => {
    if (c === centre) return GLYPH.baseline;
    const byLow = covers(low, c);
    const byHigh = covers(high, c);
    return byLow && byHigh ? GLYPH.both : byLow ? GLYPH.low : byHigh ? GLYPH.high : ' ';
  });
}

/** The cells as text; in colour, one escape per run of equal glyphs. */
function paint(cells: readonly string[], color: boolean): string {
  const text = cells.join('');
  if (!color) return text;
  return text.replace(/(.)\1*/g, (run) => (COLOR[run[0]!] ? `${COLOR[run[0]!]}${run}${RESET}` : run));
}

function fit(label: string, width: number): string {
  const safe = safeText(label);
  return safe.length <= width ? safe.padEnd(width) : `${safe.slice(0, width - 1)}~`;
}

interface Layout {
  labelWidth: number;
  chart: number;
  numbers: boolean;
}

function layoutOf(rows: readonly TornadoRow[], width: number): Layout {
  const longest = Math.max(4, ...rows.map((r) => safeText(r.label).length));
  const labelWidth = Math.min(longest, Math.max(8, Math.floor(width * 0.35)));
  const withNumbers = width - labelWidth - NUMBERS - 2;
  if (withNumbers >= MIN_CHART) return { labelWidth, chart: withNumbers, numbers: true };
  return { labelWidth, chart: Math.max(MIN_CHART, width - labelWidth - 1), numbers: false };
}

/** The axis under the chart: the ends of the scale, and the baseline marked `^` with its value. */
function axisLines(scale: Scale, baseline: number, indent: number): string[] {
  const centre = columnOf(baseline, scale);
  const ticks: string[] = Array.from({ length: scale.columns }, (_, c) => (c === centre ? '^' : ' '));
  const place = (text: string, at: number) => {
    if (at < 0 || at + text.length > scale.columns) return;
    if (centre >= at - 1 && centre <= at + text.length) return;
    for (let i = 0; i < text.length; i++) ticks[at + i] = text[i]!;
  };
  place(formatP(scale.from), 0);
  place(formatP(scale.to), scale.columns - formatP(scale.to).length);
  const note = `baseline ${formatP(baseline)}`;
  const start = Math.max(0, Math.min(scale.columns - note.length, centre - Math.floor(note.length / 2)));
  const pad = ' '.repeat(indent);
  return [`${pad}${ticks.join('')}`.trimEnd(), `${pad}${' '.repeat(start)}${note}`.slice(0, indent + scale.columns)];
}

/** The chart's lines: a row per entry (in the order given), then the axis and a legend. */
export function renderTornado(rows: readonly TornadoRow[], options: TornadoOptions): string[] {
  const width = Math.max(MIN_TORNADO_WIDTH, Math.floor(options.width));
  const layout = layoutOf(rows, width);
  const scale = scaleOf(rows, options.baseline, layout.chart);
  const color = options.color ?? false;
  const lines = rows.map((row) => {
    const bars = paint(barCells(row, options.baseline, scale), color);
    const numbers = layout.numbers ? ` ${formatP(row.low)}>${formatP(row.high)}` : '';
    return `${fit(row.label, layout.labelWidth)} ${bars}${numbers}`;
  });
  lines.push(...axisLines(scale, options.baseline, layout.labelWidth + 1));
  const legend = `${GLYPH.low} low end  ${GLYPH.high} high end  ${GLYPH.both} both  ${GLYPH.baseline} baseline`;
  lines.push(legend.length <= width ? legend : legend.slice(0, width));
  return lines;
}

/** Visible length of a line (without its colour codes). */
export function visibleLength(line: string): number {
  return line.replace(/\x1b\[[0-9;]*m/g, '').length;
}
