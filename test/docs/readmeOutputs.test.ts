// The README's marked output blocks are what their commands print now (`npm run docs` rewrites
// them), and the block mechanism itself reads and renders blocks faithfully.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, findOutputBlocks, regenerate, renderBlock, runCommands } from '../support/readmeOutputs.js';

const readme = readFileSync(README, 'utf8');
const blocks = findOutputBlocks(readme);

describe("the README's output blocks", () => {
  it.each(blocks.filter((b) => !b.slow).map((b) => [b.line, b.commands[0]!.command, b] as const))(
    'line %i: $ %s ... prints what the README shows (else `npm run docs`)',
    async (_line, _command, block) => {
      expect(renderBlock(await runCommands(block.commands))).toBe(block.body);
    },
  );

  it('slow blocks (rewritten by `npm run docs` only) still show a command with its output', () => {
    for (const block of blocks.filter((b) => b.slow)) {
      expect(block.commands.length).toBeGreaterThan(0);
      expect(block.commands.some((c) => c.output !== '')).toBe(true);
    }
  });
});

describe('output blocks', () => {
  const sample = [
    'Intro.',
    '<!-- output -->',
    '```',
    '$ npx forum-sim --version',
    '0.0.0-stale',
    '$ echo one; echo two',
    'one',
    'two',
    '```',
    '<!-- output: slow -->',
    '```sh',
    '$ echo slow',
    'old',
    '```',
    'Outro.',
    '',
  ].join('\n');

  it('reads commands with their outputs, and renders them back to the same text', () => {
    const [fast, slow] = findOutputBlocks(sample);
    expect(fast).toMatchObject({
      line: 2,
      slow: false,
      commands: [
        { command: 'npx forum-sim --version', output: '0.0.0-stale\n' },
        { command: 'echo one; echo two', output: 'one\ntwo\n' },
      ],
    });
    expect(slow).toMatchObject({ line: 10, slow: true, commands: [{ command: 'echo slow', output: 'old\n' }] });
    expect(renderBlock(fast!.commands)).toBe(fast!.body);
  });

  it('rewrites a stale block from the real command, and leaves slow blocks alone unless asked', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const fresh = await regenerate(sample, { slow: false });
    expect(fresh).toBe(sample.replace('0.0.0-stale', version));
    expect(await regenerate(sample, { slow: true })).toBe(fresh.replace('old', 'slow'));
  });

  it('refuses a marker without a block of commands', () => {
    expect(() => findOutputBlocks('<!-- output -->\ntext\n')).toThrow(/line 1: the marker must be followed/);
    expect(() => findOutputBlocks('<!-- output -->\n```\nno prompt\n```\n')).toThrow(/must start with a `\$ `/);
  });
});
