// Delegation rank: a principal (the default) changes nothing, byte for byte; a deputy or an
// official lobbies with less weight; `rank` is set by --set, by a forum file's profile, and
// checked like any other field.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/types.js';
import { atRank, rankWeight, RANK_WEIGHT, stepsBelow } from '../../src/engine/rank.js';
import { runScenario } from '../../src/engine/run.js';
import { formatExplain } from '../../src/cli/explain.js';
import { InputError } from '../../src/scenario/errors.js';
import { loadScenario, scenarioPath } from '../../src/scenario/loader.js';
import { applyOverrides } from '../../src/scenario/overrides.js';

const arf = loadScenario('arf-2022');

describe('rank weights', () => {
  it('are 1 for a principal at every level, lower one and two steps down', () => {
    for (const level of ['officials', 'ministers', 'leaders'] as const) expect(rankWeight(undefined, level)).toBe(1);
    expect(rankWeight('deputy', 'ministers')).toBe(RANK_WEIGHT[1]);
    expect(rankWeight('official', 'leaders')).toBe(RANK_WEIGHT[2]);
    expect(RANK_WEIGHT[2]!).toBeLessThan(RANK_WEIGHT[1]!);
    expect(RANK_WEIGHT[1]!).toBeLessThan(1);
  });

  it('count an official at an officials meeting as its principal', () => {
    expect(stepsBelow('official', 'officials')).toBe(0);
    expect(stepsBelow('deputy', 'officials')).toBe(1);
  });

  it('leave a profile untouched at weight 1 and scale its lobbying below', () => {
    const usa = arf.profiles.USA!;
    expect(atRank(usa, 1)).toBe(usa);
    const deputy = atRank(usa, 0.7) as Profile & { lobbying: NonNullable<Profile['lobbying']> };
    expect(deputy.lobbying.strength).toBeCloseTo(usa.lobbying!.strength * 0.7, 12);
    expect(atRank({ ...usa, lobbying: null }, 0.5).lobbying).toBeNull();
  });
});

const arrivedStrength = (overrides: Record<string, string>) => {
  const result = runScenario(arf, { seed: '3', overrides });
  const arrived = result.transcript.find(
    (e) => e.type === 'delegation.arrived' && 'actor' in e && e.actor === 'USA',
  ) as { lobbyingStrength: number | null };
  return arrived.lobbyingStrength!;
};

describe('rank in a run', () => {
  it('as principal gives the very run the scenario gives without it', () => {
    const plain = runScenario(arf, { seed: '11' });
    const principal = runScenario(arf, { seed: '11', overrides: { 'USA.rank': 'principal' } });
    expect(JSON.stringify({ ...principal, inputs: { ...principal.inputs, overrides: {} } })).toBe(
      JSON.stringify({ ...plain, inputs: { ...plain.inputs, overrides: {} } }),
    );
  });

  it('as deputy seats the delegation with its lobbying weighted down', () => {
    const principal = arrivedStrength({});
    expect(principal).toBeGreaterThan(0);
    expect(arrivedStrength({ 'USA.rank': 'deputy' })).toBeCloseTo(principal * RANK_WEIGHT[1]!, 12);
    expect(arrivedStrength({ 'USA.rank': 'official' })).toBeCloseTo(principal * RANK_WEIGHT[2]!, 12);
  });
});

describe('rank as input', () => {
  it('is set by --set and refused with the choices when unknown', () => {
    expect(applyOverrides(arf, { 'USA.rank': 'deputy' }).profiles.USA!.rank).toBe('deputy');
    expect(() => applyOverrides(arf, { 'USA.rank': 'minister' })).toThrow(InputError);
    try {
      applyOverrides(arf, { 'USA.rank': 'minister' });
    } catch (error) {
      expect((error as InputError).problems[0]!.message).toContain('principal, deputy, official');
    }
  });

  it('is read from a forum file profile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'forum-sim-rank-'));
    // Like every value in a forum file, the rank says where it comes from.
    const text = readFileSync(scenarioPath('arf-2022'), 'utf8')
      .replace(/^profiles:\n  USA:\n/m, 'profiles:\n  USA:\n    rank: deputy\n')
      .replace('    provenance: {walkout:', '    provenance: {rank: "assumed", walkout:');
    expect(text).toContain('rank: deputy');
    const file = join(dir, 'arf-deputy.yaml');
    writeFileSync(file, text);
    expect(loadScenario(file).profiles.USA!.rank).toBe('deputy');
  });

  it('is said by run --explain, with its weight and its source', () => {
    const deputy = applyOverrides(arf, { 'USA.rank': 'deputy' });
    const text = formatExplain(deputy, runScenario(deputy, { seed: '2' }));
    expect(text).toMatch(
      /^ {2}rank: deputy at a ministers meeting \(its lobbying and its face weighted 0\.7\) {2}<- .+$/m,
    );
    expect(formatExplain(arf, runScenario(arf, { seed: '2' }))).not.toContain('rank:');
  });
});
