// The README's failure demo of `forum-sim check` is the command's real output, word for word, and
// it does fail: on a forum whose joint statement can fail (the ARF's chairman's statement never does).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMain } from '../cli/helpers.js';

const PROMPT = '$ npx forum-sim check ';

/** The README block of "Property testing" whose command line runs `demo-false`. */
function readmeDemo(): { argv: string[]; output: string } {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Property testing'));
  const block = /```\n(\$ npx forum-sim check [^\n]*--invariants demo-false[^\n]*)\n([\s\S]*?)\n```\n/.exec(section);
  if (!block) throw new Error('README\'s "Property testing" has no demo-false block');
  return { argv: ['check', ...block[1]!.slice(PROMPT.length).split(' ')], output: block[2]! };
}

describe("the README's check failure demo", () => {
  it('is what the command prints, and the command exits 1', async () => {
    const { argv, output } = readmeDemo();
    const r = await runMain(argv);
    expect(r.code).toBe(1);
    expect(r.out).toBe(output);
  });
});
