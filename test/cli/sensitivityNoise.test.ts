// The tornado marks swings inside the Monte Carlo interval as noise, in text and --json.
import { describe, expect, it } from 'vitest';
import type { SensitivityReport } from '../../src/analysis/sensitivity.js';
import { wilson } from '../../src/analysis/stats.js';
import { formatSensitivity, sensitivityJson } from '../../src/cli/sensitivityFormat.js';

const estimate = (hits: number, runs = 100) => ({ p: hits / runs, hits, runs, ...wilson(hits, runs) });
const swing = (path: string, low: number, high: number) => ({
  path,
  current: 0.5,
  low: { value: 0.1, estimate: estimate(low) },
  high: { value: 0.9, estimate: estimate(high) },
  swing: Math.abs(high - low) / 100,
});
const report: SensitivityReport = {
  outcome: 'consensus-text',
  ends: 'range',
  runs: 100,
  masterSeed: '1',
  baseline: estimate(1),
  swings: [swing('USA.patience', 0, 60), swing('CHN.patience', 0, 2)],
};

describe('sensitivity noise marks', () => {
  it('marks the swing within the interval, and says so', () => {
    const text = formatSensitivity(report, 'arf-2022', { top: 10, width: 80, color: false });
    expect(text).toMatch(/^~ CHN\.patience 0\.1\.\.0\.9/m);
    expect(text).not.toMatch(/~ USA\.patience/);
    expect(text).toMatch(/1 of these 2 swing\(s\) are noise, marked ~/);
  });

  it('gives noise: true in --json for that swing only', () => {
    const json = sensitivityJson(report, 'arf-2022', { scenarioHash: 'h', overrides: {} });
    expect(json.parameters.map((p) => [p.path, p.noise])).toEqual([
      ['USA.patience', false],
      ['CHN.patience', true],
    ]);
  });
});
