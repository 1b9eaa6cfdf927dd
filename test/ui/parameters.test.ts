import { describe, expect, it } from 'vitest';
import { SCALAR_PARAMETERS } from '../../src/domain/tunables.js';
import { editableParameters } from '../../src/ui/parameters.js';
import { play } from '../../src/ui/session.js';
import { ENTRIES } from './support.js';

const arf = ENTRIES.find((e) => e.ref === 'arf-2022')!.scenario!;

describe("the editor's parameters", () => {
  it('leave out capability, the compromise baseline weight, and keep the scalars that act in a run', () => {
    for (const actor of arf.participants) {
      const paths = editableParameters(arf, actor).map((p) => p.path);
      expect(paths).not.toContain('capability');
      for (const key of ['reservation', 'patience', 'faceSensitivity', 'risk']) expect(paths).toContain(key);
    }
  });

  it('leave out exactly the parameters the registry marks as read only by the baseline', () => {
    const baselineOnly = SCALAR_PARAMETERS.filter((p) => p.baselineOnly).map((p) => p.key);
    expect(baselineOnly).toEqual(['capability']);
    const paths = new Set(arf.participants.flatMap((actor) => editableParameters(arf, actor).map((p) => p.path)));
    for (const { key, baselineOnly: hidden } of SCALAR_PARAMETERS) expect(paths.has(key)).toBe(!hidden);
  });

  it('capability changes nothing in a run but the baseline (so hiding it hides no knob)', () => {
    const everyone = (value: string) => Object.fromEntries(arf.participants.map((id) => [`${id}.capability`, value]));
    for (const seed of ['1', '7']) {
      const low = play(arf, everyone('0.05'), seed);
      const high = play(arf, everyone('0.95'), seed);
      expect(high.outcome).toBe(low.outcome);
      expect(high.transcript).toEqual(low.transcript);
    }
  });
});
