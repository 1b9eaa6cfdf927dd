// Deep flow nesting is refused from the text, before the parser can recurse out of its stack.
import { describe, expect, it } from 'vitest';
import { tooDeepFlow } from '../../src/scenario/flowDepth.js';
import { parseYamlText } from '../../src/scenario/yamlParse.js';
import { InputError } from '../../src/scenario/errors.js';

describe('tooDeepFlow', () => {
  it('finds the first bracket past the limit, and ignores brackets in quotes and comments', () => {
    expect(tooDeepFlow('a: [[[x]]]\n', 3)).toBeUndefined();
    expect(tooDeepFlow('a: [[[[x]]]]\n', 3)).toBe(6);
    expect(tooDeepFlow(`a: "[[[[["\nb: '{{{{{'\n# [[[[[\n`, 3)).toBeUndefined();
    expect(tooDeepFlow("a: it's [[[[x]]]]\n", 3)).toBe(11);
  });

  it('20,000 levels are one problem, not a crash', () => {
    const text = 'id: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n';
    let problems: unknown[] = [];
    try {
      parseYamlText('deep.yaml', text);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems = error.problems;
    }
    expect(problems).toEqual([
      { file: 'deep.yaml', path: '', message: 'nested deeper than 64 levels', line: 1, column: 69 },
    ]);
  });
});
