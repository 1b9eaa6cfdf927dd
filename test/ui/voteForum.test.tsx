// The UI on a vote forum: replay keeps walkouts as walkouts and records votes; the app plays to the tally.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/loader.js';
import { replay } from '../../src/ui/replay.js';
import { play } from '../../src/ui/session.js';
import { KEY, renderApp, waitFor } from './support.js';

const FIXTURES = join(new URL('../fixtures/votes/', import.meta.url).pathname);

describe('a vote forum in the UI', () => {
  it('replay: each delegation ends with its final stance (protesters back in their seats) and its vote', () => {
    const scenario = loadScenario(join(FIXTURES, 'majority.yaml'));
    const run = play(scenario, {}, '2');
    const end = replay(scenario, run, run.transcript.length);
    expect(Object.fromEntries(end.delegations.map((d) => [d.id, d.stance]))).toEqual(
      Object.fromEntries(Object.entries(run.delegations).map(([id, d]) => [id, d.stance])),
    );
    expect(Object.fromEntries(end.delegations.map((d) => [d.id, d.vote]))).toEqual(run.votes);
    expect(run.transcript.some((e) => e.type === 'walkout')).toBe(true);
    expect(end.delegations.some((d) => d.stance === 'walkedOut')).toBe(false);
    // Before the voting phase nobody has voted.
    const beforeVote = run.transcript.findIndex((e) => e.type === 'vote.cast');
    expect(replay(scenario, run, beforeVote).delegations.every((d) => d.vote === null)).toBe(true);
  });

  it('plays a Security Council vote to the end and shows the outcome with the tally', async () => {
    const scenario = loadScenario(join(FIXTURES, 'security-council.yaml'));
    const app = renderApp({ entries: [{ ref: 'sc', scenario, error: null }], initial: 'sc', seed: '1' });
    await app.press(KEY.enter);
    // Playback runs on a timer: some 90 events take several seconds.
    await waitFor(() => app.lastFrame()!.includes('Outcome:'));
    const frame = await app.until('vetoed by RUS');
    expect(frame).toContain('Outcome: vetoed after 2 round(s)');
    expect(frame).toContain('12-1-2 (yes-no-abstain), 0 absent; vetoed by RUS');
    expect(app.screen()).toMatch(/no {8}1 {2}RUS/);
  });
});
