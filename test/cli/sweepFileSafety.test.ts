// Issue 19 (rows 1, 2, 4, 5, 13): a sweep's --out file cannot be corrupted. One writer at a time
// (FILE.lock, a stale one taken over), a file that holds no whole header starts afresh, resume
// cuts on bytes, a header without its newline is repaired, and control characters in the path
// are escaped in every message.
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sweepRecord } from '../../src/analysis/sweepLine.js';
import { sweepCommand } from '../../src/cli/sweepCommand.js';
import { lockSweepFile, STALE_LOCK_MS } from '../../src/cli/sweepLock.js';
import { loadScenario } from '../../src/scenario/loader.js';
import { pollUntil } from '../support/poll.js';
import { expectCleanErrors, runMain } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'forum-sim-sweep-safe-'));
const at = (name: string) => join(dir, name);
const SWEEP = ['sweep', 'arf-2022', '--runs', '12', '--seed', '3', '--workers', '1', '--json'];
/** A pid above Linux's highest (2^22): no process has it. */
const DEAD_PID = 4_194_399;

/** Every line parsed (a corrupt one fails the test); the runs, each once, and the line count. */
function checkedLines(file: string) {
  const text = readFileSync(file, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  const parsed = text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as { run?: number });
  const runs = parsed.slice(1).map((r) => r.run);
  expect(new Set(runs).size).toBe(runs.length);
  return { count: parsed.length, runs };
}

async function fullSweep(name: string) {
  const r = await runMain([...SWEEP, '--out', at(name)]);
  expect(r.code, r.err).toBe(0);
  return { out: r.out, text: readFileSync(at(name), 'utf8') };
}

async function sweepInProcess(argv: string[], signal?: AbortSignal) {
  const err: string[] = [];
  const out: string[] = [];
  const code = await sweepCommand(
    argv,
    { out: (t) => out.push(t), err: (t) => err.push(t) },
    { signal, progress: null },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('one writer per sweep file (row 1)', () => {
  it('a --resume while the sweep still writes the file is refused, naming the pid; the file stays whole', async () => {
    const file = at('busy.jsonl');
    const stop = new AbortController();
    const args = ['arf-2022', '--runs', '5000', '--seed', '3', '--workers', '1', '--json', '--out', file];
    const writer = sweepInProcess(args, stop.signal);
    const lineCount = () => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').length - 1 : 0);
    expect(await pollUntil(() => lineCount() >= 2, { everyMs: 20, attempts: 12_000 })).toBe(true);
    const second = await runMain(['sweep', ...args, '--resume']);
    stop.abort();
    expectCleanErrors(second);
    expect(second.err).toContain(`in use by another sweep (pid ${process.pid} on ${hostname()}`);
    expect(second.err).toContain(`${file}.lock`);
    expect((await writer).code).toBe(130);
    checkedLines(file);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('a lock held by a live process (this one) refuses both a new sweep and a --resume', async () => {
    await fullSweep('held.jsonl');
    const lock = lockSweepFile(at('held.jsonl'), () => {});
    try {
      for (const extra of [['--resume'], []]) {
        const r = await runMain([...SWEEP, '--out', at('held.jsonl'), ...extra]);
        expectCleanErrors(r);
        expect(r.err).toContain(`(pid ${process.pid} on ${hostname()}`);
      }
    } finally {
      lock.release();
    }
    expect(existsSync(at('held.jsonl.lock'))).toBe(false);
  });

  it('the lock of a dead pid on this machine is taken over with a note', async () => {
    writeFileSync(at('stale.jsonl.lock'), JSON.stringify({ pid: DEAD_PID, host: hostname() }) + '\n');
    const r = await runMain([...SWEEP, '--out', at('stale.jsonl')]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`took over the lock of a sweep that is gone (pid ${DEAD_PID} on ${hostname()})`);
    expect(existsSync(at('stale.jsonl.lock'))).toBe(false);
    expect(checkedLines(at('stale.jsonl')).count).toBe(13);
  });

  it('a lock from another machine counts while it is touched, and is stale once it is not', async () => {
    const lock = at('shared.jsonl.lock');
    writeFileSync(lock, JSON.stringify({ pid: 1, host: 'node-elsewhere' }) + '\n');
    const fresh = await runMain([...SWEEP, '--out', at('shared.jsonl')]);
    expectCleanErrors(fresh);
    expect(fresh.err).toContain('in use by another sweep (pid 1 on node-elsewhere');
    const old = new Date(Date.now() - 2 * STALE_LOCK_MS);
    utimesSync(lock, old, old);
    const taken = await runMain([...SWEEP, '--out', at('shared.jsonl')]);
    expect(taken.code, taken.err).toBe(0);
    expect(taken.err).toContain('took over the lock');
  });
});

describe('a file without a whole header (row 2)', () => {
  it("--resume on a 0-byte file, or on this sweep's header cut short, starts afresh", async () => {
    const full = await fullSweep('reference.jsonl');
    const header = full.text.slice(0, full.text.indexOf('\n'));
    for (const [name, content] of [
      ['empty.jsonl', ''],
      ['cut-header.jsonl', header.slice(0, 40)],
    ] as const) {
      writeFileSync(at(name), content);
      const r = await runMain([...SWEEP, '--out', at(name), '--resume']);
      expect(r.code, r.err).toBe(0);
      expect(r.err).toContain('holds no whole header');
      expect(r.out).toBe(full.out);
      expect(checkedLines(at(name)).count).toBe(13);
    }
  });

  it("a cut line that is not this sweep's header is refused and left as it was", async () => {
    writeFileSync(at('notes.jsonl'), 'my notes');
    const r = await runMain([...SWEEP, '--out', at('notes.jsonl'), '--resume']);
    expectCleanErrors(r);
    expect(r.err).toContain('notes.jsonl:1: not a sweep file');
    expect(readFileSync(at('notes.jsonl'), 'utf8')).toBe('my notes');
  });

  it('a finished sweep leaves neither its lock nor its temporary header behind', async () => {
    await fullSweep('tidy.jsonl');
    expect(existsSync(at('tidy.jsonl.lock'))).toBe(false);
    expect(existsSync(at('tidy.jsonl.header.tmp'))).toBe(false);
  });
});

describe('byte-exact resume (rows 4 and 5)', () => {
  it('a byte that is not UTF-8 in an earlier line does not shift the cut of the last line', async () => {
    const full = await fullSweep('utf8.jsonl');
    const lines = full.text.trimEnd().split('\n');
    const header = JSON.parse(lines[0]!);
    // Run 4's line, as a run that failed with a message holding one stray byte (0xff).
    const failed = sweepRecord(loadScenario('arf-2022'), {}, header.seed, 4, () => {
      throw new Error('broken \u00e9 here');
    });
    const json = Buffer.from(JSON.stringify(failed)).toString('latin1');
    const strayByte = Buffer.from(json.replace('\u00c3\u00a9', '\u00ff'), 'latin1');
    const ofRun = (run: number) => lines.find((l) => JSON.parse(l).run === run)!;
    const file = Buffer.concat([
      Buffer.from([lines[0], ofRun(0), ofRun(1), ofRun(2), ofRun(3)].join('\n') + '\n'),
      strayByte,
      Buffer.from('\n' + ofRun(7).slice(0, 30)),
    ]);
    writeFileSync(at('utf8.jsonl'), file);
    const r = await runMain([...SWEEP, '--out', at('utf8.jsonl'), '--resume']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('cut short');
    const { count, runs } = checkedLines(at('utf8.jsonl'));
    expect(count).toBe(13);
    expect([...runs].sort((a, b) => a! - b!)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('a header line without its newline gets one before the runs', async () => {
    const full = await fullSweep('bare.jsonl');
    writeFileSync(at('bare.jsonl'), full.text.slice(0, full.text.indexOf('\n')));
    const r = await runMain([...SWEEP, '--out', at('bare.jsonl'), '--resume']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(full.out);
    expect(checkedLines(at('bare.jsonl')).count).toBe(13);
  });
});

describe('control characters in the --out path (row 13)', () => {
  it('are escaped in the interrupt message', async () => {
    const file = at('red\u001b[31m.jsonl');
    const stop = new AbortController();
    const args = ['arf-2022', '--runs', '5000', '--workers', '1', '--out', file];
    const sweep = sweepInProcess(args, stop.signal);
    const hasRun = () => existsSync(file) && readFileSync(file, 'utf8').split('\n').length > 2;
    expect(await pollUntil(hasRun, { everyMs: 20, attempts: 12_000 })).toBe(true);
    stop.abort();
    const r = await sweep;
    expect(r.code).toBe(130);
    expect(r.err).toContain('interrupted after');
    expect(r.err).toContain('red\\x1b[31m.jsonl');
    expect(r.err).not.toContain('\u001b');
  });
});
