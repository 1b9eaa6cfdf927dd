// The sweep file's lines are split on bytes (issue 19, row 4): whatever bytes a file holds, valid
// UTF-8 or not, each line's end is exactly where its newline is on disk, so resume cuts there.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { readLines } from '../../src/analysis/sweepFile.js';
import { propertySettings, propertyTimeout } from '../../src/testing/settings.js';

const settings = propertySettings();
vi.setConfig({ testTimeout: propertyTimeout(settings, 5) });
const dir = mkdtempSync(join(tmpdir(), 'forum-sim-lines-'));
let files = 0;

/** Where each line ends (just past its newline, or at the end of the file), found byte by byte. */
function expectedEnds(bytes: Buffer): number[] {
  const ends: number[] = [];
  bytes.forEach((byte, i) => byte === 0x0a && ends.push(i + 1));
  if (bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a) ends.push(bytes.length);
  return ends;
}

function linesOf(bytes: Buffer) {
  const file = join(dir, `f${files++}`);
  writeFileSync(file, bytes);
  return [...readLines(file)];
}

// Bytes weighted toward newlines and the starts of multi-byte sequences, cut or whole.
const byte = fc.oneof(fc.constantFrom(0x0a, 0xff, 0xc3, 0xa9, 0xe2, 0x80, 0xf0), fc.integer({ min: 0, max: 255 }));

describe(`sweep file lines on bytes (fast-check seed ${settings.seed}, ${settings.numRuns} runs)`, () => {
  test.prop([fc.array(byte, { maxLength: 300 })], settings)('every line ends where its newline is', (array) => {
    const bytes = Buffer.from(array);
    const lines = linesOf(bytes);
    expect(lines.map((l) => l.end)).toEqual(expectedEnds(bytes));
    expect(lines.map((l) => l.terminated)).toEqual(expectedEnds(bytes).map((end) => bytes[end - 1] === 0x0a));
  });

  it('a line across the 64 KB read chunks, with a stray byte before it, ends at its newline', () => {
    const bytes = Buffer.concat([Buffer.from('a\xff\n', 'latin1'), Buffer.alloc(70_000, 0x41), Buffer.from('\nz')]);
    const lines = linesOf(bytes);
    expect(lines.map((l) => l.end)).toEqual([3, 70_004, 70_005]);
    expect(lines[1]!.text).toHaveLength(70_000);
  });
});
