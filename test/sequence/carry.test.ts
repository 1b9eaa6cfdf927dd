// The carry-over mechanism on hand-built marks: each channel moves its own paths toward their bounds,
// fades with the days between meetings, and carries nothing when switched off.
import { describe, expect, it } from 'vitest';
import { carryOver } from '../../src/sequence/carry.js';
import { DEFAULT_CARRY } from '../../src/sequence/defaults.js';
import { CHANNELS, type CarrySettings, type Mark } from '../../src/sequence/types.js';
import { LADDER5, position, profile, scenario } from '../support/build.js';

const room = scenario(
  [
    profile('AAA', { war: position(2, 1, 3) }, { walkout: [], patience: 0.6, faceSensitivity: 0.4 }),
    profile(
      'RRR',
      { war: position(1, 0, 1, { hard: true, firmness: 1 }) },
      { walkout: [{ whenSpeaks: 'AAA', probability: 0.2 }], patience: 0.5, faceSensitivity: 0.5 },
    ),
  ],
  { draft: { war: 2 }, date: '2022-08-05', host: 'AAA', chair: 'AAA' },
  [LADDER5],
);

const mark = (channel: Mark['channel'], more: Partial<Mark> = {}): Mark => ({
  channel,
  delegation: 'AAA',
  toward: null,
  issue: null,
  rung: null,
  amount: 1,
  meeting: 0,
  date: '2022-08-05',
  reason: 'test',
  ...more,
});

// The mechanism's arithmetic, at one weight on every channel (the defaults are judged apart, below).
const HALF = Object.fromEntries(
  CHANNELS.map((c) => [c, { ...DEFAULT_CARRY[c], weight: 0.5 }]),
) as unknown as CarrySettings;

const values = (marks: Mark[], settings: CarrySettings = HALF) =>
  Object.fromEntries(carryOver(room, marks, 1, settings).map((v) => [v.path, v.value]));

describe('carryOver', () => {
  it('carries nothing without marks', () => {
    expect(carryOver(room, [], 1, DEFAULT_CARRY)).toEqual([]);
  });

  it('a walkout raises the walkout probability toward the same speaker, by weight x what carries', () => {
    const walked = mark('walkouts', { delegation: 'AAA', toward: 'RRR' });
    expect(values([walked])['AAA.walkout.RRR']).toBe('0.5');
    // Half-life 180 days: after 180 days half of it carries.
    expect(values([{ ...walked, date: '2022-02-06' }])['AAA.walkout.RRR']).toBe('0.25');
  });

  it('face lost scales the existing triggers up, raises faceSensitivity and lowers patience', () => {
    const v = values([mark('face', { delegation: 'RRR', toward: 'AAA' })]);
    expect(Number(v['RRR.walkout.AAA'])).toBeCloseTo(0.3, 4);
    expect(v['AAA.walkout.RRR']).toBeUndefined();
    expect(Number(v['RRR.faceSensitivity'])).toBeGreaterThan(room.profiles.RRR!.faceSensitivity);
    expect(Number(v['RRR.patience'])).toBeLessThan(room.profiles.RRR!.patience);
  });

  it("a host's embarrassment raises its investment only where it hosts again", () => {
    expect(values([mark('embarrassment')])['forum.hostInvestment']).toBe('0.65');
    expect(values([mark('embarrassment', { delegation: 'RRR' })])['forum.hostInvestment']).toBeUndefined();
  });

  it("a grievance raises the salience of that issue; the room mood lowers everyone's patience", () => {
    expect(Number(values([mark('grievance', { issue: 'war' })])['AAA.positions.war.salience'])).toBe(0.75);
    const cooled = values([mark('mood', { delegation: '*', amount: 0.1 })]);
    expect(Number(cooled['AAA.patience'])).toBeCloseTo(0.6 * 0.95, 4);
    expect(cooled['RRR.patience']).toBeDefined();
  });

  it('a precedent widens soft intervals toward the agreed rung, never a hard line', () => {
    const agreed = mark('precedent', { delegation: '*', issue: 'war', rung: 'condemn' });
    const settings = { ...DEFAULT_CARRY, precedent: { ...DEFAULT_CARRY.precedent, weight: 1 } };
    const v = values([agreed], settings);
    expect(v['AAA.positions.war.max']).toBe('condemn');
    expect(v['RRR.positions.war.max']).toBeUndefined();
  });

  it('a channel switched off carries nothing', () => {
    const off = Object.fromEntries(CHANNELS.map((c) => [c, { ...DEFAULT_CARRY[c], enabled: false }])) as CarrySettings;
    const all = CHANNELS.map((c) => mark(c, { toward: 'RRR', issue: 'war', rung: 'condemn' }));
    expect(carryOver(room, all, 1, off)).toEqual([]);
  });
});
