// A run replayed from its `run --json --transcript` output alone: the fold of its events gives the
// final delegations, outcome and statement the same output reports.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { delegationsOf, replayEvents, type ForumEvent } from '../../src/testing/index.js';
import { runMain } from './helpers.js';

const VOTES = join(new URL('../fixtures/votes/', import.meta.url).pathname);

describe('run --json --transcript replays from the log alone', () => {
  it.each([
    ['arf-2022', '4'],
    ['g20-fmm-2022', '1'],
    ['amm-2022', '2'],
    [join(VOTES, 'majority.yaml'), '2'],
  ])('%s seed %s', async (scenario, seed) => {
    const r = await runMain(['run', scenario, '--seed', seed, '--json', '--transcript']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      schemaVersion: number;
      outcome: string;
      statement: unknown;
      delegations: unknown;
      votes: unknown;
      transcript: ForumEvent[];
    };
    expect(json.schemaVersion).toBe(2);
    const state = replayEvents(json.transcript);
    expect(delegationsOf(state)).toEqual(json.delegations);
    expect(state.outcome).toBe(json.outcome);
    expect(state.statement).toEqual(json.statement);
    if (json.votes)
      expect(Object.fromEntries(Object.entries(state.delegations).map(([id, d]) => [id, d.vote]))).toEqual(json.votes);
  });

  it('prints one line per event with --transcript, each naming its typed event', async () => {
    const r = await runMain(['run', 'amm-2022', '--seed', '1', '--transcript']);
    const lines = r.out.split('\n').filter((l) => /^#\s*\d+ r\d/.test(l));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(/delegation\.arrived/);
    expect(lines.at(-1)).toMatch(/ outcome /);
  });
});
