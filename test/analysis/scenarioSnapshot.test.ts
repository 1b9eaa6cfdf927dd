// Issue 19, row 3: a sweep, a backtest and a sensitivity run on the scenario as parsed when they
// started. Workers get it as data and never read the file, so an edit to it, or breaking it,
// while runs are under way changes nothing. (Before: workers read the file when they started,
// after the main thread had hashed it, and computed every run on the edit, or exited 70.)
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backtest } from '../../src/analysis/backtest.js';
import { caseFiles, loadCases } from '../../src/cli/backtestCommand.js';
import { sensitivityCommand } from '../../src/cli/sensitivityCommand.js';
import { sweepCommand } from '../../src/cli/sweepCommand.js';
import { scenarioPath } from '../../src/scenario/loader.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');

function copyOfArf(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'forum-sim-snapshot-')), 'arf.yaml');
  cpSync(scenarioPath('arf-2022'), file);
  return file;
}

const EDITS = {
  changed: (text: string) => text.replace(/roundLimit: \d+/, 'roundLimit: 1'),
  broken: () => 'forum: [',
};

/**
 * Runs `command`, editing `file` the first time it reports progress: after the main thread has
 * parsed and hashed the file, before any worker has started a run.
 */
async function withEditAtStart(
  file: string,
  edit: ((text: string) => string) | null,
  command: (progress: (text: string) => void) => Promise<number>,
) {
  const original = readFileSync(file, 'utf8');
  let edited = edit === null;
  try {
    const progress = () => {
      if (edited) return;
      edited = true;
      writeFileSync(file, edit!(original));
    };
    return await command(progress);
  } finally {
    writeFileSync(file, original);
  }
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('one scenario snapshot per sweep', () => {
  it.each(Object.entries(EDITS))('an edit (%s) to the file during the sweep changes no run', async (_, edit) => {
    const file = copyOfArf();
    const sweep = async (change: ((text: string) => string) | null) => {
      const { io, out, err } = capture();
      const code = await withEditAtStart(file, change, (progress) =>
        sweepCommand([file, '--runs', '8', '--seed', '5', '--workers', '2', '--json'], io, { progress }),
      );
      return { code, summary: out.join('\n'), err: err.join('\n') };
    };
    const plain = await sweep(null);
    const edited = await sweep(edit);
    expect(plain.code).toBe(0);
    expect(edited).toEqual(plain);
  });
});

describe('one scenario snapshot per sensitivity run', () => {
  it('an edit to the file while it runs changes no setting', async () => {
    const file = copyOfArf();
    const run = async (change: ((text: string) => string) | null) => {
      const { io, out } = capture();
      const args = [file, '--runs', '4', '--param', 'CHN.patience', '--workers', '2', '--json'];
      const code = await withEditAtStart(file, change, (progress) => sensitivityCommand(args, io, { progress }));
      return { code, report: out.join('\n') };
    };
    const plain = await run(null);
    expect(plain.code).toBe(0);
    expect(await run(EDITS.broken)).toEqual(plain);
  });
});

describe('one scenario snapshot per backtest', () => {
  /** A fresh copy of the fixture cases (a fresh path: nothing of it is cached anywhere yet). */
  function copyOfCases(): string {
    const dir = mkdtempSync(join(tmpdir(), 'forum-sim-snapshot-'));
    cpSync(join(FIXTURES, 'catalogue'), join(dir, 'catalogue'), { recursive: true });
    cpSync(join(FIXTURES, 'cases'), join(dir, 'cases'), { recursive: true });
    return dir;
  }
  const casesIn = (dir: string) => loadCases(caseFiles([join(dir, 'cases')]));
  const withoutDir = (report: unknown, dir: string) => JSON.parse(JSON.stringify(report).replaceAll(dir, 'DIR'));

  it("a case file broken after the backtest started does not touch that case's runs", async () => {
    const plainDir = copyOfCases();
    const plain = await backtest(casesIn(plainDir), 20, '7', { workers: 1 });
    const dir = copyOfCases();
    // One worker runs the cases in order: the last one's file is broken once the first case is done.
    const broken = await backtest(casesIn(dir), 20, '7', {
      workers: 1,
      onProgress: () => writeFileSync(join(dir, 'cases', 'vote.yaml'), 'forum: ['),
    });
    expect(withoutDir(broken, dir)).toEqual(withoutDir(plain, plainDir));
  });
});
