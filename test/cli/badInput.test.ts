// Bad input through main(): exit code 2, one `forum-sim: ` line per problem naming the file, the
// field path and (for YAML) line and column, never a stack trace. The real binary is covered in binary.test.ts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bad, expectCleanErrors, FIXTURES, runMain, SCENARIOS, snapshotTree } from './helpers.js';

const CYCLE_FILE = join(FIXTURES, 'cycle-catalogue/actors/cycle.yaml');

/** A fixture broken in one way, and the exact location and message it must produce. */
interface Case {
  name: string;
  file: string;
  /** FILE:LINE:COL: FIELD: the start of the expected line. */
  where: string;
  message: RegExp;
}

const at = (file: string, line: number, col: number, field: string) => `${file}:${line}:${col}: ${field}: `;

const FORUM_CASES: Case[] = [
  {
    name: 'malformed YAML',
    file: bad('malformed.yaml'),
    where: `${bad('malformed.yaml')}:5:1: `,
    message: /^malformed YAML: .*end with a \]/,
  },
  {
    name: 'missing required field',
    file: bad('missing-field.yaml'),
    where: at(bad('missing-field.yaml'), 2, 1, 'fallback'),
    message: /^missing required field \(expected one of chair-statement, none\)$/,
  },
  {
    name: 'wrong type',
    file: bad('wrong-type.yaml'),
    where: at(bad('wrong-type.yaml'), 10, 13, 'roundLimit'),
    message: /^expected number, received string$/,
  },
  {
    name: 'unknown key',
    file: bad('unknown-key.yaml'),
    where: `${bad('unknown-key.yaml')}:6:`,
    message: /^\d+: colour: unknown key$/,
  },
  {
    name: 'number out of range',
    file: bad('out-of-range.yaml'),
    where: at(bad('out-of-range.yaml'), 11, 8, 'noise'),
    message: /^must be at most 1$/,
  },
  {
    name: 'unknown actor',
    file: bad('unknown-actor.yaml'),
    where: at(bad('unknown-actor.yaml'), 8, 21, 'participants.1'),
    message: /^unknown actor "BBBB" \(did you mean "BBB"\?\)$/,
  },
  {
    name: 'unknown issue',
    file: bad('unknown-issue.yaml'),
    where: at(bad('unknown-issue.yaml'), 13, 9, 'draft.wars'),
    message: /^unknown issue "wars" \(did you mean "war"\?\)$/,
  },
  {
    name: 'unknown rung',
    file: bad('unknown-rung.yaml'),
    where: at(bad('unknown-rung.yaml'), 13, 8, 'draft.war'),
    message: /^unknown rung "dialog"; expected one of omit, dialogue, condemn \(did you mean "dialogue"\?\)$/,
  },
  {
    name: 'duplicate participant',
    file: bad('duplicate-participant.yaml'),
    where: at(bad('duplicate-participant.yaml'), 8, 31, 'participants.3'),
    message: /^duplicate participant "BBB"$/,
  },
  {
    name: 'chair not a participant',
    file: bad('chair-not-participant.yaml'),
    where: at(bad('chair-not-participant.yaml'), 7, 8, 'chair'),
    message: /^"DDD" is not a participant$/,
  },
  {
    name: 'extends cycle',
    file: bad('extends-cycle.yaml'),
    where: at(CYCLE_FILE, 7, 14, 'profiles.YYY.extends'),
    message: /^extends cycle: XXX -> YYY -> XXX$/,
  },
  {
    name: 'provenance gap in a forum override',
    file: bad('provenance-gap.yaml'),
    where: at(bad('provenance-gap.yaml'), 17, 27, 'profiles.AAA.susceptibility.BBB'),
    message: /^has no provenance: add provenance\."susceptibility\.BBB"/,
  },
  {
    name: 'extends in a forum override',
    file: bad('forum-extends.yaml'),
    where: at(bad('forum-extends.yaml'), 16, 14, 'profiles.AAA.extends'),
    message: /^not allowed in a forum's profile override/,
  },
  {
    name: 'empty file',
    file: bad('empty.yaml'),
    where: `${bad('empty.yaml')}: `,
    message: /^is empty, expected a YAML mapping$/,
  },
  {
    name: 'a directory',
    file: join(FIXTURES, 'catalogue'),
    where: `${join(FIXTURES, 'catalogue')}: `,
    message: /^is a directory, expected a file$/,
  },
  {
    name: 'a missing path',
    file: join(FIXTURES, 'no-such-forum.yaml'),
    where: `${join(FIXTURES, 'no-such-forum.yaml')}: `,
    message: /^no such file$/,
  },
];

/** The stderr line for a case: it must start with the location and go on with the message. */
function lineFor(lines: string[], c: Case): string {
  const line = lines.find((l) => l.startsWith(`forum-sim: ${c.where}`));
  expect(line, `no line starting "forum-sim: ${c.where}" in:\n${lines.join('\n')}`).toBeDefined();
  return line!.slice(`forum-sim: ${c.where}`.length);
}

describe('run SCENARIO-FILE with bad input', () => {
  for (const c of FORUM_CASES) {
    it(`${c.name}: exit 2, file:line:col, field path and message`, async () => {
      const result = await runMain(['run', c.file]);
      expectCleanErrors(result);
      expect(result.out).toBe('');
      expect(lineFor(result.errLines, c)).toMatch(c.message);
    });
  }
});

describe('validate FILE... with bad input', () => {
  it('reports every bad file, each problem on its own line, and counts them', async () => {
    // To validate a folder stands for its YAML files (validateNames.test.ts), so it is no bad input here.
    const cases = FORUM_CASES.filter((c) => c.name !== 'a directory');
    const result = await runMain(['validate', ...cases.map((c) => c.file)]);
    expectCleanErrors(result);
    for (const c of cases) expect(lineFor(result.errLines, c), c.name).toMatch(c.message);
    expect(result.errLines.at(-1)).toBe(`forum-sim: ${cases.length} of ${cases.length} file(s) invalid`);
  });

  it('reports every problem of one file, not only the first', async () => {
    const file = bad('several-problems.yaml');
    const result = await runMain(['validate', file]);
    expectCleanErrors(result);
    expect(result.errLines).toEqual([
      `forum-sim: ${file}:4:7: date: a date YYYY-MM-DD`,
      `forum-sim: ${file}:10:13: roundLimit: must be at most 50`,
      expect.stringMatching(new RegExp(`^forum-sim: ${file}:14:\\d+: speakers: unknown key$`)),
      'forum-sim: 1 of 1 file(s) invalid',
    ]);
  });

  it('checks a profiles file: a parameter with no provenance is an error', async () => {
    const file = bad('profile-gap.yaml');
    const result = await runMain(['validate', file]);
    expectCleanErrors(result);
    expect(result.errLines[0]).toBe(
      `forum-sim: ${file}:8:15: profiles.ZZZ.patience: has no provenance: add provenance."patience" (the article's fact, paraphrased, or "assumed") here or to an enclosing path`,
    );
    expect(result.errLines).toHaveLength(2);
  });

  it('checks the actors file of a catalogue: an extends cycle, extends of an unknown profile', async () => {
    const result = await runMain(['validate', CYCLE_FILE]);
    expectCleanErrors(result);
    expect(result.errLines).toEqual([
      `forum-sim: ${CYCLE_FILE}:7:14: profiles.YYY.extends: extends cycle: XXX -> YYY -> XXX`,
      `forum-sim: ${CYCLE_FILE}:4:14: profiles.XXX.extends: extends cycle: YYY -> XXX -> YYY`,
      `forum-sim: ${CYCLE_FILE}:10:14: profiles.ZZZ.extends: unknown profile "XXY" (did you mean "XXX"?)`,
      'forum-sim: 1 of 1 file(s) invalid',
    ]);
  });

  it('passes the valid fixture catalogue, one ok line per file with its kind', async () => {
    const result = await runMain([
      'validate',
      join(FIXTURES, 'valid-forum.yaml'),
      join(FIXTURES, 'catalogue/issues.yaml'),
      join(FIXTURES, 'catalogue/actors/members.yaml'),
    ]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out.split('\n')).toEqual([
      `ok  ${join(FIXTURES, 'valid-forum.yaml')} (forum)`,
      `ok  ${join(FIXTURES, 'catalogue/issues.yaml')} (issues)`,
      `ok  ${join(FIXTURES, 'catalogue/actors/members.yaml')} (profiles)`,
    ]);
  });
});

describe('--set with bad input', () => {
  const set = (...paths: string[]) => runMain(['run', 'arf-2022', ...paths.flatMap((p) => ['--set', p])]);

  it('an unknown parameter lists the valid names and suggests the closest', async () => {
    const result = await set('USA.reservaton=0.5');
    expectCleanErrors(result);
    expect(result.errLines).toEqual([
      'forum-sim: --set: USA.reservaton: unknown parameter "reservaton"; expected one of reservation, patience, capability, faceSensitivity, risk, positions, susceptibility, lobbying, walkout, boycott, chairStyle, rank (did you mean "reservation"?)',
    ]);
  });

  it('an unknown forum field suggests the closest', async () => {
    const result = await set('forum.roundLimt=3');
    expectCleanErrors(result);
    expect(result.err).toMatch(
      /^forum-sim: --set: forum\.roundLimt: unknown forum field "roundLimt"; expected one of roundLimit, .* \(did you mean "roundLimit"\?\)$/,
    );
  });

  it('an unknown actor lists the participants and suggests the closest', async () => {
    const result = await set('USB.reservation=0.5');
    expectCleanErrors(result);
    expect(result.err).toMatch(
      /^forum-sim: --set: USB\.reservation: unknown actor "USB"; participants are AUS, .*USA, VNM \(or "forum"\) \(did you mean "USA"\?\)$/,
    );
  });

  it('a number out of range', async () => {
    const result = await set('USA.reservation=2');
    expectCleanErrors(result);
    expect(result.errLines).toEqual(['forum-sim: --set: USA.reservation: expected a number from 0 to 1, got 2']);
  });

  it('a value that is not a number', async () => {
    const result = await set('USA.reservation=abc');
    expectCleanErrors(result);
    expect(result.errLines).toEqual(['forum-sim: --set: USA.reservation: expected a number from 0 to 1, got "abc"']);
  });

  it('an unknown rung name suggests the closest', async () => {
    const result = await set('KHM.positions.ukraine.ideal=peace-dialog');
    expectCleanErrors(result);
    expect(result.errLines).toEqual([
      'forum-sim: --set: KHM.positions.ukraine.ideal: unknown rung "peace-dialog" of ukraine; expected one of omit, peace-dialogue, ceasefire-humanitarian, investigation, attributed-condemnation, condemn-aggression (did you mean "peace-dialogue"?)',
    ]);
  });

  it('no PATH=VALUE shape', async () => {
    const result = await set('USA.reservation');
    expectCleanErrors(result);
    expect(result.errLines).toEqual([
      'forum-sim: --set: USA.reservation: expected PATH=VALUE, e.g. USA.lobbying.strength=0.8',
    ]);
  });

  it('reports every bad --set, one line each', async () => {
    const result = await set('USA.reservation=2', 'RUS.patience=x', 'forum.noise=0.2');
    expectCleanErrors(result);
    expect(result.errLines).toEqual([
      'forum-sim: --set: USA.reservation: expected a number from 0 to 1, got 2',
      'forum-sim: --set: RUS.patience: expected a number from 0 to 1, got "x"',
    ]);
  });

  it('rejects __proto__, constructor and prototype anywhere in a path and pollutes nothing', async () => {
    const hostile = [
      '__proto__.polluted=1',
      'USA.__proto__.x=1',
      'constructor.prototype.polluted=1',
      'USA.constructor=1',
      'forum.__proto__.polluted=1',
      'USA.positions.prototype.polluted=1',
      'USA.susceptibility.__proto__=1',
    ];
    for (const path of hostile) {
      const result = await set(path);
      expectCleanErrors(result);
      const key = ['__proto__', 'constructor', 'prototype'].find((k) => path.split(/[.=]/).includes(k))!;
      expect(result.errLines).toEqual([
        `forum-sim: --set: ${path.slice(0, path.indexOf('='))}: "${key}" is not allowed in a path`,
      ]);
    }
    for (const file of [bad('params-proto.yaml'), bad('params-constructor.json')]) {
      const result = await runMain(['run', 'arf-2022', '--params', file]);
      expectCleanErrors(result);
      expect(result.err).toMatch(/is not allowed as a key$/);
      expect(result.err).toContain(file);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype).not.toHaveProperty('x');
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });
});

describe('--params with bad input', () => {
  it('a bad path inside the file names the file, not --set', async () => {
    const file = bad('params-bad-path.yaml');
    const result = await runMain(['run', 'arf-2022', '--params', file]);
    expectCleanErrors(result);
    expect(result.errLines).toEqual([
      `forum-sim: ${file}: USA.reservaton: unknown parameter "reservaton"; expected one of reservation, patience, capability, faceSensitivity, risk, positions, susceptibility, lobbying, walkout, boycott, chairStyle, rank (did you mean "reservation"?)`,
    ]);
  });

  it('a params file that does not exist', async () => {
    const file = join(FIXTURES, 'no-such-params.yaml');
    const result = await runMain(['run', 'arf-2022', '--params', file]);
    expectCleanErrors(result);
    expect(result.errLines).toEqual([`forum-sim: ${file}: no such file`]);
  });

  it('a malformed params file gives its line and column', async () => {
    const result = await runMain(['run', 'arf-2022', '--params', bad('malformed.yaml')]);
    expectCleanErrors(result);
    expect(result.err).toContain(`${bad('malformed.yaml')}:5:1: malformed YAML`);
  });
});

describe('usage errors', () => {
  it('an unknown command suggests the closest', async () => {
    const result = await runMain(['runn', 'arf-2022']);
    expectCleanErrors(result);
    expect(result.errLines).toEqual([
      'forum-sim: unknown command "runn" (did you mean "run"?)',
      "Run 'forum-sim --help' for usage.",
    ]);
  });

  it('an unknown option names it, suggests the closest and points at the command help', async () => {
    const result = await runMain(['run', 'arf-2022', '--sede', '3']);
    expectCleanErrors(result);
    expect(result.errLines).toEqual([
      `forum-sim: Unknown option '--sede' (did you mean "--seed"?)`,
      "Run 'forum-sim run --help' for usage.",
    ]);
  });

  it('run with no scenario', async () => {
    const result = await runMain(['run']);
    expectCleanErrors(result);
    expect(result.errLines[0]).toBe('forum-sim: run needs a SCENARIO');
  });

  it('run with two scenarios', async () => {
    const result = await runMain(['run', 'arf-2022', 'amm-2022']);
    expectCleanErrors(result);
    expect(result.errLines[0]).toBe('forum-sim: run takes one SCENARIO, got arf-2022 amm-2022');
  });

  it('--seed without a value', async () => {
    const result = await runMain(['run', 'arf-2022', '--seed']);
    expectCleanErrors(result);
    expect(result.errLines[0]).toMatch(/^forum-sim: Option '--seed <value>' argument missing/);
  });

  it('an unknown built-in scenario id lists the built-ins and suggests the closest', async () => {
    const result = await runMain(['run', 'arf-202']);
    expectCleanErrors(result);
    expect(result.errLines).toEqual([
      'forum-sim: arf-202: unknown scenario; built-in ones are amm-2022, apec-mrt-2022, arf-2022, asean-russia-2022, eas-fmm-2022, g20-fmm-2022 (did you mean "arf-2022"?) (or give a path to a YAML file)',
    ]);
  });

  it('validate with no file', async () => {
    const result = await runMain(['validate']);
    expectCleanErrors(result);
    expect(result.errLines[0]).toBe('forum-sim: validate needs at least one FILE');
  });

  it('list with an unknown option', async () => {
    const result = await runMain(['list', '--csv']);
    expectCleanErrors(result);
    expect(result.errLines[0]).toBe("forum-sim: Unknown option '--csv'");
  });
});

describe('nothing the user had is overwritten', () => {
  it('validate and run (good and bad input) leave scenarios/ and the fixtures byte-for-byte as they were', async () => {
    const before = { scenarios: snapshotTree(SCENARIOS), fixtures: snapshotTree(FIXTURES) };
    await runMain([
      'validate',
      join(FIXTURES, 'valid-forum.yaml'),
      join(SCENARIOS, 'arf-2022.yaml'),
      join(SCENARIOS, 'actors/powers.yaml'),
      bad('unknown-key.yaml'),
    ]);
    await runMain(['run', join(FIXTURES, 'valid-forum.yaml'), '--transcript', '--explain']);
    await runMain(['run', 'arf-2022', '--params', join(FIXTURES, 'params-ok.yaml'), '--transcript', '--explain']);
    await runMain(['run', 'arf-2022', '--params', bad('params-bad-path.yaml')]);
    await runMain(['run', 'arf-2022', '--set', 'USA.reservation=0.1', '--json']);
    expect(snapshotTree(SCENARIOS)).toEqual(before.scenarios);
    expect(snapshotTree(FIXTURES)).toEqual(before.fixtures);
  });
});
