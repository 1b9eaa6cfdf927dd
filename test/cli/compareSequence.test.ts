// `compare SEQUENCE`: chains paired on their seeds, so a change at one meeting leaves the meetings
// before it exactly as they were, and each meeting's difference comes with its paired interval.
import { describe, expect, it } from 'vitest';
import { expectCleanErrors, runMain } from './helpers.js';

interface Row {
  event: string;
  difference: number;
  lo: number;
  hi: number;
  gained: number;
  lost: number;
  pB: number;
}

interface Json {
  sequence: string;
  pairs: number;
  against: Record<string, string>;
  meetings: { id: string; changed: number; events: Row[]; walkout: Omit<Row, 'event'> }[];
}

describe('compare SEQUENCE', () => {
  it('pairs chains on their seeds: meetings before the change are untouched, the changed one moves', async () => {
    const args = ['compare', 'phnom-penh-2022', '--runs', '4', '--seed', '3', '--workers', '2', '--json'];
    const result = await runMain([...args, '--against', 'eas-fmm-2022:USA.walkout.RUS=1']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as Json;
    expect(json.pairs).toBe(4);
    expect(json.against).toEqual({ 'eas-fmm-2022:USA.walkout.RUS': '1' });
    expect(json.meetings.map((m) => m.id)).toEqual(['amm-2022', 'asean-russia-2022', 'eas-fmm-2022', 'arf-2022']);
    for (const m of json.meetings.slice(0, 2)) {
      expect(m.changed).toBe(0);
      for (const row of [...m.events, m.walkout]) expect([row.gained, row.lost]).toEqual([0, 0]);
    }
    const eas = json.meetings[2]!;
    expect(eas.walkout.pB).toBe(1);
    expect(eas.walkout.lost).toBe(0);
    for (const row of [...eas.events, eas.walkout]) {
      expect(row.lo).toBeLessThanOrEqual(row.difference);
      expect(row.hi).toBeGreaterThanOrEqual(row.difference);
    }
    const text = await runMain([...args.slice(0, -1), '--against', 'carry=off']);
    expect(text.out).toMatch(/^Paired what-if on phnom-penh-2022: 4 chain\(s\) \(3\/0 \.\. 3\/3\)/);
    expect(text.out).toMatch(/\n4\. arf-2022: product changed on \d+ of 4 chains\n/);
    expect(text.out).toMatch(/\n {2}a walkout +\d/);
  }, 180_000);

  it('names a bad --against, and the forum-only options', async () => {
    const unknown = await runMain(['compare', 'phnom-penh-2022', '--runs', '2', '--against', 'apec:USA.patience=1']);
    expectCleanErrors(unknown);
    expect(unknown.err).toMatch(/--against.*unknown meeting "apec"/);
    const csv = await runMain(['compare', 'phnom-penh-2022', '--against', 'carry=off', '--csv', 'x.csv']);
    expectCleanErrors(csv);
    expect(csv.err).toMatch(/--csv is for a forum's compare/);
  }, 60_000);
});
