// Small hand-built scenarios for unit tests, without going through YAML.
import type { IssueDef, Position, Profile, Scenario } from '../../src/domain/types.js';

export const LADDER5: IssueDef = {
  id: 'war',
  title: 'War',
  droppable: true,
  ladder: ['omit', 'dialogue', 'ceasefire', 'investigation', 'condemn'].map((id, i) => ({
    id,
    text: i === 0 ? null : `On the war: ${id}.`,
  })),
};

export const LADDER3: IssueDef = {
  id: 'trade',
  title: 'Trade',
  droppable: true,
  ladder: ['omit', 'open-trade', 'wto-reform'].map((id, i) => ({ id, text: i === 0 ? null : `On trade: ${id}.` })),
};

export function position(ideal: number, min: number, max: number, extra: Partial<Position> = {}): Position {
  return { ideal, min, max, hard: false, salience: 0.5, ...extra };
}

export function profile(id: string, positions: Record<string, Position>, extra: Partial<Profile> = {}): Profile {
  return {
    id,
    name: `Delegation ${id}`,
    bloc: null,
    positions,
    reservation: 0.3,
    patience: 0,
    risk: 0,
    capability: 0.5,
    susceptibility: {},
    faceSensitivity: 0,
    walkout: [],
    lobbying: null,
    ...extra,
  };
}

export function scenario(
  profiles: Profile[],
  extra: Partial<Scenario> = {},
  issues: IssueDef[] = [LADDER5, LADDER3],
): Scenario {
  const participants = profiles.map((p) => p.id).sort();
  return {
    id: 'test-forum',
    name: 'Test forum',
    date: '2022-08-04',
    kind: 'test',
    level: 'ministers',
    host: participants[0]!,
    chair: participants[0]!,
    participants,
    absent: [],
    rules: {
      decisionRule: 'consensus',
      fallback: 'chair-statement',
      roundLimit: 5,
      speakingOrder: 'alphabetical',
      noise: 0,
      permanent: [],
      preparation: 0,
    },
    issues,
    draft: Object.fromEntries(issues.map((i) => [i.id, 1])),
    profiles: Object.fromEntries(profiles.map((p) => [p.id, p])),
    provenance: Object.fromEntries(profiles.map((p) => [p.id, { positions: 'assumed', reservation: 'assumed' }])),
    uncertainty: { enabled: false, narrow: 0.05, wide: 0.2, spreads: {} },
    expected: null,
    source: 'test',
    hash: 'test',
    ...extra,
  };
}
