// `run SEQUENCE` and `check SEQUENCE` through the CLI: the chain's text and JSON, --set for one
// meeting or the carry-over, and bad input as one clean line naming the --set path (exit 2).
import { describe, expect, it } from 'vitest';
import { expectCleanErrors, runMain } from './helpers.js';

interface Json {
  sequence: string;
  meetings: {
    id: string;
    seed: string;
    carried: { path: string; reason: string }[];
    result: { outcome: string; inputs: { overrides: Record<string, string> } };
  }[];
  events?: { type: string }[];
}

describe('run SEQUENCE', () => {
  it('prints each meeting with what carried into it', async () => {
    const result = await runMain(['run', 'phnom-penh-2022', '--seed', '2']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^The Phnom Penh week, August 2022 \(phnom-penh-2022\): 4 meetings; seed 2\n/);
    expect(result.out).toMatch(
      /\n4\. 29th ASEAN Regional Forum \(arf-2022\), 2022-08-05; host KHM; seed 2\/3\n {3}Carried over \(\d+\):\n/,
    );
    expect(result.out).toMatch(
      /AUS\.walkout\.RUS 0\.01 -> [\d.]+ {2}\[walkouts\] walked out when RUS spoke at eas-fmm-2022/,
    );
  }, 120_000);

  it('--json: every meeting with its carried values, and MEETING:PATH for that meeting alone', async () => {
    const result = await runMain([
      'run',
      'phnom-penh-2022',
      '--seed',
      '2',
      '--json',
      '--transcript',
      '--set',
      'arf-2022:forum.roundLimit=2',
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as Json;
    expect(json.meetings.map((m) => m.seed)).toEqual(['2/0', '2/1', '2/2', '2/3']);
    expect(json.meetings[3]!.result.inputs.overrides['forum.roundLimit']).toBe('2');
    expect(json.meetings[0]!.result.inputs.overrides['forum.roundLimit']).toBeUndefined();
    expect(json.meetings[3]!.carried.length).toBeGreaterThan(0);
    expect(json.events!.filter((e) => e.type === 'carry.applied').length).toBe(
      json.meetings.reduce((n, m) => n + m.carried.length, 0),
    );
  }, 120_000);

  it('--set carry=off carries nothing', async () => {
    const json = JSON.parse((await runMain(['run', 'phnom-penh-2022', '--json', '--set', 'carry=off'])).out) as Json;
    expect(json.meetings.flatMap((m) => m.carried)).toEqual([]);
  }, 120_000);

  it('refuses an unknown meeting, a bad carry value and --explain, cleanly', async () => {
    const meeting = await runMain(['run', 'phnom-penh-2022', '--set', 'arf-2021:forum.roundLimit=2']);
    expectCleanErrors(meeting);
    expect(meeting.err).toMatch(/--set: arf-2021:forum\.roundLimit: unknown meeting "arf-2021"/);
    const carry = await runMain(['run', 'phnom-penh-2022', '--set', 'carry.mood.halfLife=-1']);
    expectCleanErrors(carry);
    expect(carry.err).toMatch(/carry\.mood\.halfLife: expected days above 0/);
    expectCleanErrors(await runMain(['run', 'phnom-penh-2022', '--explain']));
    expectCleanErrors(await runMain(['run', 'phnom-penh-2022', '--transcript']));
  });
});

describe('check SEQUENCE', () => {
  it('runs the three sequence invariants on chain seeds', async () => {
    const result = await runMain([
      'check',
      'phnom-penh-2022',
      '--runs',
      '1',
      '--invariants',
      'face-walkouts,precedent-closer',
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/face-walkouts\s+pass\s+1\s+1/);
    expect(result.out).toMatch(/precedent-closer\s+pass\s+1\s+1/);
  }, 120_000);
});
