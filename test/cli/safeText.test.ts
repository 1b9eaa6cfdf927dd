// Text from files reaches the terminal escaped: a forum whose every free-text field (its name,
// issue titles, rung texts, profile names, provenance notes, a case's reasons) holds ESC, BEL,
// newlines, C1 CSI and bidi overrides prints no raw control character and forges no line, in
// run, run --transcript, run --explain, list, validate, check and backtest; --json keeps the text.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURES, runMain, type Captured } from './helpers.js';

const HOSTILE = join(FIXTURES, 'hostile');
const FORUM = join(HOSTILE, 'forum.yaml');

// `list` shows the built-in scenarios: here the hostile forum is the one built in.
vi.mock('../../src/scenario/loader.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/scenario/loader.js')>();
  return {
    ...real,
    builtinScenarioIds: () => ['hostile-forum'],
    loadScenario: (ref: string, ...rest: unknown[]) =>
      (real.loadScenario as (...a: unknown[]) => unknown)(ref === 'hostile-forum' ? FORUM : ref, ...rest),
  };
});

// ...and no built-in sequence, so `list` is the one table of that forum.
vi.mock('../../src/sequence/load.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/sequence/load.js')>()),
  builtinSequenceIds: () => [],
}));

/** Any character safeText escapes, except the newline that separates lines. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Every line of both streams is free of raw controls, and none was forged by a newline in a file. */
function expectSafe(r: Captured): void {
  for (const [stream, text] of [
    ['stdout', r.out],
    ['stderr', r.err],
  ] as const) {
    for (const line of text.split('\n')) {
      expect(line, `${stream}: ${JSON.stringify(line)}`).not.toMatch(RAW_CONTROL);
      expect(line, `${stream}: a forged line`).not.toMatch(/^(FORGED|fake\.yaml)/);
    }
  }
  for (const line of r.errLines) expect(line).toMatch(/^(forum-sim: |Run 'forum-sim)/);
}

describe('text from files is printed escaped', { timeout: 120_000 }, () => {
  it('run, run --transcript and run --explain', async () => {
    for (const flags of [[], ['--transcript'], ['--explain'], ['--transcript', '--explain', '--seed', '3']]) {
      const r = await runMain(['run', FORUM, ...flags]);
      expect(r.code).toBe(0);
      expectSafe(r);
      expect(r.out).toContain(String.raw`Evil\x1b]0;pwned\x07\x1b[2J\nFORGED forum\x9b31m\u202eeman (hostile-forum)`);
      if (flags.includes('--explain')) {
        expect(r.out).toContain(String.raw`AAA Alpha\x1b]0;pwned\x07\nFORGED name:`);
        expect(r.out).toContain(String.raw`<- note\x1b[2J\nFORGED provenance`);
      }
      if (flags.includes('--transcript')) expect(r.out).toMatch(/^Transcript:$/m);
    }
  });

  it('the adopted text and the chair statement show rung texts escaped', async () => {
    const adopted = await runMain(['run', FORUM]);
    expect(adopted.out).toContain(String.raw`[war: dialogue] Dialogue\x1b[31m red\x07\nFORGED text\u202e`);
    const chairs = await runMain([
      'run',
      FORUM,
      '--set',
      'CCC.positions.war.min=condemn',
      '--set',
      'forum.roundLimit=1',
    ]);
    expectSafe(chairs);
  });

  it('--json carries the text unchanged, as JSON strings', async () => {
    const r = await runMain(['run', FORUM, '--json', '--transcript']);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    const json = JSON.parse(r.out) as { statement: { paragraphs: { text: string }[] } };
    expect(json.statement.paragraphs[0]!.text).toBe('Dialogue\u001b[31m red\u0007\nFORGED text\u202e');
  });

  it('list', async () => {
    const r = await runMain(['list']);
    expect(r.code).toBe(0);
    expectSafe(r);
    expect(r.out.split('\n')).toHaveLength(2);
    expect(r.out).toContain(String.raw`Evil\x1b]0;pwned\x07\x1b[2J\nFORGED forum`);
  });

  it('validate: one line per problem, however the keys and values are spelt', async () => {
    const files = ['forum.yaml', 'bad.yaml', 'case.yaml', 'catalogue/issues.yaml', 'catalogue/actors/members.yaml'];
    const r = await runMain(['validate', ...files.map((f) => join(HOSTILE, f))]);
    expect(r.code).toBe(2);
    expectSafe(r);
    const problems = r.errLines.filter((l) => l.includes('bad.yaml:'));
    expect(problems).toHaveLength(2);
    // A key that is not a key name (here one forging a second problem line) is not quoted at all, only placed.
    expect(problems[1]).toMatch(/bad\.yaml:\d+:\d+: unknown key \(not quoted: not a key name\)$/);
    expect(problems[1]).not.toContain('FORGED');
    expect(r.errLines.at(-1)).toBe('forum-sim: 1 of 5 file(s) invalid');
  });

  it('check and backtest tables, and the problems and warnings of --set', async () => {
    const check = await runMain(['check', FORUM, '--runs', '2', '--invariants', 'determinism']);
    expect(check.code).toBe(0);
    expectSafe(check);
    const backtest = await runMain(['backtest', '--runs', '2', '--workers', '1', join(HOSTILE, 'case.yaml')]);
    expect(backtest.code).toBe(0);
    expectSafe(backtest);
    expect(backtest.out).toContain(String.raw`case.yaml): lacks\x1b]0;pwned\x07\nFORGED reason`);
    for (const set of ['NO\u001b[2JPE.patience=0.1', 'BBB.positions.w\u001b[2J\nFORGED.ideal=x']) {
      const r = await runMain(['run', FORUM, '--set', set]);
      expect(r.code).toBe(2);
      expectSafe(r);
    }
    const usage = await runMain(['list', 'extra\u001b[2J\nFORGED']);
    expect(usage.code).toBe(2);
    expectSafe(usage);
  });
});
