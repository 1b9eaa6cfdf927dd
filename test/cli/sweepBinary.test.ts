// The real executable: identical summaries for any workers and shards (issue 11's first check,
// at FORUM_SIM_SWEEP_IDENTITY_RUNS runs: 2000 checks it as written), and Ctrl-C (a real SIGINT)
// leaving a valid JSONL file that --resume completes to the summary of an uninterrupted sweep.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runBin } from './helpers.js';
import { pollUntil } from '../support/poll.js';

const dir = mkdtempSync(join(tmpdir(), 'forum-sim-sweep-bin-'));
const at = (name: string) => join(dir, name);
const IDENTITY_RUNS = process.env.FORUM_SIM_SWEEP_IDENTITY_RUNS ?? '60';
/** Against hangs only: a busy machine runs far slower than an idle one. */
const CEILING_MS = 240_000;
const bin = (args: string[]) => runBin(args, { timeout: CEILING_MS });
/**
 * Runs in the interrupted sweeps: enough that the signal, sent once the first lines are written,
 * lands well before the end even on a fast idle machine (about 2 s of runs are left there).
 */
const INTERRUPTED_RUNS = 1200;

describe('sweep on the real executable', () => {
  it(
    `--json is identical on 1 and 2 workers, and from two shards merged (${IDENTITY_RUNS} runs)`,
    () => {
      const sweep = ['sweep', 'arf-2022', '--runs', IDENTITY_RUNS, '--seed', '1', '--json'];
      const one = bin([...sweep, '--workers', '1']);
      expect(one.code, one.err).toBe(0);
      expect(JSON.parse(one.out).completed).toBe(Number(IDENTITY_RUNS));
      expect(bin([...sweep, '--workers', '2']).out).toBe(one.out);
      for (const k of [1, 2]) {
        const shard = bin([...sweep, '--workers', String(k), '--shard', `${k}/2`, '--out', at(`shard${k}.jsonl`)]);
        expect(shard.code, shard.err).toBe(0);
      }
      const merged = bin(['merge', at('shard1.jsonl'), at('shard2.jsonl'), '--json']);
      expect(merged.code, merged.err).toBe(0);
      expect(merged.out).toBe(one.out);
    },
    CEILING_MS * 5,
  );

  it(
    'Ctrl-C exits 130 with the summary so far and a valid file that --resume completes',
    async () => {
      const file = at('interrupted.jsonl');
      const sweep = [
        'sweep',
        'arf-2022',
        '--runs',
        String(INTERRUPTED_RUNS),
        '--seed',
        '2',
        '--workers',
        '2',
        '--json',
      ];
      const { code, out, err } = await interrupt([...sweep, '--out', file], file, 'SIGINT');
      expect(code, err).toBe(130);
      expect(err).toContain('interrupted after');
      const records = validLines(file);
      const soFar = JSON.parse(out);
      expect(soFar.completed).toBe(records.length - 1);
      expect(soFar.completed).toBeGreaterThan(0);
      expect(soFar.completed).toBeLessThan(INTERRUPTED_RUNS);

      const resumed = bin([...sweep, '--out', file, '--resume']);
      expect(resumed.code, resumed.err).toBe(0);
      const uninterrupted = bin(sweep);
      expect(uninterrupted.code).toBe(0);
      expect(resumed.out).toBe(uninterrupted.out);
      expect(validLines(file)).toHaveLength(INTERRUPTED_RUNS + 1);
    },
    CEILING_MS * 3,
  );

  it(
    'SIGTERM (a scheduler stopping the job) stops it the same way, with exit 143',
    async () => {
      const file = at('terminated.jsonl');
      const args = [
        'sweep',
        'arf-2022',
        '--runs',
        String(INTERRUPTED_RUNS),
        '--seed',
        '2',
        '--workers',
        '1',
        '--out',
        file,
      ];
      const { code, out, err } = await interrupt(args, file, 'SIGTERM');
      expect(code, err).toBe(143);
      expect(out).toMatch(new RegExp(`^arf-2022: \\d+ of ${INTERRUPTED_RUNS} runs`));
      expect(validLines(file).length).toBeGreaterThan(1);
    },
    CEILING_MS,
  );
});

/** Every line of the file parsed (a line that is not JSON fails the test); the file ends in a newline. */
function validLines(file: string): unknown[] {
  const text = readFileSync(file, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
}

/** Starts the real executable, waits until its --out file has a run line, then sends `signal`. */
async function interrupt(args: string[], file: string, signal: NodeJS.Signals) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const linesIn = () => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').length - 1 : 0);
  // A run line is in (or the sweep ended): the polls only guard a hang.
  await pollUntil(() => linesIn() >= 2 || child.exitCode !== null, { everyMs: 20, attempts: 12_000 });
  child.kill(signal);
  return { code: await exited, out, err };
}
