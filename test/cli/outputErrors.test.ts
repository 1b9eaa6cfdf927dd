// Output that cannot be written: a reader that went away (EPIPE) ends the binary quietly with 0;
// any other failure (ENOSPC on /dev/full) is one line on stderr and exit 74; never a stack trace,
// never a hang (backtest's worker threads included).
import { spawn, type StdioOptions } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT } from './helpers.js';

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  err: string;
}

/**
 * Spawns the binary; with `closeStdoutAfter` its stdout is a pipe the test closes after that many
 * chunks (0: at once), as `| head` does.
 */
function spawnBin(args: string[], stdio: StdioOptions, closeStdoutAfter?: number): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio });
    let err = '';
    child.stderr?.setEncoding('utf8').on('data', (text: string) => (err += text));
    if (closeStdoutAfter !== undefined && child.stdout) {
      let chunks = 0;
      if (closeStdoutAfter === 0) child.stdout.destroy();
      else child.stdout.on('data', () => ++chunks >= closeStdoutAfter && child.stdout!.destroy());
    }
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, err }));
  });
}

const expectNoStack = (err: string) => {
  expect(err).not.toMatch(/^\s+at /m);
  expect(err).not.toContain('Unhandled');
};

describe('output errors of the real binary', { timeout: 180_000 }, () => {
  it('a reader that goes away after the first chunk (| head -1): exit 0, nothing on stderr', async () => {
    const r = await spawnBin(['run', 'arf-2022', '--json', '--transcript'], ['ignore', 'pipe', 'pipe'], 1);
    expect(r).toEqual({ code: 0, signal: null, err: '' });
  });

  it('the text transcript into a closed pipe: exit 0, nothing on stderr', async () => {
    const r = await spawnBin(['run', 'arf-2022', '--transcript', '--explain'], ['ignore', 'pipe', 'pipe'], 0);
    expect(r).toEqual({ code: 0, signal: null, err: '' });
  });

  it('backtest on worker threads into a closed pipe ends, with exit 0', async () => {
    const args = ['backtest', '--runs', '2', '--workers', '2', `${FIXTURES}/cases`];
    const r = await spawnBin(args, ['ignore', 'pipe', 'pipe'], 0);
    expect(r).toEqual({ code: 0, signal: null, err: '' });
  });

  describe.runIf(existsSync('/dev/full'))('on a full device (/dev/full)', () => {
    const withFull = async (args: string[], full: 'stdout' | 'stderr' | 'both') => {
      const fd = openSync('/dev/full', 'w');
      try {
        const stdio: StdioOptions =
          full === 'stdout'
            ? ['ignore', fd, 'pipe']
            : full === 'stderr'
              ? ['ignore', 'ignore', fd]
              : ['ignore', fd, fd];
        return await spawnBin(args, stdio);
      } finally {
        closeSync(fd);
      }
    };

    it('stdout: exit 74 and one line on stderr naming the error', async () => {
      for (const args of [['run', 'arf-2022'], ['run', 'arf-2022', '--json', '--transcript'], ['list']]) {
        const r = await withFull(args, 'stdout');
        expect(r.code).toBe(74);
        expect(r.err).toBe('forum-sim: cannot write output: ENOSPC (no space left on device)\n');
        expectNoStack(r.err);
      }
    });

    it('stderr (bad input reported there): exit 74, not a crash', async () => {
      const r = await withFull(['validate', `${FIXTURES}/bad/empty.yaml`], 'stderr');
      expect(r.code).toBe(74);
    });

    it('both: exit 74, without a trace anywhere', async () => {
      const r = await withFull(['run', 'arf-2022', '--set', 'NOPE.patience=0.1'], 'both');
      expect(r.code).toBe(74);
    });
  });
});
