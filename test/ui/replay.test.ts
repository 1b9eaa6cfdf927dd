import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEvent, initialReplayState } from '../../src/engine/replay.js';
import { loadScenario } from '../../src/scenario/loader.js';
import { RunPlayback } from '../../src/ui/playback.js';
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

describe('the playback fold', () => {
  const VOTES = join(new URL('../fixtures/votes/', import.meta.url).pathname);
  it.each([
    ['arf-2022', () => loadScenario('arf-2022')],
    ['g20-fmm-2022', () => loadScenario('g20-fmm-2022')],
    ['a Security Council vote', () => loadScenario(join(VOTES, 'security-council.yaml'))],
  ])('%s: carried forward a step at a time, it shows what the engine fold says at every step', (_, load) => {
    const scenario = load();
    for (const seed of ['1', '2']) {
      const run = play(scenario, {}, seed);
      const playback = new RunPlayback(scenario, run, 'k', 16);
      let state = initialReplayState(scenario.draft);
      for (let i = 0; i <= run.transcript.length; i++) {
        if (i > 0) state = applyEvent(state, run.transcript[i - 1]!);
        const moment = playback.advanceTo(i).moment();
        expect({ round: moment.round, phase: moment.phase, draft: moment.draft, last: moment.last }).toEqual({
          round: state.round,
          phase: state.phase,
          draft: state.draft,
          last: state.last,
        });
        for (const d of moment.delegations) {
          const e = state.delegations[d.id];
          expect([d.stance, d.lobbiedBy, d.resents, d.lostFace, d.impatience, d.vote]).toEqual([
            e?.stance ?? 'reviewing',
            e?.lobbiedBy ?? [],
            e?.resents ?? [],
            e?.lostFace ?? false,
            e?.widening ?? 0,
            e?.vote ?? null,
          ]);
        }
        expect(playback.retainedLines).toBeLessThanOrEqual(16);
      }
    }
  });
});
