// xstateEventsPerSec, engineEventsPerSec, eventRatio: what a stance-actor event costs in a whole
// run of arf-2022 (everything the engine does, divided by the events it sends to stance actors),
// against xstate's own `actor.send` of a trivial two-state machine in the same process. A ratio of
// 0.5 means the engine adds as much per event as xstate's send itself costs. CPU time of this
// process, so that other load on a shared machine counts less.
import { createActor, createMachine } from 'xstate';
import { compiledApi } from './compiled.js';
import { cpuMs, figure, type BenchContext, type Measurement } from './measurement.js';

const budgetMs = (context: BenchContext) => (context.quick ? 1500 : 5000);

const toggle = createMachine({
  id: 'toggle',
  initial: 'off',
  states: { off: { on: { flip: 'on' } }, on: { on: { flip: 'off' } } },
});

/** Events per CPU second of a trivial machine's send: the floor any xstate actor pays. */
function xstateEventsPerSec(context: BenchContext): number {
  const actor = createActor(toggle).start();
  const event = { type: 'flip' } as const;
  for (let i = 0; i < 50_000; i++) actor.send(event);
  let sent = 0;
  const start = cpuMs();
  while (cpuMs() - start < budgetMs(context)) {
    for (let i = 0; i < 10_000; i++) actor.send(event);
    sent += 10_000;
  }
  const perSec = (sent / (cpuMs() - start)) * 1000;
  actor.stop();
  return perSec;
}

/** Stance-actor events per CPU second of whole arf-2022 runs (transcript not kept, as in a sweep). */
async function engineEventsPerSec(context: BenchContext): Promise<number> {
  const api = await compiledApi(context.root);
  const scenario = api.loadScenario('arf-2022');
  for (let seed = 1; seed <= 200; seed++) api.runScenario(scenario, { seed, transcript: false });
  let events = 0;
  let seed = 0;
  const start = cpuMs();
  while (cpuMs() - start < budgetMs(context)) {
    events += api.runScenario(scenario, { seed: `bench/${seed++}`, transcript: false }).events;
  }
  return (events / (cpuMs() - start)) * 1000;
}

export const eventRate: Measurement = {
  name: 'events',
  keys: ['xstateEventsPerSec', 'engineEventsPerSec', 'eventRatio'],
  description: 'xstate send of a trivial machine vs stance-actor events over arf-2022 runs, per CPU s, and their ratio',
  async measure(context: BenchContext) {
    const raw = xstateEventsPerSec(context);
    context.progress(`xstateEventsPerSec ${Math.round(raw)}`);
    const engine = await engineEventsPerSec(context);
    context.progress(`engineEventsPerSec ${Math.round(engine)}`);
    return {
      xstateEventsPerSec: Math.round(raw),
      engineEventsPerSec: Math.round(engine),
      eventRatio: figure(engine / raw),
    };
  },
};
