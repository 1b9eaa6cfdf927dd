// Issue 19, row 12: --workers above the core count is capped with a note naming both counts, and
// a --runs that would take hours is warned about with the estimate, before any run. Before, 256
// workers on 2 cores ran 20x slower with no word, and a million-run backtest started silently.
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { RUNS_PER_SECOND_PER_WORKER, warnIfLong, workersOption } from '../../src/cli/workload.js';
import { runMain } from './helpers.js';

describe('workersOption', () => {
  it('keeps a count up to the cores, and caps one above them with a note', () => {
    const notes: string[] = [];
    expect(workersOption('sweep', '2', 4, (n) => notes.push(n))).toBe(2);
    expect(workersOption('sweep', undefined, 4, (n) => notes.push(n))).toBe(4);
    expect(notes).toEqual([]);
    expect(workersOption('sweep', '256', 2, (n) => notes.push(n))).toBe(2);
    expect(notes).toEqual([expect.stringMatching(/^--workers 256: this machine has 2 core\(s\), so 2 worker\(s\)/)]);
  });
});

describe('warnIfLong', () => {
  it('is silent under an hour and gives the estimate above', () => {
    const notes: string[] = [];
    const anHour = 3600 * RUNS_PER_SECOND_PER_WORKER * 2;
    warnIfLong('backtest', anHour, 2, (n) => notes.push(n));
    expect(notes).toEqual([]);
    warnIfLong('backtest', anHour * 3, 2, (n) => notes.push(n));
    expect(notes).toEqual([
      `backtest: ${anHour * 3} runs on 2 worker(s) take about 3.0 hours (at ~250 runs/s a worker); Ctrl-C stops it`,
    ]);
  });
});

describe('the commands', () => {
  const cores = availableParallelism();

  it('sweep caps --workers at the cores, says so, and gives the same summary', async () => {
    const args = ['sweep', 'arf-2022', '--runs', '4', '--json'];
    const capped = await runMain([...args, '--workers', String(cores + 254)]);
    expect(capped.code).toBe(0);
    expect(capped.err).toContain(`--workers ${cores + 254}: this machine has ${cores} core(s)`);
    expect(capped.out).toBe((await runMain([...args, '--workers', '1'])).out);
  });

  it('sweep warns of a run count that takes hours, with the estimate, before it starts', async () => {
    // Stopped at its first progress report, before any run.
    const controller = new AbortController();
    const { sweepCommand } = await import('../../src/cli/sweepCommand.js');
    const err: string[] = [];
    const io = { out: () => {}, err: (t: string) => err.push(t) };
    await sweepCommand(['arf-2022', '--runs', '100000000', '--workers', '1'], io, {
      signal: controller.signal,
      progress: () => controller.abort(),
    });
    expect(err.join('\n')).toMatch(/sweep: 100000000 runs on 1 worker\(s\) take about \d+\.\d days/);
  });
});
