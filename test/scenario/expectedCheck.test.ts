// Issue 19 row 6: an `expected` block that cannot happen in its forum (an outcome its decision rule
// does not give, votes of delegations not in the room, a Ukraine rung the ladder lacks) is refused by
// validate and backtest, with its file, field path and what was expected, exit 2; before, validate
// said ok and the backtest scored such a case as a certain miss.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCases } from '../../src/cli/backtestCommand.js';
import { InputError } from '../../src/scenario/errors.js';
import { validatePath } from '../../src/scenario/validate.js';
import { expectCleanErrors, runMain, SCENARIOS } from '../cli/helpers.js';

const work = mkdtempSync(join(tmpdir(), 'forum-sim-expected-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A record case copied out with its catalogue made absolute, then edited. */
function variant(name: string, source: string, edit: (text: string) => string): string {
  const text = readFileSync(join(SCENARIOS, 'record', source), 'utf8').replace(
    'catalogue: ..',
    `catalogue: ${SCENARIOS}`,
  );
  const file = join(work, name);
  writeFileSync(file, edit(text));
  return file;
}

const AMM = 'amm-2022-08.yaml'; // consensus, MMR absent, ukraine: ceasefire-humanitarian
const UNSC = 'unsc-res-2202-2015-02.yaml'; // security-council with permanent members, votes
const UNGA = 'unga-2019-12-18-crimea-human-rights.yaml'; // majority

const problems = (file: string) => validatePath(file).problems.map((p) => `${p.path}: ${p.message}`);

describe('an expected block that does not fit its forum', () => {
  it('the record cases as written fit', () => {
    for (const source of [AMM, UNSC, UNGA]) expect(problems(variant(source, source, (t) => t))).toEqual([]);
  });

  it('refuses an outcome the decision rule cannot give', () => {
    const vetoed = variant('vetoed.yaml', AMM, (t) => t.replace('outcome: joint-statement', 'outcome: vetoed'));
    expect(problems(vetoed)).toEqual([
      'expected.outcome: "vetoed" cannot happen under decisionRule: consensus; expected one of joint-statement, chair-statement, no-statement, no-joint-statement',
    ]);
    const joint = variant('joint.yaml', UNSC, (t) => t.replace('outcome: adopted', 'outcome: joint-statement'));
    expect(problems(joint)).toEqual([
      'expected.outcome: "joint-statement" cannot happen under decisionRule: security-council; expected one of adopted, rejected, vetoed',
    ]);
    const noPermanent = variant('no-veto.yaml', UNSC, (t) =>
      t.replace('permanent: [CHN, FRA, GBR, RUS, USA]\n', '').replace('outcome: adopted', 'outcome: vetoed'),
    );
    expect(problems(noPermanent)).toEqual([
      'expected.outcome: "vetoed" cannot happen under decisionRule: security-council without permanent members; expected one of adopted, rejected',
    ]);
    const majority = variant('majority.yaml', UNGA, (t) => t.replace(/outcome: \w+/, 'outcome: vetoed'));
    expect(problems(majority)).toEqual([
      'expected.outcome: "vetoed" cannot happen under decisionRule: majority; expected one of adopted, rejected',
    ]);
  });

  it('refuses votes of a delegation that is not seated, not a participant, or in a consensus forum', () => {
    const unknown = variant('unknown.yaml', UNSC, (t) => t.replace('    CHN: yes', '    CHN: yes\n    XYZ: no'));
    expect(problems(unknown)).toEqual(['expected.votes.XYZ: "XYZ" is not a participant, so it cannot vote']);
    const absent = variant('absent.yaml', UNSC, (t) => t.replace('fallback: none', 'fallback: none\nabsent: [AGO]'));
    expect(problems(absent)).toEqual(['expected.votes.AGO: "AGO" is absent (not seated), so it cannot vote']);
    const consensus = variant('consensus.yaml', AMM, (t) =>
      t.replace('  outcome: joint', '  votes: { IDN: yes }\n  outcome: joint'),
    );
    expect(problems(consensus)).toEqual([
      'expected.votes: a consensus forum does not vote: expected no votes (or a vote decisionRule)',
    ]);
  });

  it('refuses a Ukraine rung, alone or in a list, that is not on the ladder', () => {
    const one = variant('rung.yaml', AMM, (t) => t.replace('ukraine: ceasefire-humanitarian', 'ukraine: not-a-rung'));
    expect(problems(one)).toEqual([
      'expected.ukraine: unknown rung "not-a-rung"; expected one of omit, peace-dialogue, ceasefire-humanitarian, investigation, attributed-condemnation, condemn-aggression',
    ]);
    const list = variant('rungs.yaml', AMM, (t) =>
      t.replace('ukraine: ceasefire-humanitarian', 'ukraine: [ceasefire-humanitarian, investigaton]'),
    );
    expect(problems(list)).toEqual([
      'expected.ukraine.1: unknown rung "investigaton"; expected one of omit, peace-dialogue, ceasefire-humanitarian, investigation, attributed-condemnation, condemn-aggression (did you mean "investigation"?)',
    ]);
  });

  it('validate exits 2 naming the file, line and field; backtest refuses the case before running it', async () => {
    const file = variant('cli.yaml', AMM, (t) => t.replace('outcome: joint-statement', 'outcome: vetoed'));
    const result = await runMain(['validate', file]);
    expectCleanErrors(result);
    expect(result.err).toMatch(new RegExp(`${file}:32:\\d+: expected\\.outcome: "vetoed" cannot happen`));
    expect(() => loadCases([file])).toThrow(InputError);
    const backtest = await runMain(['backtest', file, '--runs', '1', '--workers', '1']);
    expectCleanErrors(backtest);
    expect(backtest.err).toContain('expected.outcome: "vetoed" cannot happen under decisionRule: consensus');
  });
});

describe('an expected ukraine rung against a catalogue without a ukraine issue', () => {
  it('omit is the only rung (no text has the paragraph); any other is refused', () => {
    const file = join(work, 'no-ukraine.yaml');
    const text = readFileSync(join(import.meta.dirname, '../fixtures/cases/agree.yaml'), 'utf8');
    writeFileSync(
      file,
      text.replace('catalogue: ../catalogue', `catalogue: ${join(import.meta.dirname, '../fixtures/catalogue')}`),
    );
    expect(problems(file)).toEqual([]);
    writeFileSync(file, readFileSync(file, 'utf8').replace('ukraine: omit', 'ukraine: peace-dialogue'));
    expect(problems(file)).toEqual([
      'expected.ukraine: unknown rung "peace-dialogue"; expected one of omit (the catalogue has no ukraine issue)',
    ]);
  });
});
