// Issue 19 row 7: `run --inputs` checks each drawn value against the range `--set` allows for it
// (forum.structure.* against model v3's structural draws), exit 2 naming the key. Before, 1e308 or
// -5 were accepted and used.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectCleanErrors, runMain } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'forum-sim-replay-ranges-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A recorded run of arf-2022 (seed 3), as `run --json` writes it. */
async function recorded(): Promise<{ scenario: string; inputs: { drawn: Record<string, number> } }> {
  const result = await runMain(['run', 'arf-2022', '--seed', '3', '--json']);
  expect(result.code).toBe(0);
  return JSON.parse(result.out);
}

async function replayWith(name: string, drawn: Record<string, number>) {
  const record = await recorded();
  record.inputs.drawn = { ...record.inputs.drawn, ...drawn };
  const file = join(work, name);
  writeFileSync(file, JSON.stringify(record));
  return runMain(['run', 'arf-2022', '--inputs', file, '--json']);
}

describe('run --inputs checks the drawn values', () => {
  it('a recorded run replays as recorded (its values are all in range)', async () => {
    const record = await recorded();
    expect(Object.keys(record.inputs.drawn)).toContain('forum.structure.habit');
    const file = join(work, 'as-recorded.json');
    writeFileSync(file, JSON.stringify(record));
    const replay = await runMain(['run', 'arf-2022', '--inputs', file, '--json']);
    expect(replay.code).toBe(0);
    expect(JSON.parse(replay.out).inputs).toEqual((record as { inputs: unknown }).inputs);
  });

  it.each([
    ['KHM.patience', 1e308, 'expected a number from 0 to 1, got 1e+308'],
    ['KHM.patience', -5, 'expected a number from 0 to 1, got -5'],
    ['CHN.positions.ukraine.salience', 1.5, 'expected a number from 0 to 1, got 1.5'],
    ['forum.structure.insistence', 2, 'expected a number from 0.5 to 1.5, got 2'],
    ['forum.structure.habit', 0.1, 'expected a number from 0.6 to 1.4, got 0.1'],
    ['forum.structure.advocate', 0.5, 'expected 0 or 1, got 0.5'],
    ['forum.structure.text', 2, 'expected 0 or 1, got 2'],
  ])('refuses %s = %s, naming the key', async (key, value, message) => {
    const result = await replayWith(`${key}.json`, { [key]: value });
    expectCleanErrors(result);
    expect(result.errLines[0]).toBe(`forum-sim: ${join(work, `${key}.json`)}: inputs.drawn.${key}: ${message}`);
  });

  it('refuses a key no run draws: a non-participant, a path that is not a number, an unknown forum draw', async () => {
    for (const [key, message] of [
      ['XYZ.patience', 'expected ACTOR.path with ACTOR a participant, got "XYZ.patience"'],
      ['KHM.name', 'no numeric parameter "name"'],
      ['forum.structure.habits', 'no drawn forum parameter "forum.structure.habits"'],
    ] as const) {
      const result = await replayWith('unknown.json', { [key]: 0.5 });
      expectCleanErrors(result);
      expect(result.err).toContain(`inputs.drawn.${key}: ${message}`);
    }
  });
});
