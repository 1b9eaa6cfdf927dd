import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/loader.js';
import { replay } from '../../src/ui/replay.js';
import { play } from '../../src/ui/session.js';

describe('replay', () => {
  it.each(['arf-2022', 'g20-fmm-2022', 'amm-2022'])(
    '%s: replaying the whole transcript gives the final stances of the run',
    (id) => {
      const scenario = loadScenario(id);
      for (const seed of ['1', '2', '3']) {
        const run = play(scenario, {}, seed);
        const end = replay(scenario, run, run.transcript.length);
        expect(end.finished).toBe(true);
        expect(Object.fromEntries(end.delegations.map((d) => [d.id, d.stance]))).toEqual(
          Object.fromEntries(Object.entries(run.delegations).map(([id, d]) => [id, d.stance])),
        );
        if (run.outcome === 'joint-statement') {
          const adopted = Object.fromEntries(run.statement!.paragraphs.map((p) => [p.issue, p.rung]));
          const onTable = Object.fromEntries(
            Object.entries(end.draft)
              .filter(([, r]) => r > 0)
              .map(([issue, r]) => [issue, scenario.issues.find((i) => i.id === issue)!.ladder[r]!.id]),
          );
          expect(onTable).toEqual(adopted);
        }
      }
    },
  );

  it('starts with everyone reviewing the opening draft', () => {
    const scenario = loadScenario('arf-2022');
    const start = replay(scenario, play(scenario, {}, '1'), 0);
    expect(start.delegations.every((d) => d.stance === 'reviewing')).toBe(true);
    expect(start.draft).toEqual(scenario.draft);
    expect(start.finished).toBe(false);
  });
});
