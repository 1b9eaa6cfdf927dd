// `run --inputs FILE`: the seed, overrides and drawn parameter values of a recorded run (its
// `run --json` output, a sweep line, or just its `inputs` object), so the run replays exactly.
import type { RunInputs, Scenario } from '../domain/types.js';
import { readTextFile } from '../scenario/boundedRead.js';
import { InputError } from '../scenario/errors.js';
import { drawnProblem } from './drawnRanges.js';
import { UsageError } from './usage.js';

export type Replay = Pick<RunInputs, 'seed' | 'overrides' | 'drawn'>;

export function replayInputs(
  file: string,
  scenario: Scenario,
  values: { seed?: string; set?: string[]; params?: string },
): Replay {
  if (values.seed !== undefined || values.set !== undefined || values.params !== undefined) {
    throw new UsageError(
      '--inputs replays a recorded run: it cannot be combined with --seed, --set or --params',
      'run',
    );
  }
  const problem = (path: string, message: string) => new InputError([{ file, path, message }]);
  // A regular file under the size cap, like every file the tool reads.
  const text = readTextFile(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw problem('', 'expected the JSON of a recorded run (`forum-sim run --json`) or its `inputs` object');
  }
  const record = data as Record<string, unknown> | null;
  const inputs = (record && typeof record === 'object' && 'inputs' in record ? record.inputs : record) as Record<
    string,
    unknown
  > | null;
  const at = record && typeof record === 'object' && 'inputs' in record ? 'inputs.' : '';
  if (!inputs || typeof inputs !== 'object')
    throw problem('inputs', 'expected an object with seed, overrides and drawn');
  if (typeof inputs.seed !== 'string') throw problem(`${at}seed`, 'expected a string');
  const overrides = inputs.overrides ?? {};
  if (
    typeof overrides !== 'object' ||
    overrides === null ||
    Object.values(overrides).some((v) => typeof v !== 'string')
  ) {
    throw problem(`${at}overrides`, 'expected an object of PATH: "VALUE" strings');
  }
  const drawn = inputs.drawn ?? {};
  if (
    typeof drawn !== 'object' ||
    drawn === null ||
    Object.values(drawn).some((v) => typeof v !== 'number' || !Number.isFinite(v))
  ) {
    throw problem(`${at}drawn`, 'expected an object of ACTOR.path: number');
  }
  // The same ranges as --set: a replay must not run on values no draw could give.
  for (const [key, value] of Object.entries(drawn as Record<string, number>)) {
    const why = drawnProblem(key, value, scenario.participants);
    if (why !== undefined) throw problem(`${at}drawn.${key}`, why);
  }
  if (record && typeof record.scenario === 'string' && record.scenario !== scenario.id) {
    throw problem('scenario', `the run was recorded on ${record.scenario}, not ${scenario.id}`);
  }
  if (inputs.scenarioHash !== undefined && inputs.scenarioHash !== scenario.hash) {
    throw problem(
      `${at}scenarioHash`,
      `the run was recorded on a different version of ${scenario.id} (hash ${String(inputs.scenarioHash).slice(0, 12)}..., now ${scenario.hash.slice(0, 12)}...): it would not replay exactly`,
    );
  }
  return {
    seed: inputs.seed,
    overrides: { ...(overrides as Record<string, string>) },
    drawn: { ...(drawn as Record<string, number>) },
  };
}
