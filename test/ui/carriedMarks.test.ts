// What carried into a meeting, as letters per delegation and a one-line legend.
import { describe, expect, it } from 'vitest';
import { CARRY_LETTER, carriedLegend, carriedLetters } from '../../src/ui/carriedMarks.js';
import { CHANNELS, type CarriedValue, type Channel } from '../../src/sequence/types.js';

const value = (delegation: string, channels: Channel[], path = `${delegation}.patience`): CarriedValue => ({
  meeting: 1,
  delegation,
  channels,
  path,
  before: '0.5',
  value: '0.4',
  reason: 'test',
});

describe('carried letters', () => {
  it('gives each delegation the letters of every channel that carried into it, once each, in a fixed order', () => {
    const letters = carriedLetters([
      value('NZL', ['grievance'], 'NZL.positions.ukraine.salience'),
      value('NZL', ['walkouts', 'face'], 'NZL.walkout.RUS'),
      value('NZL', ['face', 'mood']),
      value('KHM', ['embarrassment'], 'forum.hostInvestment'),
      value('BRN', ['mood']),
    ]);
    expect(letters.get('NZL')).toBe('FWG');
    expect(letters.get('KHM')).toBe('H');
    // The room's mood is everyone's: it marks no delegation of its own.
    expect(letters.has('BRN')).toBe(false);
  });

  it('says nothing carried, and when it is the first meeting', () => {
    expect(carriedLegend([], true, 80)).toBe('Carried in: nothing (first meeting)');
    expect(carriedLegend([], false, 80)).toBe('Carried in: nothing');
  });

  it('names only the letters in use, in words at 140 columns and within 80 columns with every channel', () => {
    const some = [value('NZL', ['walkouts']), value('BRN', ['mood'])];
    expect(carriedLegend(some, false, 140)).toBe(`Carried in (2): W ${CARRY_LETTER.walkouts.meaning}  the room cooled`);
    const all = CHANNELS.map((c, i) => value(`D${i}`, [c]));
    const narrow = carriedLegend(all, false, 80);
    expect(narrow.length).toBeLessThan(80);
    for (const { letter } of Object.values(CARRY_LETTER)) expect(narrow).toContain(`${letter} `);
    expect(narrow).toContain('room cooled');
  });
});
