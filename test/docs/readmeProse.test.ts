// README prose that quotes a command's output, checked against that output: the keys of
// `run --json`, and the backtest figures quoted from the backtest block (`npm run docs` rewrites
// the block; this test then says which sentences to update).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMain } from '../cli/helpers.js';
import { README, findOutputBlocks } from '../support/readmeOutputs.js';

const readme = readFileSync(README, 'utf8');

/** The paragraph that starts with `opening`, up to the next blank line. */
function paragraph(opening: string): string {
  const start = readme.indexOf(opening);
  if (start < 0) throw new Error(`README has no paragraph starting ${opening}`);
  return readme.slice(start, readme.indexOf('\n\n', start));
}

describe('README prose quoting outputs', () => {
  it('the `run --json` paragraph names every key of the object, in its order', async () => {
    const { code, out } = await runMain(['run', 'arf-2022', '--json', '--transcript']);
    expect(code).toBe(0);
    const text = paragraph('`run --json` prints one object:');
    const keys = Object.keys(JSON.parse(out) as object);
    const named = keys.map((key) => text.indexOf(`\`${key}\``));
    expect(keys.filter((_, i) => named[i]! < 0)).toEqual([]);
    expect(named).toEqual([...named].sort((a, b) => a - b));
  });

  it('the backtest prose quotes the figures of the backtest block', () => {
    const block = findOutputBlocks(readme).find((b) => b.commands[0]!.command.startsWith('npx forum-sim backtest'))!;
    const row = (start: string) =>
      block.body
        .split('\n')
        .find((line) => line.trimStart().startsWith(start))!
        .trim();
    const g20Leaders = row('g20-leaders-2022-11').split(/\s+/)[4];
    const [modelBrier, modelLog] = row('model ').split(/\s+/).slice(-2);
    const [compromiseBrier, compromiseLog] = row('compromise baseline').split(/\s+/).slice(-2);
    const plainly = readme.slice(readme.indexOf('Said plainly:'));
    expect(plainly).toContain(`(${g20Leaders} for the declaration that was adopted)`);
    expect(plainly).toContain(`(${modelBrier} against ${compromiseBrier} for the compromise`);
    expect(plainly).toContain(`log loss (${modelLog} against\n  ${compromiseLog},`);
  });
});
