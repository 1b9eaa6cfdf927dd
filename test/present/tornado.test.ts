// The tornado chart: rows in order, bars from the baseline to each end on one shared scale, every
// line within the width, colour codes only when asked for.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  barCells,
  columnOf,
  GLYPH,
  MIN_TORNADO_WIDTH,
  renderTornado,
  scaleOf,
  visibleLength,
  type TornadoRow,
} from '../../src/present/tornado.js';

const rows: TornadoRow[] = [
  { label: 'CHN.patience 0..1', low: 0, high: 1 },
  { label: 'IDN.faceSensitivity 0..1', low: 0.25, high: 0.3 },
  { label: 'ARG.risk -1..1', low: 0.2, high: 0.2 },
  { label: 'AUS.reservation 0..1', low: 0.3, high: 0.3 },
];

describe('renderTornado', () => {
  const lines = renderTornado(rows, { baseline: 0.3, width: 80 });

  it('draws one row per entry, in the order given, each labelled, then the axis and a legend', () => {
    expect(lines).toHaveLength(rows.length + 3);
    rows.forEach((row, i) => expect(lines[i]!.startsWith(row.label)).toBe(true));
    expect(lines[rows.length]).toContain('^');
    expect(lines[rows.length + 1]).toContain('baseline 0.300');
    expect(lines.at(-1)).toContain('- low end');
  });

  it('fits 80 columns and prints P at both ends of each row', () => {
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(lines[0]!.endsWith('0.000>1.000')).toBe(true);
    expect(lines[1]!.endsWith('0.250>0.300')).toBe(true);
  });

  it('puts the baseline mark in the same column of every row', () => {
    const columns = rows.map((_, i) => lines[i]!.indexOf(GLYPH.baseline));
    expect(new Set(columns).size).toBe(1);
    expect(lines[rows.length]!.indexOf('^')).toBe(columns[0]);
  });

  it('reaches left for a lower P and right for a higher one, and marks a side both ends reach', () => {
    const centre = lines[0]!.indexOf(GLYPH.baseline);
    const [first, second, third, fourth] = lines as [string, string, string, string];
    expect(first[centre - 1]).toBe(GLYPH.low);
    expect(first[centre + 1]).toBe(GLYPH.high);
    expect(second[centre - 1]).toBe(GLYPH.low);
    expect(second[centre + 1]).toBe(' ');
    // Both ends at 0.2, below the baseline: one bar of both.
    expect(third[centre - 1]).toBe(GLYPH.both);
    expect(third.slice(centre - 10, centre + 10)).not.toContain(GLYPH.low);
    expect(fourth[centre - 1]).toBe(' ');
    expect(fourth[centre + 1]).toBe(' ');
  });

  it('cuts a long label to its column with a ~ and keeps the width', () => {
    const long = [{ label: `X.${'a'.repeat(100)}`, low: 0.1, high: 0.9 }];
    const out = renderTornado(long, { baseline: 0.5, width: 60 });
    expect(out[0]).toMatch(/^X\.a+~ /);
    for (const line of out) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('escapes control characters in labels', () => {
    const out = renderTornado([{ label: 'EVIL\x1b[2J', low: 0, high: 1 }], { baseline: 0.5, width: 80 });
    expect(out[0]).not.toContain('\x1b');
    expect(out[0]).toContain('\\x1b');
  });

  it('colours the bars only when asked, without changing the visible width', () => {
    const coloured = renderTornado(rows, { baseline: 0.3, width: 80, color: true });
    expect(coloured.join('\n')).toContain('\x1b[');
    expect(lines.join('\n')).not.toContain('\x1b[');
    coloured.forEach((line, i) => expect(visibleLength(line)).toBe(lines[i]!.length));
  });

  it('draws a flat chart around the baseline when nothing moves', () => {
    const flat = renderTornado([{ label: 'A.risk', low: 0, high: 0 }], { baseline: 0, width: 80 });
    expect(flat[0]).toMatch(/^A\.risk\s+\|\s+0\.000>0\.000$/);
  });
});

const rowArb = fc.record({
  label: fc.string({ maxLength: 40 }),
  low: fc.double({ min: 0, max: 1, noNaN: true }),
  high: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('renderTornado properties', () => {
  it('never draws a line wider than the width, in colour or not', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: MIN_TORNADO_WIDTH, max: 240 }),
        fc.boolean(),
        (rs, baseline, width, color) => {
          for (const line of renderTornado(rs, { baseline, width, color }))
            expect(visibleLength(line)).toBeLessThanOrEqual(width);
        },
      ),
    );
  });

  it('draws each bar as long as its distance from the baseline on the shared scale', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rs, baseline) => {
          const scale = scaleOf(rs, baseline, 50);
          const centre = columnOf(baseline, scale);
          for (const row of rs) {
            const cells = barCells(row, baseline, scale);
            expect(cells[centre]).toBe(GLYPH.baseline);
            const lowCells = cells.filter((c) => c === GLYPH.low || c === GLYPH.both).length;
            const highCells = cells.filter((c) => c === GLYPH.high || c === GLYPH.both).length;
            expect(lowCells).toBe(Math.abs(columnOf(row.low, scale) - centre));
            expect(highCells).toBe(Math.abs(columnOf(row.high, scale) - centre));
          }
        },
      ),
    );
  });

  it('gives a wider swing at least as wide a span of cells', () => {
    fc.assert(
      fc.property(rowArb, rowArb, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, baseline) => {
        const scale = scaleOf([a, b], baseline, 60);
        const span = (r: TornadoRow) => {
          const cells = barCells(r, baseline, scale);
          const drawn = cells.map((c, i) => (c === ' ' ? -1 : i)).filter((i) => i >= 0);
          return Math.max(...drawn) - Math.min(...drawn);
        };
        const outer = (r: TornadoRow) => [Math.min(r.low, r.high, baseline), Math.max(r.low, r.high, baseline)];
        const [aLo, aHi] = outer(a);
        const [bLo, bHi] = outer(b);
        if (aLo! <= bLo! && aHi! >= bHi!) expect(span(a)).toBeGreaterThanOrEqual(span(b));
      }),
    );
  });
});
