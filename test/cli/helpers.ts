// Shared harness for CLI tests: main() with captured streams, and the real binary via spawnSync.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { InputError, type Problem } from '../../src/scenario/errors.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin/forum-sim.js');
export const SCENARIOS = join(ROOT, 'scenarios');
export const FIXTURES = join(ROOT, 'test/fixtures');
export const bad = (name: string) => join(FIXTURES, 'bad', name);

export interface Captured {
  code: number;
  out: string;
  err: string;
  /** stderr split into lines, without the trailing empty one. */
  errLines: string[];
}

/** Runs main() in-process with stdout/stderr captured; never a TTY. */
export async function runMain(argv: string[]): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, false);
  const errText = err.join('\n');
  return { code, out: out.join('\n'), err: errText, errLines: errText === '' ? [] : errText.split('\n') };
}

/** Runs the real executable; stdout and stderr as text. */
export function runBin(args: string[], options: SpawnSyncOptions = {}): Captured {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT, timeout: 20_000, ...options });
  const err = String(r.stderr ?? '');
  const lines = err.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return { code: r.status ?? -1, out: String(r.stdout ?? ''), err, errLines: lines };
}

/** Every line of a bad-input report: the `forum-sim: ` prefix and no stack frames. */
export function expectCleanErrors(result: Captured): void {
  if (result.code !== 2) throw new Error(`expected exit code 2, got ${result.code}\nstderr:\n${result.err}`);
  if (result.errLines.length === 0) throw new Error('expected a message on stderr');
  for (const line of result.errLines) {
    if (/^\s+at /.test(line)) throw new Error(`stack trace on stderr:\n${result.err}`);
    if (!line.startsWith('forum-sim: ') && !line.startsWith("Run 'forum-sim"))
      throw new Error(`line without the forum-sim: prefix: ${line}`);
  }
}

/** path -> sha256 of every file under a folder, to prove a command wrote nothing there. */
export function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[p] = createHash('sha256').update(readFileSync(p)).digest('hex') + ' ' + statSync(p).mtimeMs;
    }
  };
  walk(dir);
  return out;
}

/** The problems an InputError carries; fails if `fn` does not throw one. */
export function problemsOf(fn: () => unknown): Problem[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error('expected an InputError');
}
