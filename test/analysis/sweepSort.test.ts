// Sorting a sweep file's lines by run index: every byte of every line kept, the header first,
// in bounded passes (a small window here), and a file cut short or with a run twice refused.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortSweepFile } from '../../src/analysis/sweepSort.js';
import { InputError } from '../../src/scenario/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'forum-sim-sort-'));
const HEADER = Buffer.from('{"forumSimSweep":2,"runs":40}\n');
/** Line of run i; some with a byte that is not UTF-8, some with their keys in another order. */
const line = (i: number) =>
  Buffer.concat([
    Buffer.from(i % 7 === 0 ? `{"scenario":"x","run":${i},"n":"` : `{"run":${i},"n":"`),
    i % 5 === 0 ? Buffer.from([0xff, 0xc3]) : Buffer.from('é'.repeat(i % 4)),
    Buffer.from('"}\n'),
  ]);
const ORDER = [5, 3, 39, 0, 14, 7, 1, 2, 21, 20, 10, 35, 4, 6];

function fileOf(name: string, runs: number[], tail = Buffer.alloc(0)): string {
  const file = join(dir, name);
  writeFileSync(file, Buffer.concat([HEADER, ...runs.map(line), tail]));
  return file;
}

describe('sortSweepFile', () => {
  it.each([1, 3, 100])('puts the lines in run order, byte for byte (window %i)', (window) => {
    const file = fileOf(`shuffled-${window}.jsonl`, ORDER);
    expect(sortSweepFile(file, window)).toBe(true);
    const sorted = [...ORDER].sort((a, b) => a - b);
    expect(readFileSync(file).equals(Buffer.concat([HEADER, ...sorted.map(line)]))).toBe(true);
  });

  it('leaves a file in order untouched', () => {
    const file = fileOf('sorted.jsonl', [0, 1, 2, 9]);
    const before = statSync(file);
    expect(sortSweepFile(file)).toBe(false);
    expect(statSync(file).ino).toBe(before.ino);
  });

  it('refuses a file cut short or with a run twice, and leaves it as it was', () => {
    const cut = fileOf('cut.jsonl', [3, 1], Buffer.from('{"run":2,"n'));
    const bytes = readFileSync(cut);
    expect(() => sortSweepFile(cut)).toThrow(/cut.jsonl:4: cut short/);
    expect(readFileSync(cut).equals(bytes)).toBe(true);
    const twice = fileOf('twice.jsonl', [3, 1, 3]);
    const error = (() => {
      try {
        sortSweepFile(twice);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(String((error as InputError).message)).toContain('run 3 appears twice');
    expect(readFileSync(twice).equals(Buffer.concat([HEADER, line(3), line(1), line(3)]))).toBe(true);
  });
});
