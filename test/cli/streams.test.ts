// guardStreams on fake streams: asynchronous 'error' events and synchronous throws, on stdout and
// stderr, end in the documented exit codes and never escape.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { describeWriteError, EXIT_OUTPUT_ERROR, guardStreams } from '../../src/cli/streams.js';

const errno = (code: string, errnoValue: number) =>
  Object.assign(new Error(`${code}: failed, write`), { code, errno: errnoValue, syscall: 'write' });
const EPIPE = () => errno('EPIPE', -32);
const ENOSPC = () => errno('ENOSPC', -28);

/** A stream that records what was written, or fails as told: by throwing, or by an 'error' event. */
class FakeStream extends EventEmitter {
  written: string[] = [];
  throws: Error | null = null;
  write(text: string): boolean {
    if (this.throws) throw this.throws;
    this.written.push(text);
    return true;
  }
}

function setup() {
  const stdout = new FakeStream();
  const stderr = new FakeStream();
  const exits: number[] = [];
  const lost: number[] = [];
  const guarded = guardStreams(stdout as never, stderr as never, {
    exit: (code) => exits.push(code),
    lost: (code) => lost.push(code),
  });
  return { stdout, stderr, exits, lost, ...guarded };
}

describe('guardStreams', () => {
  it('writes lines to stdout and stderr, and progress as it is', () => {
    const s = setup();
    s.io.out('a');
    s.io.err('b');
    s.io.progress!('\rc');
    expect(s.stdout.written).toEqual(['a\n']);
    expect(s.stderr.written).toEqual(['b\n', '\rc']);
    expect(s.exitCode(0)).toBe(0);
  });

  it('EPIPE on stdout, as an event or a throw: exit 0 at once, nothing said, later writes dropped', () => {
    for (const how of ['event', 'throw'] as const) {
      const s = setup();
      if (how === 'event') s.stdout.emit('error', EPIPE());
      else {
        s.stdout.throws = EPIPE();
        s.io.out('x');
      }
      s.stdout.throws = null;
      s.io.out('after');
      expect(s.exits).toEqual([0]);
      expect(s.stdout.written).toEqual([]);
      expect(s.stderr.written).toEqual([]);
    }
  });

  it('another stdout failure: one line on stderr and exit 74, once', () => {
    for (const how of ['event', 'throw'] as const) {
      const s = setup();
      if (how === 'event') s.stdout.emit('error', ENOSPC());
      else {
        s.stdout.throws = ENOSPC();
        s.io.out('x');
      }
      s.stdout.emit('error', ENOSPC());
      expect(s.exits).toEqual([EXIT_OUTPUT_ERROR]);
      expect(s.stderr.written).toEqual(['forum-sim: cannot write output: ENOSPC (no space left on device)\n']);
    }
  });

  it('a failing stderr is dropped: EPIPE changes nothing, another failure makes the exit code 74', () => {
    const pipe = setup();
    pipe.stderr.emit('error', EPIPE());
    pipe.io.err('dropped');
    pipe.io.progress!('dropped');
    expect(pipe.stderr.written).toEqual([]);
    expect(pipe.exitCode(1)).toBe(1);
    expect(pipe.lost).toEqual([]);

    const full = setup();
    full.stderr.throws = ENOSPC();
    expect(() => full.io.progress!('\rprogress')).not.toThrow();
    full.io.err('a warning');
    full.io.out('the result');
    expect(full.stdout.written).toEqual(['the result\n']);
    expect(full.exitCode(0)).toBe(EXIT_OUTPUT_ERROR);
    // Found after the command returned (an event comes later): reported through `lost`.
    expect(full.lost).toEqual([EXIT_OUTPUT_ERROR]);
    expect(full.exits).toEqual([]);
  });

  it('describes a write error by its code and the system message', () => {
    expect(describeWriteError(ENOSPC())).toBe('ENOSPC (no space left on device)');
    expect(describeWriteError(Object.assign(new Error('x'), { code: 'ERR_STREAM_DESTROYED' }))).toBe(
      'ERR_STREAM_DESTROYED',
    );
    expect(describeWriteError(new Error('plain'))).toBe('plain');
  });
});
