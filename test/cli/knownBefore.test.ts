// `validate` and `backtest` load record cases through the same loader: an override without
// evidence from before its meeting is bad input (exit 2, one located line each, no stack trace),
// and the built-in record passes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCleanErrors, FIXTURES, runMain, SCENARIOS } from './helpers.js';

const missing = join(FIXTURES, 'known-before/missing.yaml');
const late = join(FIXTURES, 'known-before/late.yaml');

describe('validate: knownBefore in record cases', () => {
  it('refuses an override without it and one from after the meeting, one line each', async () => {
    const result = await runMain(['validate', missing, late, join(FIXTURES, 'known-before/ok.yaml')]);
    expectCleanErrors(result);
    expect(result.errLines).toEqual([
      `forum-sim: ${missing}:15:5: profiles.BBB.knownBefore: required in a record case: the date (before 2018-11-18) and source of the evidence this override rests on`,
      `forum-sim: ${late}:17:25: profiles.AAA.knownBefore.date: 2018-11-18 is not before the meeting (2018-11-18): a record case may rest only on evidence published before it`,
      `forum-sim: ${late}:21:25: profiles.BBB.knownBefore.date: 2018-11-20 is not before the meeting (2018-11-18): a record case may rest only on evidence published before it`,
      'forum-sim: 2 of 3 file(s) invalid',
    ]);
  });

  it('refuses a real record case once its evidence date is taken away', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'record-'));
    const file = join(dir, 'apec-leaders-2018-11.yaml');
    const text = readFileSync(join(SCENARIOS, 'record/apec-leaders-2018-11.yaml'), 'utf8');
    // Each knownBefore with its nested lines, whether written inline or as a block.
    const stripped = text
      .replace(/^( +)knownBefore:.*\n(?:\1 +.*\n)*/gm, '')
      .replace(/^catalogue: \.\.$/m, `catalogue: ${SCENARIOS}`);
    expect(stripped).not.toMatch(/knownBefore/);
    writeFileSync(file, stripped);
    const result = await runMain(['validate', file]);
    expectCleanErrors(result);
    expect(result.errLines[0]).toMatch(
      /^forum-sim: .*apec-leaders-2018-11\.yaml:\d+:\d+: profiles\.\w+\.knownBefore: required in a record case: the date \(before 2018-11-18\)/,
    );
  });

  it('passes the built-in record', async () => {
    const result = await runMain(['validate', join(SCENARIOS, 'record')]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
  });

  it('stops backtest before any run', async () => {
    const result = await runMain(['backtest', missing, '--runs', '1']);
    expectCleanErrors(result);
    expect(result.errLines[0]).toContain('profiles.BBB.knownBefore: required in a record case');
  });
});
