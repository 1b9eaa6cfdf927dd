// The strip of meetings: done ones with their outcome, the current one marked, later ones without
// an outcome, and always inside the window.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OutcomeKind } from '../../src/domain/types.js';
import { SHORT_OUTCOME, STRIP_SEPARATOR, stripCells, type StripMeeting } from '../../src/ui/meetingStrip.js';
import { loadSequence } from '../../src/sequence/load.js';

const OUTCOMES = Object.keys(SHORT_OUTCOME) as OutcomeKind[];
const ids = (ref: string) => loadSequence(ref).meetings.map((m) => m.id);
const meetingsOf = (list: string[], outcome: OutcomeKind = 'chair-statement'): StripMeeting[] =>
  list.map((id) => ({ id, outcome }));
const lineOf = (cells: ReturnType<typeof stripCells>) => cells.map((c) => c.text).join(STRIP_SEPARATOR);

describe('the meeting strip', () => {
  it('shows the Phnom Penh week whole at 140 columns: outcomes before the current meeting, none after', () => {
    const meetings = ids('phnom-penh-2022').map((id, i) => ({ id, outcome: OUTCOMES[i % OUTCOMES.length]! }));
    const cells = stripCells(meetings, 2, 140);
    expect(stripCells(meetings, 0, 140)[0]!.text).toBe(`[1 ${meetings[0]!.id}]`);
    expect(cells.map((c) => c.state)).toEqual(['done', 'done', 'current', 'later']);
    expect(cells[0]!.text).toBe(`1 ${meetings[0]!.id} ${SHORT_OUTCOME[meetings[0]!.outcome]}`);
    expect(cells[1]!.outcome).toBe(meetings[1]!.outcome);
    expect(cells[2]!.text).toBe(`[3 ${meetings[2]!.id}]`);
    // A later meeting's outcome is not given away.
    expect(cells[3]!.text).toBe(`4 ${meetings[3]!.id}`);
    expect(cells[3]!.outcome).toBeNull();
  });

  it('drops the year before anything else when the window is narrower, wherever the chain stands', () => {
    expect(lineOf(stripCells(meetingsOf(ids('phnom-penh-2022')), 0, 70))).toBe(
      '[1 amm] > 2 asean-russia > 3 eas-fmm > 4 arf',
    );
    const line = lineOf(stripCells(meetingsOf(ids('phnom-penh-2022')), 3, 70));
    expect(line).toBe('1 amm chair > 2 asean-russia chair > 3 eas-fmm chair > [4 arf]');
  });

  it('names only the current meeting of a long season at 80 columns, keeping every outcome', () => {
    const season = ids('season-2022');
    const cells = stripCells(meetingsOf(season), 5, 80);
    expect(lineOf(cells)).toBe('1 chair > 2 chair > 3 chair > 4 chair > 5 chair > [6 arf] > 7 > 8 > 9');
  });

  it('keeps the current meeting and counts the others it has no room for', () => {
    const season = ids('season-2022');
    const cells = stripCells(meetingsOf(season), 5, 40);
    expect(cells.some((c) => c.state === 'current' && c.text.includes('6 '))).toBe(true);
    expect(cells[0]!.text).toMatch(/^\d+ before$/);
    expect(lineOf(cells).length).toBeLessThan(40);
  });

  it('always fits the window (when the current meeting does) and always shows the current meeting', () => {
    const season = ids('season-2022');
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 220 }), fc.nat({ max: season.length - 1 }), (columns, current) => {
        const cells = stripCells(meetingsOf(season, 'no-statement'), current, columns);
        const shown = cells.find((c) => c.state === 'current')!;
        if (shown.text.length < columns) expect(lineOf(cells).length).toBeLessThan(columns);
        expect(cells.filter((c) => c.state === 'current')).toHaveLength(1);
        expect(cells.find((c) => c.state === 'current')!.text).toContain(`${current + 1} `);
      }),
    );
  });
});
