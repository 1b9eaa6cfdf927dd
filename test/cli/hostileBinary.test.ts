// The reproductions of issue 10 that would hang or fill a process, through the real binary with a
// timeout: a FIFO, /dev/zero, and a catalogue whose issues.yaml links to /dev/zero. Each must end at
// once with exit 2 and a line naming the path; how quickly is not asserted, only that it ends.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectCleanErrors, FIXTURES, runBin } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'forum-sim-hostile-bin-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function fifo(name: string): string {
  const path = join(work, name);
  execFileSync('mkfifo', [path]);
  return path;
}

describe.skipIf(process.platform === 'win32')('hostile paths, through the binary', { timeout: 180_000 }, () => {
  it('validate /dev/zero: a device is refused without being read', () => {
    const result = runBin(['validate', '/dev/zero'], { cwd: work });
    expectCleanErrors(result);
    expect(result.errLines).toEqual([
      'forum-sim: /dev/zero: is a character device, expected a regular file',
      'forum-sim: 1 of 1 file(s) invalid',
    ]);
  });

  it('run FIFO.yaml: a FIFO is refused without being opened, so nothing waits for a writer', () => {
    const path = fifo('f.yaml');
    const result = runBin(['run', path], { cwd: work });
    expectCleanErrors(result);
    expect(result.errLines).toEqual([`forum-sim: ${path}: is a FIFO, expected a regular file`]);
  });

  it('run --inputs FIFO and --params /dev/zero are refused the same way', () => {
    const inputs = fifo('inputs.json');
    const replay = runBin(['run', 'arf-2022', '--inputs', inputs], { cwd: work });
    expectCleanErrors(replay);
    expect(replay.errLines).toEqual([`forum-sim: ${inputs}: is a FIFO, expected a regular file`]);
    const params = runBin(['run', 'arf-2022', '--params', '/dev/zero'], { cwd: work });
    expectCleanErrors(params);
    expect(params.errLines).toEqual(['forum-sim: /dev/zero: is a character device, expected a regular file']);
  });

  it('a catalogue whose issues.yaml links to /dev/zero, and an actors file that is a FIFO', () => {
    const catalogue = join(work, 'evil');
    mkdirSync(join(catalogue, 'actors'), { recursive: true });
    symlinkSync('/dev/zero', join(catalogue, 'issues.yaml'));
    execFileSync('mkfifo', [join(catalogue, 'actors/x.yaml')]);
    const forum = join(work, 'forum.yaml');
    const text = readFileSync(join(FIXTURES, 'valid-forum.yaml'), 'utf8');
    writeFileSync(forum, text.replace(/^catalogue: .*$/m, 'catalogue: evil'));
    const result = runBin(['run', forum], { cwd: work });
    expectCleanErrors(result);
    expect(result.errLines).toEqual([
      // Issue 19: a link out of the catalogue folder is refused before its target is looked at.
      `forum-sim: ${join(catalogue, 'issues.yaml')}: is a link to a file outside the catalogue folder: catalogue files must be inside it`,
      `forum-sim: ${join(catalogue, 'actors/x.yaml')}: is a FIFO, expected a regular file`,
    ]);
  });

  it('a file over the cap is refused before it is read', () => {
    const big = join(work, 'big.yaml');
    writeFileSync(big, `# ${'x'.repeat(3 * 1024 * 1024)}\n`);
    const result = runBin(['validate', big], { cwd: work, env: { ...process.env, FORUM_SIM_MAX_FILE_MB: '2' } });
    expectCleanErrors(result);
    expect(result.errLines[0]).toBe(`forum-sim: ${big}: is 3 MB, over the 2 MB limit (FORUM_SIM_MAX_FILE_MB)`);
  });
});
