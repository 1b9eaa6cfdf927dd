// Issue 17: a record case may set a stance of its own only from evidence dated before its meeting.
// The loader refuses an override without knownBefore, or with evidence from the meeting's day or
// later, in a file with `expected`; a forum file without `expected` (a what-if) is not affected.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, formatProblem } from '../../src/scenario/errors.js';
import { loadScenario } from '../../src/scenario/loader.js';

const DIR = join(import.meta.dirname, '../fixtures/known-before');
const fixture = (name: string) => join(DIR, name);

function problemsOf(file: string): string[] {
  try {
    loadScenario(file);
  } catch (error) {
    if (error instanceof InputError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

describe('knownBefore in a record case', () => {
  it('is required of every inline override, reported at the override', () => {
    expect(problemsOf(fixture('missing.yaml'))).toEqual([
      `${fixture('missing.yaml')}:15:5: profiles.BBB.knownBefore: required in a record case: the date (before 2018-11-18) and source of the evidence this override rests on`,
    ]);
  });

  it('must be strictly before the meeting: its own day and later are refused, each at its date', () => {
    expect(problemsOf(fixture('late.yaml'))).toEqual([
      `${fixture('late.yaml')}:17:25: profiles.AAA.knownBefore.date: 2018-11-18 is not before the meeting (2018-11-18): a record case may rest only on evidence published before it`,
      `${fixture('late.yaml')}:21:25: profiles.BBB.knownBefore.date: 2018-11-20 is not before the meeting (2018-11-18): a record case may rest only on evidence published before it`,
    ]);
  });

  it('from the day before is accepted, and the override applies', () => {
    expect(problemsOf(fixture('ok.yaml'))).toEqual([]);
    expect(loadScenario(fixture('ok.yaml')).profiles.BBB!.reservation).toBe(0.9);
  });

  it('is not asked of a forum file without expected', () => {
    expect(problemsOf(fixture('what-if.yaml'))).toEqual([]);
  });

  it('is not judged against a broken meeting date, which is reported on its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'known-before-'));
    const file = join(dir, 'bad-date.yaml');
    const text = readFileSync(fixture('late.yaml'), 'utf8')
      .replace('date: 2018-11-18', 'date: 18 November 2018')
      .replace('catalogue: ../catalogue', `catalogue: ${join(DIR, '../catalogue')}`);
    writeFileSync(file, text);
    const problems = problemsOf(file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/:\d+:\d+: date: /);
  });
});
