// The sweep view's text pictures: bars exactly as wide as given, the interval's ends in the cells
// that hold them, numbers and scale of a fixed width, rows that fit the window, hints that fit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilson } from '../../src/analysis/stats.js';
import { EMPTY_CELL, NUMBERS_WIDTH, bar, barLayout, numbers, percent, progressBar, scale } from '../../src/ui/bars.js';
import { editsLine } from '../../src/ui/components/SweepView.js';
import { footerHints } from '../../src/ui/hints.js';

/** A share of k in n runs with its Wilson interval, as the sweep computes it. */
const shareArb = fc
  .integer({ min: 1, max: 5000 })
  .chain((n) => fc.record({ n: fc.constant(n), k: fc.integer({ min: 0, max: n }) }))
  .map(({ k, n }) => ({ p: k / n, ...wilson(k, n) }));

describe('bar', () => {
  it('is exactly as wide as asked, filled to the share, with the interval ends in the cells holding lo and hi', () => {
    fc.assert(
      fc.property(shareArb, fc.integer({ min: 1, max: 200 }), (share, width) => {
        const cells = [...bar(share, width, '#')];
        expect(cells).toHaveLength(width);
        const marks = cells.flatMap((c, i) => ('[]|'.includes(c) ? [i] : []));
        expect(marks.length === 1 || marks.length === 2).toBe(true);
        const [from, to] = [marks[0]!, marks.at(-1)!];
        if (marks.length === 1) expect(cells[from]).toBe('|');
        else expect([cells[from], cells[to]]).toEqual(['[', ']']);
        // The ends sit in the cells whose range holds lo and hi (cell i covers [i/w, (i+1)/w]).
        expect(from / width).toBeLessThanOrEqual(share.lo + 1e-9);
        expect(share.lo).toBeLessThanOrEqual((from + 1) / width + 1e-9);
        expect(to / width).toBeLessThanOrEqual(share.hi + 1e-9);
        expect(share.hi).toBeLessThanOrEqual((to + 1) / width + 1e-9);
        const filled = Math.round(share.p * width);
        cells.forEach((c, i) => {
          if (!marks.includes(i)) expect(c).toBe(i < filled ? '#' : EMPTY_CELL);
        });
      }),
    );
  });

  it('draws 30% of 10 cells with its interval', () => {
    expect(bar({ p: 0.3, lo: 0.15, hi: 0.45 }, 10, '#')).toBe('#[#.].....');
    // An end on a cell boundary belongs to the cell below it.
    expect(bar({ p: 0.3, lo: 0.2, hi: 0.4 }, 10, '#')).toBe('##[]......');
    expect(bar({ p: 0, lo: 0, hi: 0.04 }, 10, '=')).toBe('|.........');
    expect(bar({ p: 1, lo: 0.97, hi: 1 }, 10, '=')).toBe('=========|');
  });
});

describe('scale, numbers, progress', () => {
  it('puts 0% at the left edge, 50% at the middle and 100% at the right edge', () => {
    for (const width of [12, 30, 31, 55]) {
      const line = scale(width);
      expect(line).toHaveLength(width);
      expect(line.startsWith('0%')).toBe(true);
      expect(line.endsWith('100%')).toBe(true);
      expect(line.indexOf('50%') + 1).toBe(Math.floor(width / 2));
    }
  });

  it('gives the share and interval in a fixed width', () => {
    expect(numbers({ p: 0.412, lo: 0.369, hi: 0.456 })).toBe(' 41.2%  [ 36.9,  45.6]');
    expect(numbers({ p: 1, lo: 0.963, hi: 1 })).toBe('100.0%  [ 96.3, 100.0]');
    fc.assert(
      fc.property(shareArb, (share) => {
        expect(numbers(share)).toHaveLength(NUMBERS_WIDTH);
      }),
    );
    expect(percent(0.05)).toBe('  5.0%');
  });

  it('fills a progress bar by the share done, within its brackets', () => {
    expect(progressBar(0, 100, 12)).toBe('[..........]');
    expect(progressBar(50, 100, 12)).toBe('[#####.....]');
    expect(progressBar(100, 100, 12)).toBe('[##########]');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 2, max: 120 }), (done, width) => {
        expect(progressBar(done, 1000, width)).toHaveLength(width);
      }),
    );
  });
});

describe('layout', () => {
  const labels = ['joint-statement', 'chair-statement', 'no-statement', '1000/1000 runs'];

  it('fills the row exactly, with and without the series column', () => {
    for (const width of [79, 99, 140]) {
      for (const series of [[], ['edited', 'baseline']]) {
        const l = barLayout(width, labels, series);
        expect(l.label + l.series + l.bar + l.numbers).toBe(width);
        expect(l.label).toBe('joint-statement'.length + 1);
        expect(l.series).toBe(series.length ? 'baseline'.length + 1 : 0);
      }
    }
  });

  it('gives the bars at least 30 cells in the smallest window the UI draws (80 columns)', () => {
    expect(barLayout(79, labels, ['edited', 'baseline']).bar).toBeGreaterThanOrEqual(30);
  });
});

describe('key hints and edits line', () => {
  it('fits the window and always names the sweep key', () => {
    for (const columns of [80, 90, 100, 140]) {
      const hints = footerHints(columns);
      expect(hints.length).toBeLessThan(columns);
      expect(hints).toContain('w sweep');
      expect(hints).toMatch(/\? help {2}q quit$/);
    }
    expect(footerHints(100)).toContain('p pause');
    expect(footerHints(80)).not.toContain('p pause');
  });

  it('lists whole edits that fit, then how many more', () => {
    const edits = Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [`AUS.positions.issue${i}.min`, 'condemn-aggression']),
    );
    const line = editsLine(edits, 79);
    expect(line.length).toBeLessThanOrEqual(79);
    const [, shown, more] = /^Edits \(6\): (AUS\.positions\.issue0\.min=condemn-aggression.*), and (\d) more$/.exec(
      line,
    )!;
    expect(shown!.split(', ').length + Number(more)).toBe(6);
    expect(editsLine(edits, 400)).toMatch(/issue5\.min=condemn-aggression$/);
    expect(editsLine({ 'AUS.patience': '0.5' }, 79)).toBe('Edits (1): AUS.patience=0.5');
    expect(editsLine({}, 79)).toMatch(/^No edits/);
  });
});
