// applyEvent on runs whose story is known: what the fold carries beyond stances.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { replayEvents } from '../../src/engine/replay.js';
import { CONSENSUS_ROUND, VOTE_ROUND } from '../../src/engine/phases.js';
import { LADDER5, position, profile, scenario } from '../support/build.js';

describe('applyEvent', () => {
  it('carries impatience from round.closed: patience x elapsed for each present delegation', () => {
    const stubborn = [
      profile('AAA', { war: position(1, 1, 1) }, { patience: 0.4 }),
      profile('BBB', { war: position(3, 3, 3) }, { patience: 0.2 }),
    ];
    const run = runScenario(scenario(stubborn, { draft: { war: 2 } }, [LADDER5]), { seed: 1, transcript: true });
    const afterRound1 = run.transcript.findIndex((e) => e.type === 'round.closed') + 1;
    const state = replayEvents(run.transcript.slice(0, afterRound1));
    // Round 1 of 5: elapsed = 1 / 4.
    expect(state.delegations.AAA!.widening).toBeCloseTo(0.1);
    expect(state.delegations.BBB!.widening).toBeCloseTo(0.05);
  });

  it('tells a power losing face from a target resenting it, and moves the target away', () => {
    const host = profile('AAA', { war: position(2, 0, 4) }, { reservation: 0 });
    const power = profile(
      'PWR',
      { war: position(4, 3, 4) },
      { lobbying: { strength: 1, style: 'threats', targets: ['TGT'], issues: ['war'] }, reservation: 0 },
    );
    const target = profile(
      'TGT',
      { war: position(1, 0, 2) },
      { susceptibility: { PWR: 1 }, faceSensitivity: 1, reservation: 0 },
    );
    const run = runScenario(scenario([host, power, target], { draft: { war: 2 } }, [LADDER5]), {
      seed: 2,
      transcript: true,
    });
    const state = replayEvents(run.transcript);
    expect(state.delegations.PWR).toMatchObject({ lostFace: true, lobbyingStrength: 0.5, resents: [] });
    expect(state.delegations.TGT).toMatchObject({ lostFace: false, resents: ['PWR'] });
    // Resentment moved TGT's ideal away from the power's condemn (rung 4), within its interval.
    expect(state.delegations.TGT!.positions.war!.ideal).toBe(0);
  });
});

describe('the round as a table of phases', () => {
  it('consensus: tabling, statements, lobbying, adoption, closing, revision; a vote debates without adoption or revision', () => {
    expect(CONSENSUS_ROUND.map((p) => p.phase)).toEqual([
      'tabling',
      'statements',
      'lobbying',
      'adoption',
      'closing',
      'revision',
    ]);
    expect(VOTE_ROUND.map((p) => p.phase)).toEqual(['tabling', 'statements', 'lobbying', 'closing']);
  });
});
