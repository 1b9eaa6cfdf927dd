// xstateEventsPerSec, engineEventsPerSec, eventRatio: what a stance-actor event costs in a whole
// run of arf-2022 (everything the engine does, divided by the events it sends to stance actors),
// against xstate's own `actor.send` of a trivial two-state machine in the same process. A ratio of
// 0.5 means the engine adds as much per event as xstate's send itself costs. CPU time of this
// process, so that other load on a shared machine counts less; and the two are timed in turns,
// slice after slice, each rate the median of its slices, so a change in the machine's load
// between them does not pass for a difference between them.
import { createActor, createMachine } from 'xstate';
import { compiledApi, type CompiledApi } from './compiled.js';
import { cpuMs, figure, type BenchContext, type Measurement } from './measurement.js';
import { median } from './stats.js';

const SLICE_MS = 250;
const WARM_RUNS = 400;
const slices = (context: BenchContext) => (context.quick ? 5 : 15);

const toggle = createMachine({
  id: 'toggle',
  initial: 'off',
  states: { off: { on: { flip: 'on' } }, on: { on: { flip: 'off' } } },
});

/** Calls `work` (which returns events done) for a slice of CPU time; events per CPU second. */
function rateOver(work: () => number): number {
  let events = 0;
  const start = cpuMs();
  while (cpuMs() - start < SLICE_MS) events += work();
  return (events / (cpuMs() - start)) * 1000;
}

function engineWork(api: CompiledApi): () => number {
  const scenario = api.loadScenario('arf-2022');
  let seed = 0;
  // Transcript not kept, as in a sweep.
  return () => api.runScenario(scenario, { seed: `bench/${seed++}`, transcript: false }).events;
}

function xstateWork(): () => number {
  const actor = createActor(toggle).start();
  const event = { type: 'flip' } as const;
  return () => {
    for (let i = 0; i < 1000; i++) actor.send(event);
    return 1000;
  };
}

export const eventRate: Measurement = {
  name: 'events',
  keys: ['xstateEventsPerSec', 'engineEventsPerSec', 'eventRatio'],
  description: 'xstate send of a trivial machine vs stance-actor events over arf-2022 runs, per CPU s, and their ratio',
  async measure(context: BenchContext) {
    const engine = engineWork(await compiledApi(context.root));
    const raw = xstateWork();
    // Warm-up of both, for the JIT: a run's code paths take a few hundred runs to settle.
    for (let i = 0; i < 100; i++) raw();
    for (let i = 0; i < WARM_RUNS; i++) engine();
    const rawRates: number[] = [];
    const engineRates: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < slices(context); i++) {
      rawRates.push(rateOver(raw));
      engineRates.push(rateOver(engine));
      ratios.push(engineRates[i]! / rawRates[i]!);
      context.progress(`events slice ${i + 1}/${slices(context)}: ratio ${figure(ratios[i]!)}`);
    }
    return {
      xstateEventsPerSec: Math.round(median(rawRates)),
      engineEventsPerSec: Math.round(median(engineRates)),
      // The median of the slices' ratios: each slice's pair was timed under the same load.
      eventRatio: figure(median(ratios)),
    };
  },
};
