// `forum-sim params`: every tunable with its range and what it feeds; an actor's values with provenance.
import { describe, expect, it } from 'vitest';
import { FORUM_SETTINGS, feedsOf } from '../../src/domain/parameterFeeds.js';
import { SCALAR_PARAMETERS } from '../../src/domain/tunables.js';
import { loadScenario } from '../../src/scenario/loader.js';
import { FORUM_FIELDS } from '../../src/scenario/overrides.js';
import { delegationParameters } from '../../src/scenario/parameters.js';
import { expectCleanErrors, runMain } from './helpers.js';

describe('forum-sim params', () => {
  it('describes every forum field --set takes, and every delegation parameter feeds something', () => {
    expect(FORUM_SETTINGS.map((s) => s.key)).toEqual(FORUM_FIELDS);
    const scenario = loadScenario('arf-2022');
    for (const actor of scenario.participants)
      for (const p of delegationParameters(scenario, actor)) expect(feedsOf(p.path), p.path).not.toBe('');
  });

  it('lists the registry and the forum settings', async () => {
    const r = await runMain(['params', '--json']);
    const j = JSON.parse(r.out);
    expect(j.delegation.map((p: { path: string }) => p.path)).toEqual(SCALAR_PARAMETERS.map((p) => `ACTOR.${p.key}`));
    expect(j.forum).toHaveLength(FORUM_FIELDS.length);
    const text = await runMain(['params']);
    expect(text.out).toMatch(/ACTOR\.patience\s+0\.\.1\s+stance: deadline concessions/);
  });

  it("an actor's parameters with value, range, provenance from the profile files and feeds", async () => {
    const j = JSON.parse((await runMain(['params', 'USA', '--json'])).out);
    const patience = j.parameters.find((p: { path: string }) => p.path === 'USA.patience');
    expect(patience).toMatchObject({ value: '0.2', range: '0..1', provenance: 'assumed' });
    expect(patience.feeds).toBe(SCALAR_PARAMETERS.find((p) => p.key === 'patience')!.feeds);
    const ukraineMin = j.parameters.find((p: { path: string }) => p.path === 'USA.positions.ukraine.min');
    expect(ukraineMin.provenance).toContain('G7 leaders');
    expect((await runMain(['params', 'KHM', '--scenario', 'amm-2022'])).out).toContain('KHM at amm-2022');
  });

  it('an actor not seated is exit 2 with a suggestion', async () => {
    const r = await runMain(['params', 'USB']);
    expectCleanErrors(r);
    expect(r.err).toContain('did you mean');
  });
});
