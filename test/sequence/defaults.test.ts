// The default carry-over is modest and says why: no channel moves a value more than half way, and
// walkout history, however long, adds at most its weight to a walkout trigger (no pile-up over a
// season); every value names what it rests on.
import { describe, expect, it } from 'vitest';
import { carryOver } from '../../src/sequence/carry.js';
import { DEFAULT_CARRY } from '../../src/sequence/defaults.js';
import { CHANNELS, type Mark } from '../../src/sequence/types.js';
import { LADDER5, position, profile, scenario } from '../support/build.js';

const room = scenario(
  [
    profile('WWW', { war: position(2, 1, 3) }, { walkout: [{ whenSpeaks: 'RRR', probability: 0.01 }] }),
    profile('RRR', { war: position(1, 0, 1) }),
  ],
  { draft: { war: 2 }, date: '2022-08-05', host: 'WWW', chair: 'WWW' },
  [LADDER5],
);

const walkedOut = (meeting: number, date: string): Mark => ({
  channel: 'walkouts',
  delegation: 'WWW',
  toward: 'RRR',
  issue: null,
  rung: null,
  amount: 1,
  meeting,
  date,
  reason: 'walked out',
});

describe('DEFAULT_CARRY', () => {
  it('is modest, and every value says where it comes from', () => {
    for (const c of CHANNELS) {
      expect(DEFAULT_CARRY[c].weight).toBeLessThanOrEqual(0.5);
      expect(DEFAULT_CARRY[c].provenance.weight.length).toBeGreaterThan(20);
      expect(DEFAULT_CARRY[c].provenance.halfLife).toMatch(/\S/);
    }
  });

  it('takes a 0.01 walkout trigger to at most 0.01 + its weight, after one walkout or five the day before', () => {
    const trigger = (marks: Mark[]) =>
      Number(carryOver(room, marks, 5, DEFAULT_CARRY).find((v) => v.path === 'WWW.walkout.RRR')?.value ?? 0.01);
    const once = trigger([walkedOut(0, '2022-08-04')]);
    const often = trigger([0, 1, 2, 3, 4].map((k) => walkedOut(k, '2022-08-04')));
    expect(once).toBeGreaterThan(0.01);
    expect(often).toBeGreaterThanOrEqual(once);
    expect(often).toBeLessThanOrEqual(0.01 + DEFAULT_CARRY.walkouts.weight + 1e-9);
  });
});
