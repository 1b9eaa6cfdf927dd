// compare's outputs from a known comparison: the CSV rows, the JSON's numbers and the report chart
// stamped with what produced it.
import { describe, expect, it } from 'vitest';
import type { PairedComparison } from '../../src/analysis/comparePaired.js';
import { pairedReport } from '../../src/analysis/pairedReport.js';
import {
  compareJson,
  compareSection,
  formatCompare,
  formatCompareCsv,
  type CompareStamp,
} from '../../src/cli/compareFormat.js';

const facts = (outcome: 'chair-statement' | 'joint-statement', consensusText: boolean) => ({ outcome, consensusText });
const comparison: PairedComparison = {
  ...pairedReport(
    [
      [facts('chair-statement', false), facts('chair-statement', true)],
      [facts('chair-statement', false), facts('chair-statement', false)],
    ],
    ['consensus', 'consensus'],
  ),
  runs: 2,
  masterSeed: '4',
  interrupted: false,
};
const stamp: CompareStamp = {
  scenario: 'arf-2022',
  scenarioHash: 'abc',
  version: '9.9.9',
  seed: '4',
  runs: 2,
  overrides: { a: { 'KHM.patience': '0.4' }, b: { 'KHM.patience': '0.4', 'USA.rank': 'deputy' } },
  against: { 'USA.rank': 'deputy' },
};

describe('compare outputs', () => {
  it('writes one CSV row per event with B - A and its interval', () => {
    const rows = formatCompareCsv(comparison).trimEnd().split('\n');
    const text = rows.find((r) => r.startsWith('consensus-text,'))!.split(',');
    expect(text.slice(0, 7)).toEqual(['consensus-text', '2', '0', '0', '1', '0.5', '0.5']);
    expect(text.slice(9)).toEqual(['1', '0']);
  });

  it('gives both arms in the text and every number in the JSON', () => {
    expect(formatCompare(comparison, stamp)).toContain('B: A with USA.rank=deputy');
    const json = compareJson(comparison, stamp);
    expect(json.events.find((e) => e.event === 'consensus-text')).toMatchObject({
      a: { hits: 0, p: 0 },
      b: { hits: 1, p: 0.5 },
      difference: 0.5,
      seedsGained: 1,
      seedsLost: 0,
    });
  });

  it('makes a paired chart stamped with the command, the hash and arm B', () => {
    const section = compareSection(comparison, stamp);
    expect(section.stamp).toEqual({
      command: 'compare',
      scenario: 'arf-2022',
      scenarioHash: 'abc',
      overrides: stamp.overrides.b,
      seed: '4',
      runs: 2,
      version: '9.9.9',
    });
    expect(section.chart.kind).toBe('paired');
    if (section.chart.kind === 'paired')
      expect(section.chart.rows.map((r) => r.label)).toEqual(comparison.events.map((e) => e.event));
  });
});
