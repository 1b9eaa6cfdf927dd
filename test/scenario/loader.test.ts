// Loading scenario files: resolved content, stable hashes, and bad input as located problems.
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closest, didYouMean, formatProblem } from '../../src/scenario/errors.js';
import { builtinScenarioIds, loadScenario, scenarioPath } from '../../src/scenario/loader.js';
import { provenanceOf } from '../../src/scenario/resolveProfile.js';
import { parseYamlText } from '../../src/scenario/yamlFile.js';
import { bad, FIXTURES, problemsOf, SCENARIOS } from '../cli/helpers.js';

describe('loadScenario', () => {
  it('knows the six built-in scenarios', () => {
    expect(builtinScenarioIds()).toEqual([
      'amm-2022',
      'apec-mrt-2022',
      'arf-2022',
      'asean-russia-2022',
      'eas-fmm-2022',
      'g20-fmm-2022',
    ]);
  });

  it('resolves a forum: sorted participants, rung indices, inherited and overridden profiles', () => {
    const s = loadScenario('arf-2022');
    expect(s.participants).toHaveLength(27);
    expect(s.participants).toEqual([...s.participants].sort());
    expect(s.issues.find((i) => i.id === 'ukraine')!.ladder[s.draft.ukraine!]!.id).toBe('investigation');
    expect(Object.keys(s.draft)).toEqual([
      'ukraine',
      'containment',
      'food-fuel',
      'russia-dialogue',
      'asean-centrality',
    ]);
    // BRN inherits the ASEAN bloc default and sets its own capability.
    expect(s.profiles.BRN).toMatchObject({
      name: 'Brunei Darussalam',
      bloc: 'asean',
      capability: 0.1,
      reservation: 0.35,
    });
    // The forum file overrides the US walkout rate, with its own provenance.
    expect(s.profiles.USA!.walkout).toEqual([{ whenSpeaks: 'RUS', probability: 0.01 }]);
    expect(s.provenance.USA!.walkout).toMatch(/^Cambodia invited Lavrov/);
    expect(s.rules).toEqual({
      decisionRule: 'consensus',
      fallback: 'chair-statement',
      roundLimit: 6,
      speakingOrder: 'host-first',
      noise: 0.1,
      permanent: [],
      hostInvestment: 0.8,
      standingProduct: 'chair-statement',
    });
  });

  it('the same content has the same hash, by id or by path; different content a different hash', () => {
    const byId = loadScenario('arf-2022');
    const byPath = loadScenario(relative(process.cwd(), join(SCENARIOS, 'arf-2022.yaml')));
    expect(byId.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(byPath.hash).toBe(byId.hash);
    expect(loadScenario('amm-2022').hash).not.toBe(byId.hash);
  });

  it('a forum with its own catalogue applies the schema defaults', () => {
    const s = loadScenario(join(FIXTURES, 'valid-forum.yaml'));
    expect(s.participants).toEqual(['AAA', 'BBB', 'CCC']);
    expect(s.rules).toEqual({
      decisionRule: 'consensus',
      fallback: 'chair-statement',
      roundLimit: 4,
      speakingOrder: 'host-first',
      noise: 0.1,
      permanent: [],
      standingProduct: 'consensus-text',
    });
    expect(s.profiles.CCC!.positions.war).toEqual({ ideal: 2, min: 1, max: 2, hard: true, firmness: 1, salience: 0.9 });
    expect(s.profiles.AAA!.bloc).toBe('member');
  });

  it('an unknown id is bad input with a hint, a path-like reference is a path', () => {
    expect(problemsOf(() => scenarioPath('amm2022'))[0]!.message).toContain('(did you mean "amm-2022"?)');
    expect(scenarioPath('some/where.yaml')).toMatch(/some\/where\.yaml$/);
    expect(problemsOf(() => loadScenario('missing.yaml'))[0]!.message).toBe('no such file');
  });

  it('problems are data: file, field path, line and column', () => {
    expect(problemsOf(() => loadScenario(bad('unknown-rung.yaml')))).toEqual([
      {
        file: bad('unknown-rung.yaml'),
        path: 'draft.war',
        message: 'unknown rung "dialog"; expected one of omit, dialogue, condemn (did you mean "dialogue"?)',
        line: 13,
        column: 8,
      },
    ]);
  });

  it('a chair who is absent, and an absentee who is not a participant', () => {
    expect(problemsOf(() => loadScenario(bad('absent.yaml'))).map(formatProblem)).toEqual([
      `${bad('absent.yaml')}:15:15: absent.1: "DDD" is not a participant`,
      `${bad('absent.yaml')}:15:9: absent: the chair "AAA" cannot be absent`,
    ]);
  });
});

describe('YAML reading', () => {
  it.each([
    ['duplicate keys', 'a: 1\na: 2\n', 'f.yaml:2:1: a: duplicate key (first at line 1)'],
    [
      'bad indentation',
      'a:\n  b: 1\n c: 2\n',
      'f.yaml:3:1: malformed YAML: All mapping items must start at the same column',
    ],
    [
      'an alias with no anchor',
      'a: &x 1\nb:\n  c: *x\n  d: *y\n',
      'f.yaml:4:6: b.d: alias *y has no anchor &y before it',
    ],
    ['a list at the top', '- 1\n- 2\n', 'f.yaml: expected a YAML mapping at the top level'],
    ['only whitespace', '  \n\n', 'f.yaml: is empty, expected a YAML mapping'],
  ])('%s is a located problem, not a crash', (_name, text, expected) => {
    expect(problemsOf(() => parseYamlText('f.yaml', text)).map(formatProblem)).toEqual([expected]);
  });

  it('an alias bomb is refused', () => {
    const rows = ['a: &a [x,x,x,x,x,x,x,x,x]'];
    for (const [prev, name] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
    ])
      rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    expect(problemsOf(() => parseYamlText('bomb.yaml', rows.join('\n') + '\n')).map(formatProblem)).toEqual([
      'bomb.yaml: aliases would expand to too many copies (the limit is 100): write the values out',
    ]);
  });

  it('resolves anchors that exist', () => {
    expect(parseYamlText('f.yaml', 'a: &x 1\nb: {c: *x}\n').data).toEqual({ a: 1, b: { c: 1 } });
  });
});

describe('did-you-mean', () => {
  it('suggests close names and stays quiet for unrelated ones', () => {
    expect(closest('reservaton', ['reservation', 'patience'])).toBe('reservation');
    expect(closest('idael', ['ideal', 'min', 'max'])).toBe('ideal');
    expect(closest('USB', ['USA', 'RUS'])).toBe('USA');
    expect(closest('ev', ['EU', 'USA'])).toBe('EU');
    expect(closest('FRA', ['BRN', 'USA'])).toBeUndefined();
    expect(closest('zzzzzz', ['reservation'])).toBeUndefined();
    expect(didYouMean('lst', ['run', 'list'])).toBe(' (did you mean "list"?)');
    expect(didYouMean('xyz', ['run', 'list'])).toBe('');
  });
});

describe('provenance', () => {
  it('every parameter of every delegation in every built-in scenario has provenance', () => {
    for (const id of builtinScenarioIds()) {
      const s = loadScenario(id);
      for (const actor of s.participants) {
        const p = s.profiles[actor]!;
        const paths = [
          'reservation',
          'patience',
          'risk',
          'capability',
          'faceSensitivity',
          ...Object.keys(p.positions).flatMap((issue) =>
            ['ideal', 'min', 'max', 'hard', 'salience'].map((f) => `positions.${issue}.${f}`),
          ),
          ...Object.keys(p.susceptibility).map((a) => `susceptibility.${a}`),
          ...(p.walkout.length > 0 ? ['walkout'] : []),
          ...(p.lobbying ? ['strength', 'style', 'targets', 'issues'].map((f) => `lobbying.${f}`) : []),
        ];
        for (const path of paths)
          expect(provenanceOf(s.provenance[actor]!, path), `${id} ${actor} ${path}`).toBeTruthy();
      }
    }
  });

  it('provenanceOf falls back to the nearest enclosing path', () => {
    const prov = { positions: 'assumed', 'positions.ukraine.min': 'a fact' };
    expect(provenanceOf(prov, 'positions.ukraine.min')).toBe('a fact');
    expect(provenanceOf(prov, 'positions.ukraine.max')).toBe('assumed');
    expect(provenanceOf(prov, 'reservation')).toBeUndefined();
  });
});
