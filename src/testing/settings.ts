// Run count and seed of property suites, from the environment, so CI is reproducible and a
// developer can turn the dial: FORUM_SIM_PROP_RUNS=2000 FORUM_SIM_PROP_SEED=7 npm test.

export interface PropertySettings {
  numRuns: number;
  seed: number;
}

export const DEFAULT_PROP_RUNS = 200;
export const DEFAULT_PROP_SEED = 20220805;

function positiveInt(name: string, text: string | undefined, fallback: number, allowZero = false): number {
  if (text === undefined || text.trim() === '') return fallback;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < (allowZero ? 0 : 1))
    throw new Error(`${name} must be a whole number${allowZero ? '' : ' >= 1'}, got "${text}"`);
  return n;
}

/**
 * `{ numRuns, seed }` for `test.prop(arbs, settings)`: FORUM_SIM_PROP_RUNS (default 200, scaled by
 * `scale` for suites whose cases are several runs each) and FORUM_SIM_PROP_SEED (default fixed).
 */
export function propertySettings(
  options: { scale?: number; env?: Record<string, string | undefined> } = {},
): PropertySettings {
  const env = options.env ?? process.env;
  const runs = positiveInt('FORUM_SIM_PROP_RUNS', env.FORUM_SIM_PROP_RUNS, DEFAULT_PROP_RUNS);
  const seed = positiveInt('FORUM_SIM_PROP_SEED', env.FORUM_SIM_PROP_SEED, DEFAULT_PROP_SEED, true);
  return { numRuns: Math.max(1, Math.round(runs * (options.scale ?? 1))), seed };
}

/**
 * A test timeout proportional to the run count (vitest's default of a few seconds suits one case,
 * not thousands): `vi.setConfig({ testTimeout: propertyTimeout(settings) })`. `msPerCase` is what
 * one case costs on an idle machine; the timeout allows ten times that per case, plus 10 s, so a
 * machine busy with other work still finishes. It is a ceiling against hangs, not a speed check.
 */
export function propertyTimeout(settings: PropertySettings, msPerCase = 100): number {
  return 10_000 + settings.numRuns * msPerCase * 10;
}
