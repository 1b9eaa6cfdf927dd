// A run the event cap cut short says so: `capped` in the result (and in run --json), and the
// summary's outcome line says it stopped at the cap, rather than looking like a finished debate.
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/cli/format.js';
import { runScenario } from '../../src/engine/run.js';
import { loadScenario } from '../../src/scenario/loader.js';
import { runMain } from '../cli/helpers.js';
import { position, profile, scenario } from '../support/build.js';

const divided = scenario([
  profile('AAA', { war: position(1, 0, 2), trade: position(1, 0, 2) }),
  profile('BBB', { war: position(4, 3, 4, { hard: true }), trade: position(2, 1, 2) }),
  profile('CCC', { war: position(2, 1, 3), trade: position(1, 0, 2) }),
]);

describe('a run cut short by the event cap', () => {
  it('is capped, and its summary says where it stopped', () => {
    const result = runScenario(divided, { seed: 1, maxEvents: 20 });
    expect(result.capped).toBe(true);
    expect(result.events).toBe(20);
    expect(result.rounds).toBeLessThan(divided.rules.roundLimit);
    const outcome = formatSummary(divided, result)
      .split('\n')
      .find((l) => l.startsWith('Outcome:'));
    expect(outcome).toBe(
      `Outcome: ${result.outcome} after ${result.rounds} of 5 round(s); stopped by the event cap after 20 events`,
    );
  });

  it('a cap of exactly the events a run needs does not cut it: not capped', () => {
    const full = runScenario(divided, { seed: 1 });
    expect(full.capped).toBe(false);
    const same = runScenario(divided, { seed: 1, maxEvents: full.events });
    expect(same.capped).toBe(false);
    expect(same.outcome).toBe(full.outcome);
    expect(formatSummary(divided, same)).not.toContain('event cap');
    expect(runScenario(divided, { seed: 1, maxEvents: full.events - 1 }).capped).toBe(true);
  });

  it('a built-in run is not capped, and run --json says so', async () => {
    const r = await runMain(['run', 'arf-2022', '--json']);
    const json = JSON.parse(r.out) as { capped: boolean; events: number };
    expect(json.capped).toBe(false);
    const capped = runScenario(loadScenario('arf-2022'), { seed: 1, maxEvents: 100 });
    expect(capped.capped).toBe(true);
    expect(JSON.parse(JSON.stringify(capped))).toMatchObject({ capped: true, events: 100 });
  });
});
