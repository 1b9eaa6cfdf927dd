// README prose that quotes a command's output, checked against that output: the keys of
// `run --json`, and the backtest section explaining each row label of the forward table it shows.
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

  it('the backtest prose explains every forecaster and subset of the forward table', () => {
    const block = findOutputBlocks(readme).find((b) => b.commands[0]!.command.startsWith('npx forum-sim backtest'))!;
    const section = readme.slice(readme.indexOf('## Backtest'), readme.indexOf('## Sweeps'));
    const rows = block.body.split('\n').filter((line) => /^  (train|test) /.test(line));
    const cells = rows.map((line) => line.trim().split(/\s{2,}/));
    // Baselines' labels without their rate in brackets; the model and `all` need no explaining.
    const baselines = new Set(cells.map((c) => c[2]!.replace(/ \(.*\)$/, '')));
    for (const label of [...baselines].filter((l) => l !== 'model' && l !== '(no cases)'))
      expect(section, label).toContain(`*${label}*`);
    const subsets = new Set(cells.map((c) => c[1]!));
    for (const subset of [...subsets].filter((s) => s !== 'all')) expect(section, subset).toContain(`*${subset}*`);
  });
});
