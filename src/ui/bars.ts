// Outcome shares drawn as text: a bar filled to the share, its 95% interval marked with [ and ]
// (| when both ends fall in one cell), on a 0-100% scale. ASCII only, so it reads in any
// terminal and locale, and without colour (each series fills with its own character).

export interface Interval {
  p: number;
  lo: number;
  hi: number;
}

export const EMPTY_CELL = '.';

/** Cell i covers shares [i/width, (i+1)/width); 1 falls in the last cell. */
function cellOf(x: number, width: number): number {
  return Math.max(0, Math.min(width - 1, Math.floor(x * width)));
}

/**
 * A bar exactly `width` cells wide: round(p * width) cells of `fill`, the rest EMPTY_CELL, with
 * the interval's ends marked in the cells that hold lo and hi.
 */
export function bar({ p, lo, hi }: Interval, width: number, fill: string): string {
  if (width <= 0) return '';
  const filled = Math.max(0, Math.min(width, Math.round(p * width)));
  const cells = Array.from({ length: width }, (_, i) => (i < filled ? fill : EMPTY_CELL));
  const from = cellOf(lo, width);
  // An end exactly on a cell boundary belongs to the cell below it: [0.2, 0.4] on 10 cells is 2..3.
  const to = Math.max(from, Math.min(width - 1, Math.ceil(hi * width) - 1));
  if (from === to) cells[from] = '|';
  else {
    cells[from] = '[';
    cells[to] = ']';
  }
  return cells.join('');
}

/** The scale above the bars: 0% at the left edge, 50% at the middle, 100% ending at the right edge. */
export function scale(width: number): string {
  if (width < 12) return '0%'.padEnd(Math.max(0, width)).slice(0, Math.max(0, width));
  const cells = Array.from({ length: width }, () => ' ');
  const put = (text: string, at: number) => [...text].forEach((c, i) => (cells[at + i] = c));
  put('0%', 0);
  put('50%', Math.floor(width / 2) - 1);
  put('100%', width - 4);
  return cells.join('');
}

/** A share as a percentage with one decimal, right-aligned in 6 columns: " 41.2%", "100.0%". */
export function percent(x: number): string {
  return `${(x * 100).toFixed(1).padStart(5)}%`;
}

/** The share and its interval after a bar: " 41.2%  [ 36.9,  45.6]", always NUMBERS_WIDTH wide. */
export function numbers({ p, lo, hi }: Interval): string {
  const end = (x: number) => (x * 100).toFixed(1).padStart(5);
  return `${percent(p)}  [${end(lo)}, ${end(hi)}]`;
}

export const NUMBERS_WIDTH = 22;

export interface BarLayout {
  /** Columns for the outcome name, then the series name (0 with one series), bar, and numbers. */
  label: number;
  series: number;
  bar: number;
  numbers: number;
}

/**
 * How a row of `width` columns splits: label and series names padded to their longest plus a
 * space, the numbers after a space, and the bar taking the rest (at least 10 cells; the caller
 * keeps the window at 80 columns or more, where it gets 30 or so).
 */
export function barLayout(width: number, labels: readonly string[], seriesNames: readonly string[]): BarLayout {
  const longest = (xs: readonly string[]) => xs.reduce((n, x) => Math.max(n, x.length), 0);
  const label = longest(labels) + 1;
  const series = seriesNames.length > 1 ? longest(seriesNames) + 1 : 0;
  const numbers = NUMBERS_WIDTH + 1;
  return { label, series, bar: Math.max(10, width - label - series - numbers), numbers };
}

/** A progress bar `width` cells wide between [ and ]: the share of `done` in `total` filled with #. */
export function progressBar(done: number, total: number, width: number): string {
  const inner = Math.max(0, width - 2);
  const filled = total <= 0 ? inner : Math.max(0, Math.min(inner, Math.floor((done / total) * inner)));
  return `[${'#'.repeat(filled)}${EMPTY_CELL.repeat(inner - filled)}]`;
}
