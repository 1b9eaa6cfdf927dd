import { describe, expect, it } from 'vitest';
import { approachOutcome } from '../../src/actors/influence.js';
import { runScenario } from '../../src/engine/run.js';
import { LADDER5, position, profile, scenario } from '../support/build.js';

describe('approachOutcome', () => {
  const approach = {
    style: 'threats' as const,
    strength: 1,
    susceptibility: 1,
    faceSensitivity: 1,
    lobbyistIsHost: false,
  };
  it('backfires on a face-sensitive target when the first draw is low, else persuades when the second is', () => {
    expect(approachOutcome(approach, 0.1, 0.1)).toBe('backfired');
    expect(approachOutcome(approach, 0.9, 0.1)).toBe('persuaded');
    expect(approachOutcome({ ...approach, susceptibility: 0 }, 0.9, 0.1)).toBe('unmoved');
  });
  it('never backfires for appeals, and a host threatening at home stings less', () => {
    expect(approachOutcome({ ...approach, style: 'appeals' }, 0, 0.99)).toBe('unmoved');
    // threats: 0.5 backfire weight; away x1.5 = 0.75, at home 0.5
    expect(approachOutcome(approach, 0.6, 0.99)).toBe('backfired');
    expect(approachOutcome({ ...approach, lobbyistIsHost: true }, 0.6, 0.99)).toBe('persuaded');
  });
});

describe('lobbying in a run', () => {
  const power = (style: 'promises' | 'threats') =>
    profile(
      'PWR',
      { war: position(4, 3, 4) },
      { lobbying: { strength: 1, style, targets: ['TGT'], issues: ['war'] }, reservation: 0 },
    );
  const target = (faceSensitivity: number) =>
    profile('TGT', { war: position(1, 0, 2) }, { susceptibility: { PWR: 1 }, faceSensitivity, reservation: 0 });
  const host = profile('AAA', { war: position(2, 0, 4) }, { reservation: 0 });

  it('moves a susceptible target toward the lobbyist and logs it', () => {
    const result = runScenario(scenario([host, power('promises'), target(0)], { draft: { war: 2 } }, [LADDER5]), {
      seed: 2,
      transcript: true,
    });
    const moves = result.transcript.filter(
      (e) => e.type === 'lobby.approach' && e.target === 'TGT' && e.outcome === 'persuaded',
    );
    expect(moves.length).toBeGreaterThan(0);
    expect(moves[0]).toMatchObject({ actor: 'PWR', issue: 'war', towardId: 'condemn' });
  });

  it('a threat to a face-sensitive target backfires: the power loses face and the target resents it', () => {
    const result = runScenario(scenario([host, power('threats'), target(1)], { draft: { war: 2 } }, [LADDER5]), {
      seed: 2,
      transcript: true,
    });
    const lost = result.transcript.find((e) => e.type === 'power.lostFace' && e.actor === 'PWR')!;
    expect(lost).toBeDefined();
    expect(lost.type === 'power.lostFace' && lost.to).toBeCloseTo(0.5);
    expect(result.transcript.some((e) => e.type === 'target.resented' && e.actor === 'TGT' && e.power === 'PWR')).toBe(
      true,
    );
    // Once resentful, the target is never approached again by that power.
    const approachesAfter = result.transcript.filter(
      (e) => e.seq > lost.seq && e.type === 'lobby.approach' && e.target === 'TGT',
    );
    expect(approachesAfter).toEqual([]);
  });

  it('a power loses face at most once a round, however many threats backfire', () => {
    const threatening = profile(
      'PWR',
      { war: position(4, 3, 4) },
      { lobbying: { strength: 1, style: 'threats', targets: ['TGT', 'TG2'], issues: ['war'] }, reservation: 0 },
    );
    const second = { ...target(1), id: 'TG2', name: 'Second target' };
    const result = runScenario(scenario([host, threatening, target(1), second], { draft: { war: 2 } }, [LADDER5]), {
      seed: 2,
      transcript: true,
    });
    const resented = result.transcript.filter((e) => e.type === 'target.resented');
    const lost = result.transcript.filter((e) => e.type === 'power.lostFace' && e.actor === 'PWR');
    // Both threats backfired in the same round...
    expect(
      resented
        .filter((e) => e.round === 1)
        .map((e) => e.actor)
        .sort(),
    ).toEqual(['TG2', 'TGT']);
    const rounds = lost.map((e) => e.round);
    expect(new Set(rounds).size).toBe(rounds.length);
  });

  it('an absent delegation is neither counted nor lobbied', () => {
    const s = scenario([host, power('promises'), target(0)], { draft: { war: 2 }, absent: ['TGT'] }, [LADDER5]);
    const result = runScenario(s, { seed: 2, transcript: true });
    expect(result.delegations.TGT).toEqual({ stance: 'absent', present: false });
    expect(
      result.transcript.some(
        (e) =>
          (e.actor === 'TGT' && e.type !== 'delegation.arrived') || (e.type === 'lobby.approach' && e.target === 'TGT'),
      ),
    ).toBe(false);
  });
});
