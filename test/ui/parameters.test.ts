import { describe, expect, it } from 'vitest';
import { SCALAR_PARAMETERS } from '../../src/domain/tunables.js';
import { editableParameters } from '../../src/ui/parameters.js';
import { play } from '../../src/ui/session.js';
import { ENTRIES } from './support.js';

const arf = ENTRIES.find((e) => e.ref === 'arf-2022')!.scenario!;

describe("the editor's parameters", () => {
  it('offer every scalar that acts in a run, capability included (model v3: standing prices blocking)', () => {
    for (const actor of arf.participants) {
      const paths = editableParameters(arf, actor).map((p) => p.path);
      for (const key of ['reservation', 'patience', 'capability', 'faceSensitivity', 'risk'])
        expect(paths).toContain(key);
    }
  });

  it('leave out exactly the parameters the registry marks as read only by the baseline', () => {
    const paths = new Set(arf.participants.flatMap((actor) => editableParameters(arf, actor).map((p) => p.path)));
    for (const { key, baselineOnly: hidden } of SCALAR_PARAMETERS) expect(paths.has(key)).toBe(!hidden);
  });

  it('capability moves a run: the pressure on each delegation falls with its standing', () => {
    const everyone = (value: string) => Object.fromEntries(arf.participants.map((id) => [`${id}.capability`, value]));
    const low = play(arf, everyone('0.05'), '1');
    const high = play(arf, everyone('0.95'), '1');
    expect(high.transcript).not.toEqual(low.transcript);
    // Without the mechanism, capability is the baseline's weight only.
    const off = { 'forum.mechanisms.standing': 'off' };
    expect(play(arf, { ...off, ...everyone('0.95') }, '1').transcript).toEqual(
      play(arf, { ...off, ...everyone('0.05') }, '1').transcript,
    );
  });
});
