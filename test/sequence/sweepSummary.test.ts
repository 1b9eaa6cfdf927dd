// The sequence sweep's figures from made-up chains: margins, the joint distribution, conditional
// odds (default table and --given), --given's errors, and the lines' checks when read back.
import { describe, expect, it } from 'vitest';
import type { ChainLine, SequenceSweepHeader } from '../../src/sequence/sweep/chainLine.js';
import { parseChainHeader, parseChainRecord } from '../../src/sequence/sweep/chainParse.js';
import { summarizeChains } from '../../src/sequence/sweep/chainSummary.js';
import { addChain, emptyChainTally } from '../../src/sequence/sweep/chainTally.js';
import { parseGiven } from '../../src/sequence/sweep/given.js';
import { InputError } from '../../src/scenario/errors.js';

const header: SequenceSweepHeader = {
  forumSimSweep: 1,
  kind: 'sequence',
  sequence: 'two',
  sequenceHash: 'h',
  version: '0',
  seed: 's',
  runs: 6,
  shard: null,
  overrides: {},
  meetings: [
    { id: 'first', date: '2022-08-04' },
    { id: 'second', date: '2022-08-05' },
  ],
};

const text = { ukraine: 'peace' };
const chain = (
  run: number,
  a: 'joint-statement' | 'no-statement',
  bText: boolean,
  walkouts: string[] = [],
): ChainLine => ({
  run,
  seed: `s/${run}`,
  meetings: [
    { outcome: a, text: a === 'joint-statement' ? text : null, walkouts, carried: {} },
    { outcome: 'chair-statement', text: bText ? text : null, walkouts: [], carried: { walkouts: 1 } },
  ],
});

// first fails 3 times (then second agrees a text 2 times of 3), agrees 3 times (second agrees 1 of 3).
const lines = [
  chain(0, 'no-statement', true, ['USA>RUS']),
  chain(1, 'no-statement', true),
  chain(2, 'no-statement', false, ['USA>RUS', 'EU>RUS']),
  chain(3, 'joint-statement', true),
  chain(4, 'joint-statement', false),
  chain(5, 'joint-statement', false),
];

function tallied(order: readonly ChainLine[]) {
  const tally = emptyChainTally();
  for (const line of order) addChain(tally, line);
  return tally;
}

describe('summarizeChains', () => {
  const summary = summarizeChains(header, tallied(lines));

  it("gives each meeting's odds, its walkouts and its most common text", () => {
    const first = summary.meetings[0]!;
    expect(first.events.map((e) => [e.event, e.count])).toEqual([
      ['joint-statement', 3],
      ['no-statement', 3],
      ['consensus-text', 3],
      ['walkout', 2],
    ]);
    expect(first.walkouts[0]).toMatchObject({ walkout: 'USA>RUS', count: 2 });
    expect(summary.meetings[1]!.texts[0]).toMatchObject({ text, count: 3, p: 0.5 });
  });

  it('gives the joint distribution, most common first', () => {
    expect(summary.combinations).toBe(5);
    expect(summary.joint.map((row) => row.outcomes[0])).toContain('no-statement+walkout');
    expect(summary.joint[0]).toMatchObject({ outcomes: ['joint-statement+text', 'chair-statement'], count: 2 });
    expect(summary.joint.reduce((n, row) => n + row.count, 0)).toBe(6);
  });

  it('conditions each meeting on the one before by default: a text, then a walkout', () => {
    expect(summary.conditional.map((c) => [c.given[0]!.event, c.given[0]!.holds, c.event])).toEqual([
      ['consensus-text', true, 'consensus-text'],
      ['consensus-text', false, 'consensus-text'],
      ['walkout', true, 'walkout'],
      ['walkout', false, 'walkout'],
    ]);
    const [agreed, none] = summary.conditional;
    expect(agreed).toMatchObject({ meeting: 'second', event: 'consensus-text', n: 3, count: 1, overall: 0.5 });
    expect(agreed!.given).toEqual([{ meeting: 'first', event: 'consensus-text', holds: true }]);
    expect(none).toMatchObject({ n: 3, count: 2 });
    expect(none!.lo).toBeLessThan(2 / 3);
    expect(none!.hi).toBeGreaterThan(2 / 3);
  });

  it('takes --given conditions, and the figures do not depend on the order chains were folded', () => {
    const given = parseGiven(['first=no-statement'], ['first', 'second']);
    const a = summarizeChains(header, tallied(lines), given);
    const b = summarizeChains(header, tallied([...lines].reverse()), given);
    expect(a).toEqual(b);
    const text2 = a.conditional.find((c) => c.meeting === 'second' && c.event === 'consensus-text')!;
    expect(text2).toMatchObject({ n: 3, count: 2 });
    const walkedOut = summarizeChains(header, tallied(lines), parseGiven(['first=walkout'], ['first', 'second']));
    expect(walkedOut.conditional.find((c) => c.event === 'consensus-text')).toMatchObject({ n: 2, count: 1 });
    expect(a.conditional.every((c) => c.meeting !== 'first')).toBe(true);
  });
});

describe('parseGiven', () => {
  it('reads MEETING=EVENT and MEETING!=EVENT', () => {
    expect(parseGiven(['first!=consensus-text'], ['first'])).toEqual([
      { meeting: 'first', event: 'consensus-text', holds: false },
    ]);
  });

  it('names an unknown meeting or event, and a malformed condition', () => {
    const messages = (args: string[]) => {
      try {
        parseGiven(args, ['first', 'second']);
      } catch (error) {
        return (error as InputError).problems.map((p) => p.message);
      }
      return [];
    };
    expect(messages(['frist=consensus-text'])[0]).toMatch(/unknown meeting "frist".*did you mean "first"/);
    expect(messages(['first=agreed'])[0]).toMatch(/unknown event "agreed"; expected one of joint-statement/);
    expect(messages(['first'])[0]).toMatch(/expected MEETING=EVENT/);
  });
});

describe('a sequence sweep file read back', () => {
  const fail = (message: string) => new Error(message);

  it('accepts its own lines and refuses a wrong seed, count of meetings or outcome', () => {
    const parsed = parseChainHeader(JSON.parse(JSON.stringify(header)), fail);
    expect(parseChainRecord(JSON.parse(JSON.stringify(lines[0])), parsed, fail)).toEqual(lines[0]);
    expect(() => parseChainRecord({ ...lines[0], seed: 's/9' }, parsed, fail)).toThrow(/seed: expected s\/0/);
    expect(() => parseChainRecord({ ...lines[0], meetings: [] }, parsed, fail)).toThrow(/one entry per meeting \(2\)/);
    const bad = JSON.parse(JSON.stringify(lines[0])) as { meetings: { outcome: string }[] };
    bad.meetings[1]!.outcome = 'agreed';
    expect(() => parseChainRecord(bad, parsed, fail)).toThrow(/meetings\.1 \(second\)\.outcome: expected one of/);
  });

  it("refuses a forum sweep's header", () => {
    expect(() => parseChainHeader({ forumSimSweep: 2, scenario: 'arf-2022' }, fail)).toThrow(
      /not a sequence sweep file/,
    );
  });
});
