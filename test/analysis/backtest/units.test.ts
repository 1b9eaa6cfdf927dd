// The backtest's pure parts: baselines learnt from the train period, the split, the subsets, the
// shared scoring of forecasts, and the record's rows against the cases.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindRate, trainRates } from '../../../src/analysis/backtest/baselines.js';
import { notScoredRows, readRecordRows, casesWithoutRow } from '../../../src/analysis/backtest/recordRows.js';
import { score } from '../../../src/analysis/backtest/score.js';
import { alternateHalves, periodOf } from '../../../src/analysis/backtest/split.js';
import { decidedByRule, isContested } from '../../../src/analysis/backtest/subsets.js';
import type { Scenario } from '../../../src/domain/types.js';
import { InputError } from '../../../src/scenario/errors.js';

describe('baselines from the train period', () => {
  const rates = trainRates([
    { kind: 'g20', wasEvent: true },
    { kind: 'g20', wasEvent: true },
    { kind: 'g20', wasEvent: true },
    { kind: 'osce', wasEvent: false },
  ]);
  it("smooths a kind's rate as (events + 1/2) / (cases + 1)", () => {
    expect(kindRate(rates, 'g20')).toEqual({ p: 3.5 / 4, seen: true });
    expect(kindRate(rates, 'osce')).toEqual({ p: 0.5 / 2, seen: true });
  });
  it('falls back to the overall train rate for a kind training never saw', () => {
    expect(rates.overall).toBe(0.75);
    expect(kindRate(rates, 'brics')).toEqual({ p: 0.75, seen: false });
  });
  it('knows nothing (1/2) without train cases', () => {
    expect(trainRates([]).overall).toBe(0.5);
  });
});

describe('the forward split', () => {
  it('puts a case dated on the last train day in train, the next day in test', () => {
    expect(periodOf('2019-12-31', '2019-12-31')).toBe('train');
    expect(periodOf('2020-01-01', '2019-12-31')).toBe('test');
  });
  it('deals cases alternately by date into the split halves', () => {
    const cases = [
      { id: 'c', date: '2022-01-03' },
      { id: 'a', date: '2022-01-01' },
      { id: 'b', date: '2022-01-02' },
    ];
    expect(alternateHalves(cases)).toEqual({ A: [cases[1], cases[0]], B: [cases[2]] });
  });
});

describe('scoring a forecast', () => {
  it('gives a certain baseline the same log-score floor as a model with all runs on one side', () => {
    expect(score(1, 20, false).logLoss).toBeCloseTo(-Math.log(0.5 / 21));
    expect(score(0.75, 20, true)).toMatchObject({ hit: true, brier: 0.0625 });
    expect(score(0.75, 20, true).logLoss).toBeCloseTo(-Math.log(15.5 / 21));
  });
});

const room = (blocs: Record<string, string | null>, extra: Partial<Scenario> = {}) =>
  ({
    participants: Object.keys(blocs),
    absent: [],
    profiles: Object.fromEntries(Object.entries(blocs).map(([id, bloc]) => [id, { bloc }])),
    rules: { decisionRule: 'consensus' },
    draft: { ukraine: 'omit' },
    expected: null,
    ...extra,
  }) as unknown as Scenario;
const expected = (contested?: string) =>
  ({ outcome: 'joint-statement', source: 's', contested }) as Scenario['expected'];

describe('subsets', () => {
  it('counts a case contested when the record names a fight, not when it says none', () => {
    expect(isContested(room({ A: 'asean', B: 'asean' }, { expected: expected('South China Sea') }))).toBe(true);
    expect(isContested(room({ A: 'asean', B: 'asean' }, { expected: expected('none reported') }))).toBe(false);
    expect(isContested(room({ A: 'asean', B: 'asean' }, { expected: expected('none (pandemic)') }))).toBe(false);
  });
  it('counts a room contested when Russia or China sit with the West, unless one of them is absent', () => {
    expect(isContested(room({ R: 'russia', U: 'west' }))).toBe(true);
    expect(isContested(room({ C: 'china', E: 'west' }))).toBe(true);
    expect(isContested(room({ R: 'russia', C: 'china' }))).toBe(false);
    expect(isContested(room({ R: 'russia', U: 'west' }, { absent: ['R'] }))).toBe(false);
  });
  it('names the rule that decides a case alone', () => {
    expect(
      decidedByRule(room({ A: 'west' }, { rules: { decisionRule: 'security-council' } as Scenario['rules'] })),
    ).toBe('vote with veto');
    expect(decidedByRule(room({ A: 'west' }, { rules: { decisionRule: 'majority' } as Scenario['rules'] }))).toMatch(
      /majority/,
    );
    const standing = { decisionRule: 'consensus', standingProduct: 'chair-statement' } as Scenario['rules'];
    expect(decidedByRule(room({ A: 'asean', R: 'russia' }, { rules: standing, draft: {} }))).toMatch(/standing chair/);
    expect(decidedByRule(room({ A: 'asean', R: 'russia' }, { rules: standing }))).toBeNull();
    expect(decidedByRule(room({ A: 'asean', B: 'asean' }, { expected: expected('none') }))).toMatch(/single-bloc/);
    // Silence in the record is not calm: an ASEAN room without `contested` is left to the negotiation.
    expect(decidedByRule(room({ A: 'asean', B: 'asean' }, { expected: expected() }))).toBeNull();
    expect(decidedByRule(room({ A: 'asean', B: 'asean' }, { expected: expected('maritime') }))).toBeNull();
  });
});

describe("the record's rows", () => {
  const dir = mkdtempSync(join(tmpdir(), 'forum-sim-record-'));
  const file = join(dir, 'record.yaml');
  writeFileSync(
    file,
    [
      'forums:',
      '  - {id: m-2015, date: 2015-01-01, outcome: joint}',
      '  - {id: m-2016, date: 2016-01-01, outcome: unknown}',
      '  - {id: m-2017, date: 2017-01-01, outcome: none}',
      '  - {id: m-2018, date: 2018-01-01, outcome: joint}',
      'votes:',
      '  "68/262": {date: 2014-03-27, tally: 100-11-58}',
      '',
    ].join('\n'),
  );
  const rows = readRecordRows([file]);
  it('reads meetings and votes with their keys and dates', () => {
    expect(rows.map((r) => [r.key, r.date, r.outcome])).toEqual([
      ['m-2015', '2015-01-01', 'joint'],
      ['m-2016', '2016-01-01', 'unknown'],
      ['m-2017', '2017-01-01', 'none'],
      ['m-2018', '2018-01-01', 'joint'],
      ['68/262', '2014-03-27', null],
    ]);
  });
  it('lists every row no case scores, with its reason', () => {
    const cases = [
      { id: 'm-2015', recordKeys: ['m-2015'], unscorable: null },
      { id: 'm-2017', recordKeys: ['m-2017'], unscorable: 'a text no issue can express' },
      { id: 'ga-crimea', recordKeys: ['ga-crimea', '68/262'], unscorable: null },
      { id: 'stray', recordKeys: ['stray'], unscorable: null },
    ];
    expect(notScoredRows(rows, cases).map((r) => [r.key, r.reason])).toEqual([
      ['m-2016', 'outcome unknown'],
      ['m-2017', 'a text no issue can express'],
      ['m-2018', 'no case file'],
    ]);
    // One case may stand for two rows: a Security Council meeting is also a row of votes.
    const both = [...cases, { id: 'm-2018', recordKeys: ['m-2018', 'm-2016'], unscorable: null }];
    expect(notScoredRows(rows, both).map((r) => r.key)).toEqual(['m-2017']);
    expect(casesWithoutRow(rows, cases)).toEqual(['stray']);
  });
  it('refuses a file that is not a record, naming it', () => {
    const other = join(dir, 'other.yaml');
    writeFileSync(other, 'id: x\n');
    expect(() => readRecordRows([other])).toThrow(InputError);
    expect(() => readRecordRows([other])).toThrow(/forums/);
  });
});
