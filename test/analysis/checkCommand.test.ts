// `forum-sim check`: the table, --json, exit codes, and a counterexample line that reproduces.
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/cli/checkCommand.js';
import { fail, INVARIANTS, pass, type Invariant } from '../../src/testing/index.js';
import { expectCleanErrors, runBin, runMain } from '../cli/helpers.js';

/** Splits a POSIX shell line as `shellQuote` writes it (bare words and single quotes). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  const re = /'((?:[^']|'\\'')*)'|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line))
    words.push(m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : m[2]!);
  return words;
}

/** The `forum-sim run ...` line printed under "Reproduce with:", as arguments after `forum-sim`. */
function reproArgs(out: string): string[] {
  const lines = out.split('\n');
  const at = lines.findIndex((l) => l.trim() === 'Reproduce with:');
  expect(at, out).toBeGreaterThan(0);
  const words = shellWords(lines[at + 1]!.trim());
  expect(words.slice(0, 2)).toEqual(['forum-sim', 'run']);
  return words.slice(1);
}

describe('forum-sim check', () => {
  it('prints a table of every invariant with pass/fail and the cases run, and exits 0', async () => {
    const r = await runMain(['check', 'amm-2022', '--runs', '20', '--seed', '5']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(
      'forum-sim check amm-2022: 20 random perturbation(s) of its parameters per invariant, seed 5',
    );
    expect(lines[2]).toMatch(/^INVARIANT\s+RESULT\s+CASES\s+PREMISE HELD$/);
    for (const id of [
      'determinism',
      'termination',
      'soundness',
      'fallback',
      'votes',
      'order',
      'unanimity',
      'veto',
      'monotonicity',
      'provenance',
      'replay',
      'firmness',
      'refused-line',
      'insistence-kept',
      'attribution',
    ]) {
      expect(r.out).toMatch(new RegExp(`\\n${id}\\s+pass\\s+20\\s+\\d+\\n`));
    }
    expect(lines.at(-1)).toMatch(/^All 15 invariant\(s\) hold on 20 perturbation\(s\) each\./);
  });

  it('--json gives the same report as data', async () => {
    const r = await runMain(['check', 'amm-2022', '--runs', '5', '--json', '--invariants', 'termination,veto']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      ok: boolean;
      runs: number;
      seed: string;
      invariants: { id: string; status: string; cases: number }[];
    };
    expect(json).toMatchObject({ scenario: 'amm-2022', seed: '1', runs: 5, ok: true });
    expect(json.invariants.map((i) => [i.id, i.status, i.cases])).toEqual([
      ['termination', 'pass', 5],
      ['veto', 'pass', 5],
    ]);
  });

  it('a deliberately false invariant: exit 1, a shrunk counterexample, and a run line that reproduces it', async () => {
    const r = await runMain(['check', 'g20-fmm-2022', '--invariants', 'demo-false']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\ndemo-false\s+FAIL\s+\d+\s+\d+\n/);
    expect(r.out).toContain('demo-false FAILED: every forum issues some statement');
    const args = reproArgs(r.out);
    // The shrunk seed depends on the random stream; that the line reproduces the failure does not.
    expect(args).toEqual([
      'run',
      'g20-fmm-2022',
      '--seed',
      expect.stringMatching(/^\d+$/),
      '--set',
      'forum.fallback=none',
    ]);
    expect(r.out.split('\n').at(-1)).toBe('1 of 1 invariant(s) failed.');
    // Pasted, the line shows the failure: the forum ends with no statement.
    const replay = await runMain([...args, '--json']);
    expect(replay.code).toBe(0);
    expect(JSON.parse(replay.out)).toMatchObject({ outcome: 'no-statement', statement: null, seed: args[3] });
  });

  it('prints every run a relational counterexample compares, each as a line that reproduces it', async () => {
    // A planted invariant that compares a run with its copy at another round limit.
    const planted: Invariant = {
      id: 'planted',
      title: 'a planted relational invariant',
      judge: (input, result) =>
        result.rounds > 1
          ? fail(`${result.rounds} rounds`, [
              { label: 'as run', overrides: input.overrides, outcome: result.outcome, rounds: result.rounds },
              {
                label: 'with one round',
                overrides: { ...input.overrides, 'forum.roundLimit': '1' },
                outcome: result.outcome,
                rounds: 1,
              },
            ])
          : pass(),
    };
    const out: string[] = [];
    const code = checkCommand(
      ['amm-2022', '--runs', '10', '--set', 'forum.fallback=chair-statement'],
      { out: (t) => out.push(t), err: () => {} },
      { invariants: [planted], progress: null },
    );
    expect(code).toBe(1);
    const text = out.join('\n');
    expect(reproArgs(text).slice(0, 6)).toEqual([
      'run',
      'amm-2022',
      '--seed',
      expect.stringMatching(/^\d+$/),
      '--set',
      'forum.fallback=chair-statement',
    ]);
    expect(text).toMatch(
      /\n {2}with one round \([a-z-]+ after 1 round\(s\)\):\n {4}forum-sim run amm-2022 --seed \d+ --set forum\.fallback=chair-statement( --set \S+)* --set forum\.roundLimit=1\n/,
    );
  });

  describe('an invariant whose premise never held', () => {
    const neverApplies: Invariant = {
      id: 'never-applies',
      title: 'a premise that never holds',
      judge: () => pass(false),
    };
    const termination: Invariant = { id: 'always', title: 'always applies', judge: () => pass() };
    const check = (...extra: string[]) => {
      const out: string[] = [];
      const code = checkCommand(
        ['amm-2022', '--runs', '3', ...extra],
        { out: (t) => out.push(t), err: () => {} },
        { invariants: [termination, neverApplies], progress: null },
      );
      return { code, out: out.join('\n') };
    };

    it('is "untested" in the table and named in the summary, not counted as holding', () => {
      const r = check();
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/\nalways\s+pass\s+3\s+3\n/);
      expect(r.out).toMatch(/\nnever-applies\s+untested\s+3\s+0\n/);
      expect(r.out.split('\n').slice(-2)).toEqual([
        '1 of 2 invariant(s) hold on 3 perturbation(s) each. PREMISE HELD counts the cases an invariant was not vacuously true.',
        '1 invariant(s) not exercised (the premise held in none of the cases, so nothing was tested): never-applies. With --strict this exits 1.',
      ]);
    });

    it('--strict exits 1 for it', () => {
      const r = check('--strict');
      expect(r.code).toBe(1);
      expect(r.out.split('\n').at(-1)).toMatch(/: never-applies\. --strict: exit 1\.$/);
    });

    it('--json carries it: notExercised, and exercised per invariant', () => {
      const r = check('--json', '--strict');
      expect(r.code).toBe(1);
      const json = JSON.parse(r.out) as {
        ok: boolean;
        strict: boolean;
        notExercised: string[];
        invariants: { id: string; exercised: boolean }[];
      };
      expect(json).toMatchObject({ ok: true, strict: true, notExercised: ['never-applies'] });
      expect(json.invariants.map((i) => [i.id, i.exercised])).toEqual([
        ['always', true],
        ['never-applies', false],
      ]);
    });

    it('--strict changes nothing when every invariant was exercised', () => {
      const out: string[] = [];
      const code = checkCommand(
        ['amm-2022', '--runs', '3', '--strict'],
        { out: (t) => out.push(t), err: () => {} },
        { invariants: [termination], progress: null },
      );
      expect(code).toBe(0);
      expect(out.join('\n').split('\n').at(-1)).toMatch(/^All 1 invariant\(s\) hold/);
    });
  });

  it('shows progress, overwriting one line, when asked (on a terminal)', () => {
    const progress: string[] = [];
    const code = checkCommand(
      ['amm-2022', '--runs', '2', '--invariants', 'termination,fallback'],
      { out: () => {}, err: () => {} },
      { progress: (t) => progress.push(t) },
    );
    expect(code).toBe(0);
    expect(progress.map((p) => p.replace(/\s+[\d.]+ s$/, ''))).toEqual([
      'checking termination (1/2): case 1/2',
      'checking termination (1/2): case 2/2',
      'checking fallback (2/2): case 1/2',
      'checking fallback (2/2): case 2/2',
      '',
    ]);
  });

  it('--help documents the options; the main help lists check', async () => {
    const help = await runMain(['check', '--help']);
    expect(help.code).toBe(0);
    for (const option of [
      '--runs N',
      '--seed S',
      '--json',
      '--invariants LIST',
      '--set PATH=VALUE',
      '--params FILE',
      '--strict',
      'demo-false',
    ])
      expect(help.out).toContain(option);
    expect((await runMain(['--help'])).out).toContain('forum-sim check SCENARIO');
    // The list of invariants is every one `check` runs, in its order.
    const listed = /\nInvariants: ([^(]+) \(see README/.exec(help.out)![1]!.split(/,\s+/);
    expect(listed).toEqual(INVARIANTS.map((i) => i.id));
  });

  it.each([
    [['check'], /check needs a SCENARIO/],
    [['check', 'arf-2022', 'amm-2022'], /check takes one SCENARIO/],
    [['check', 'arf-2023'], /unknown scenario/],
    [['check', 'arf-2022', '--runs', '0'], /--runs expects a whole number from 1 to 1000000, got "0"/],
    [['check', 'arf-2022', '--runs', 'many'], /--runs expects a whole number/],
    [
      ['check', 'arf-2022', '--invariants', 'determinsm'],
      /unknown invariant "determinsm"; .* \(did you mean "determinism"\?\)/,
    ],
    [['check', 'arf-2022', '--set', 'USA.reservaton=0.5'], /USA\.reservaton: unknown parameter/],
    [['check', 'arf-2022', '--frobnicate'], /Unknown option '--frobnicate'/],
  ])('%j is bad input: exit 2 and one clean message', async (argv, message) => {
    const r = await runMain(argv);
    expectCleanErrors(r);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });
});

describe('the real binary', () => {
  it('check exits 1 on the false invariant, and its printed line, run, reproduces the failure', () => {
    const check = runBin(['check', 'g20-fmm-2022', '--invariants', 'demo-false', '--runs', '100'], { timeout: 60_000 });
    expect(check.code).toBe(1);
    expect(check.err).toBe(''); // not a terminal: no progress line
    const replay = runBin(reproArgs(check.out));
    expect(replay.code).toBe(0);
    expect(replay.out).toMatch(/\nOverrides: forum\.fallback=none\nOutcome: no-statement after \d+ of 5 round\(s\)\n/);
  });
});
