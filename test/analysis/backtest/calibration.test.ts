// The calibrated forecast: the tempering map, its fit on the train period by log loss, and that
// the fit never reads a test case.
import { describe, expect, it } from 'vitest';
import {
  TEMPERATURE_RANGE,
  calibratedScore,
  fitTemperature,
  tempered,
  type CalibrationCase,
} from '../../../src/analysis/backtest/calibration.js';
import { score } from '../../../src/analysis/backtest/score.js';
import { smoothed } from '../../../src/analysis/stats.js';

const N = 10;
const certain = (period: CalibrationCase['period'], wasEvent: boolean, p = 1): CalibrationCase => ({
  period,
  p,
  runs: N,
  wasEvent,
});

describe('the tempering map', () => {
  const shares = Array.from({ length: N + 1 }, (_, k) => k / N);
  it('is increasing in the run share for T >= 1, and never decreasing when sharpening (capped at 0 and 1)', () => {
    for (const t of [0.5, 0.8, 1, 1.45, 3, 100]) {
      const mapped = shares.map((p) => tempered(p, N, t));
      for (let i = 1; i < mapped.length; i++)
        if (t >= 1) expect(mapped[i]!).toBeGreaterThan(mapped[i - 1]!);
        else expect(mapped[i]!).toBeGreaterThanOrEqual(mapped[i - 1]!);
    }
  });
  it('gives the raw share back at T = 1, leaves 1/2 where it is, and pulls towards 1/2 for T > 1', () => {
    for (const p of shares) expect(tempered(p, N, 1)).toBeCloseTo(p, 12);
    expect(tempered(0.5, N, 4)).toBeCloseTo(0.5, 12);
    for (const p of shares) expect(Math.abs(tempered(p, N, 2) - 0.5)).toBeLessThanOrEqual(Math.abs(p - 0.5) + 1e-12);
    expect(tempered(1, N, 2)).toBeLessThan(1);
    expect(tempered(0, N, 2)).toBeGreaterThan(0);
  });
  it('never gives a share outside [0, 1], even when sharpening (T < 1)', () => {
    expect(tempered(1, N, 0.5)).toBe(1);
    expect(tempered(0, N, 0.5)).toBe(0);
  });
  it('is scored as the raw forecast is: at T = 1 the same score', () => {
    for (const p of shares) expect(calibratedScore(p, N, false, 1).logLoss).toBeCloseTo(score(p, N, false).logLoss, 12);
  });
});

describe('the fit on the train period', () => {
  it('finds the exact temperature where it is known: 3 of 4 unanimous forecasts right gives q = 3/4', () => {
    // Every case has the same logit, log(2n + 1); the mean log loss is least where the probability
    // the score gives the event is the share of cases where it happened: sigmoid(logit(q) / T) = 3/4.
    const cases = [certain('train', true), certain('train', true), certain('train', true), certain('train', false)];
    const fit = fitTemperature(cases);
    const exact = Math.log(2 * N + 1) / Math.log(3);
    expect(fit.temperature).toBeCloseTo(exact, 6);
    expect(fit.trainCases).toBe(4);
    const q = smoothed(tempered(1, N, fit.temperature) * N, N);
    expect(q).toBeCloseTo(0.75, 8);
    expect(fit.trainLogLoss.calibrated).toBeCloseTo(-(3 * Math.log(0.75) + Math.log(0.25)) / 4, 8);
    expect(fit.trainLogLoss.raw).toBeCloseTo(score(1, N, true).logLoss * 0.75 + score(1, N, false).logLoss * 0.25, 12);
  });
  it('is symmetric: the same cases mirrored (share 0, event 1 of 4) give the same temperature', () => {
    const mirrored = [certain('train', false, 0), certain('train', false, 0), certain('train', false, 0)];
    const fit = fitTemperature([...mirrored, certain('train', true, 0)]);
    expect(fit.temperature).toBeCloseTo(Math.log(2 * N + 1) / Math.log(3), 6);
  });
  it('sharpens a timid model that is never wrong as far as the range allows', () => {
    const timid = [certain('train', true, 0.8), certain('train', false, 0.2)];
    expect(fitTemperature(timid).temperature).toBeCloseTo(TEMPERATURE_RANGE.min, 2);
  });
  it('keeps T = 1 with nothing to learn: unanimous and right, all at 1/2, or no train cases', () => {
    expect(fitTemperature([certain('train', true), certain('train', false, 0)]).temperature).toBe(1);
    expect(fitTemperature([certain('train', true, 0.5), certain('train', false, 0.5)]).temperature).toBe(1);
    expect(fitTemperature([certain('test', false)])).toMatchObject({
      temperature: 1,
      trainCases: 0,
      trainLogLoss: { raw: null, calibrated: null },
    });
  });
  it('never looks at the test period: changing only test cases leaves the fit unchanged', () => {
    const train = [
      certain('train', true),
      certain('train', true),
      certain('train', false),
      certain('train', true, 0.3),
      certain('train', false, 0.1),
    ];
    const one = fitTemperature([...train, certain('test', true), certain('test', false)]);
    const other = fitTemperature([
      ...train,
      certain('test', false),
      certain('test', false, 0),
      certain('test', true, 0),
    ]);
    expect(other).toEqual(one);
    // ...while a change to one train case does move it.
    expect(fitTemperature([...train.slice(1), certain('train', false)]).temperature).not.toBeCloseTo(
      one.temperature,
      3,
    );
  });
});
