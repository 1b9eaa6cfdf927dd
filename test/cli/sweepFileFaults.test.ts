// Issue 19 (rows 2, 10, 13): the sweep file on a failing filesystem, the faults injected into
// node:fs: a read-only filesystem under --resume, a full disk while the header or the runs are
// written. Each is exit 74 with one line naming the file (control characters escaped), never an
// internal error, and never an empty file left behind.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runMain } from './helpers.js';

type Fault = (op: string, path: string, data?: unknown) => 'EROFS' | 'ENOSPC' | null;
const state: { fault: Fault | null } = { fault: null };

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const paths = new Map<number, string>();
  const raise = (code: 'EROFS' | 'ENOSPC', syscall: string) => {
    throw Object.assign(new Error(`${code}: injected, ${syscall}`), { code, errno: -constants.errno[code], syscall });
  };
  const check = (op: string, path: unknown, data?: unknown) => {
    const code = state.fault?.(op, String(path), data);
    if (code) raise(code, op);
  };
  const wrapped = {
    openSync: ((path: string, flags?: string, mode?: number) => {
      if (flags !== undefined && flags !== 'r') check('open', path);
      const fd = fs.openSync(path, flags ?? 'r', mode);
      paths.set(fd, String(path));
      return fd;
    }) as typeof fs.openSync,
    writeSync: ((fd: number, data: unknown, ...rest: unknown[]) => {
      check('write', paths.get(fd) ?? '', data);
      return (fs.writeSync as (...args: unknown[]) => number)(fd, data, ...rest);
    }) as typeof fs.writeSync,
    truncateSync: ((path: string, len?: number) => {
      check('truncate', path);
      return fs.truncateSync(path, len);
    }) as typeof fs.truncateSync,
  };
  return { ...fs, ...wrapped, default: { ...fs, ...wrapped } };
});

const dir = mkdtempSync(join(tmpdir(), 'forum-sim-sweep-faults-'));
const at = (name: string) => join(dir, name);
const SWEEP = ['sweep', 'arf-2022', '--runs', '12', '--seed', '3', '--workers', '1', '--json'];
const inDir = (path: string) => path.startsWith(dir);

afterEach(() => {
  state.fault = null;
});

describe('the sweep file on a failing filesystem', () => {
  it('--resume on a read-only filesystem: exit 74 naming EROFS, the file unchanged (row 10)', async () => {
    const file = at('readonly.jsonl');
    expect((await runMain([...SWEEP, '--out', file])).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.length - 20)); // a line cut short: resume must truncate
    const before = readFileSync(file);
    state.fault = (op, path) => (inDir(path) ? 'EROFS' : null);
    const r = await runMain([...SWEEP, '--out', file, '--resume']);
    expect(r.code, r.err).toBe(74);
    expect(r.err).toMatch(/^forum-sim: cannot write .*readonly\.jsonl.*: EROFS \(read-only file system\)$/m);
    expect(r.err).not.toMatch(/internal error|^\s+at /m);
    expect(readFileSync(file)).toEqual(before);
  });

  it('a full disk while the header is written: exit 74, and no file left to block a retry (row 2)', async () => {
    const file = at('full-header.jsonl');
    state.fault = (op, path, data) =>
      op === 'write' && inDir(path) && String(data).startsWith('{"forumSimSweep"') ? 'ENOSPC' : null;
    const r = await runMain([...SWEEP, '--out', file]);
    expect(r.code, r.err).toBe(74);
    expect(r.err).toContain('ENOSPC (no space left on device)');
    expect(existsSync(file)).toBe(false);
    state.fault = null;
    const retry = await runMain([...SWEEP, '--out', file]);
    expect(retry.code, retry.err).toBe(0);
  });

  it('a full disk while runs are written: exit 74, the path escaped (row 13)', async () => {
    const file = at('full\u001b]0;title\u0007.jsonl');
    state.fault = (op, path, data) =>
      op === 'write' && inDir(path) && String(data).startsWith('{"run"') ? 'ENOSPC' : null;
    const r = await runMain([...SWEEP, '--out', file]);
    expect(r.code).toBe(74);
    expect(r.err).toContain('full\\x1b]0;title\\x07.jsonl: ENOSPC (no space left on device)');
    expect(r.err).not.toMatch(/[\u0000-\u0008\u001b]/);
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(2); // the header, whole
  });
});
