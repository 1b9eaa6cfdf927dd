// README blocks whose outputs come from the real commands, so they cannot drift: a fenced block
// right after a `<!-- output -->` line holds `$ COMMAND` lines, each followed by what it prints
// (stdout). `npm run docs` rewrites these blocks; test/docs/readmeOutputs.test.ts fails when one
// differs from what its commands print now. `<!-- output: slow -->` marks a block too slow for the
// test (a 200-run backtest): `npm run docs` still rewrites it, the test only checks its shape.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const README = join(ROOT, 'README.md');
const BIN = join(ROOT, 'bin/forum-sim.js');
const MARKER = /^<!-- output(: slow)? -->$/;
const PROMPT = '$ ';

export interface CommandOutput {
  command: string;
  output: string;
}

export interface OutputBlock {
  /** 1-based line of the marker, for messages. */
  line: number;
  slow: boolean;
  /** The block's text between its fences, each line ending in a newline. */
  body: string;
  commands: CommandOutput[];
  /** Character offsets of `body` in the README. */
  from: number;
  to: number;
}

/** Every marked block of a README, in order; throws on a marker without a block of `$` lines. */
export function findOutputBlocks(readme: string): OutputBlock[] {
  const lines = readme.split('\n');
  const blocks: OutputBlock[] = [];
  let offset = 0;
  const offsets = lines.map((l) => {
    const at = offset;
    offset += l.length + 1;
    return at;
  });
  for (let i = 0; i < lines.length; i++) {
    const marker = MARKER.exec(lines[i]!);
    if (!marker) continue;
    const where = `README line ${i + 1}`;
    if (!lines[i + 1]?.startsWith('```')) throw new Error(`${where}: the marker must be followed by a fenced block`);
    const close = lines.findIndex((l, j) => j > i + 1 && l === '```');
    if (close < 0) throw new Error(`${where}: the block is not closed`);
    const from = offsets[i + 2]!;
    const to = offsets[close]!;
    const body = readme.slice(from, to);
    blocks.push({ line: i + 1, slow: marker[1] !== undefined, body, commands: parseCommands(body, where), from, to });
  }
  return blocks;
}

function parseCommands(body: string, where: string): CommandOutput[] {
  const commands: CommandOutput[] = [];
  for (const line of body.split('\n').slice(0, -1)) {
    if (line.startsWith(PROMPT)) commands.push({ command: line.slice(PROMPT.length), output: '' });
    else if (commands.length === 0) throw new Error(`${where}: the block must start with a \`$ \` command line`);
    else commands[commands.length - 1]!.output += line + '\n';
  }
  return commands;
}

/** A block's text from its commands and their outputs. */
export function renderBlock(commands: CommandOutput[]): string {
  return commands
    .map(
      ({ command, output }) =>
        `${PROMPT}${command}\n${output === '' || output.endsWith('\n') ? output : output + '\n'}`,
    )
    .join('');
}

/**
 * Runs a block's commands in order with sh, in a fresh folder that sees the repository's
 * scenarios/ (for paths like scenarios/record/...) and keeps files one command writes for the
 * next. `npx forum-sim` runs this checkout's bin/forum-sim.js, the same program without npm's start.
 */
export async function runCommands(commands: CommandOutput[]): Promise<CommandOutput[]> {
  const dir = await mkdtemp(join(tmpdir(), 'forum-sim-readme-'));
  try {
    await symlink(join(ROOT, 'scenarios'), join(dir, 'scenarios'), 'dir');
    const done: CommandOutput[] = [];
    for (const { command } of commands) {
      const shell = command.replaceAll('npx forum-sim', `node '${BIN}'`);
      const { stdout } = await run('sh', ['-c', shell], { cwd: dir, maxBuffer: 64 << 20 }).catch((error) => {
        throw new Error(`\`${command}\` failed: ${error.stderr || error.message}`);
      });
      done.push({ command, output: stdout });
    }
    return done;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The README with every marked block (slow ones only if asked) rewritten from its commands. */
export async function regenerate(readme: string, { slow }: { slow: boolean }): Promise<string> {
  const blocks = findOutputBlocks(readme).filter((b) => slow || !b.slow);
  const bodies = await Promise.all(blocks.map(async (b) => renderBlock(await runCommands(b.commands))));
  let out = readme;
  for (let i = blocks.length - 1; i >= 0; i--)
    out = out.slice(0, blocks[i]!.from) + bodies[i] + out.slice(blocks[i]!.to);
  return out;
}
