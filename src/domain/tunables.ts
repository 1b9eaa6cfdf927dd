// The scalar parameters of a delegation: the one list the schema, the resolver, `--set`, spreads,
// the per-run draws and jitter, `run --explain`, the invariants, the UI's editor and the test
// arbitraries all walk. Adding a scalar parameter means adding it here (and using it in the model).

export interface Range {
  readonly min: number;
  readonly max: number;
}

export const UNIT_RANGE = { min: 0, max: 1 } as const;
const RISK_RANGE = { min: -1, max: 1 } as const;

export interface ScalarParameter {
  readonly key: string;
  readonly range: Range;
  /** What the value means, for the scenario file's JSON Schema. */
  readonly description: string;
  /** The mechanism it feeds, in a few words: `forum-sim params` and the UI's editor show it. */
  readonly feeds: string;
  /** Jittered per run by the forum's `noise`, as salience is. */
  readonly jittered?: boolean;
  /**
   * Shown by `run --explain`: among what it makes of the draft (`stance`), or after the lobbying
   * it is subject to (`lobbying`).
   */
  readonly explain?: 'stance' | 'lobbying';
  /**
   * Read only by the compromise baseline a run reports beside its outcome: it changes nothing in
   * the run itself, so the UI's editor leaves it out rather than offer a knob that does nothing.
   */
  readonly baselineOnly?: boolean;
}

/**
 * In canonical order: the order of the per-run draws (so of the random stream), of `--set`'s
 * list of parameters and of the UI's editor. Reordering it changes every run's draws.
 */
const DECLARED = [
  {
    key: 'reservation',
    feeds: 'stance: signing (a draft worth less than it is refused), lowered by lobbying pressure',
    range: UNIT_RANGE,
    description: 'utility of no statement; below it a draft is not signed',
    jittered: true,
    explain: 'stance',
  },
  {
    key: 'patience',
    feeds: 'stance: deadline concessions (how far a soft line widens by the last round)',
    range: UNIT_RANGE,
    description: 'share of the ladder a soft interval widens by at the deadline',
    explain: 'stance',
  },
  {
    key: 'capability',
    feeds: 'blocking alone (a great power pays less for it, model v3) and the compromise baseline (its weight)',
    range: UNIT_RANGE,
    description:
      "the delegation's standing: it spares a great power the cost of blocking alone (model v3) and weighs it in the compromise baseline (capability x salience)",
  },
  {
    key: 'faceSensitivity',
    feeds: 'lobbying: how far a threat backfires instead of moving the stance',
    range: UNIT_RANGE,
    description: 'how strongly threats backfire on this delegation, 0..1',
    explain: 'lobbying',
  },
  {
    key: 'risk',
    range: RISK_RANGE,
    description: 'KTAB risk attitude',
    feeds: "stance: the draft's utility (KTAB risk attitude: concave or convex in the distance)",
  },
] as const satisfies readonly ScalarParameter[];

export type ScalarParameterKey = (typeof DECLARED)[number]['key'];

export const SCALAR_PARAMETERS: readonly (ScalarParameter & { readonly key: ScalarParameterKey })[] = DECLARED;

/** A delegation's value of each scalar parameter. */
export type ScalarParameters = Record<ScalarParameterKey, number>;

export const SCALAR_PARAMETER_KEYS: readonly ScalarParameterKey[] = SCALAR_PARAMETERS.map((p) => p.key);

export function isScalarParameter(key: string): key is ScalarParameterKey {
  return (SCALAR_PARAMETER_KEYS as readonly string[]).includes(key);
}

/** The scalar parameter named `key`, or undefined for any other path. */
export function scalarParameter(key: string): (typeof SCALAR_PARAMETERS)[number] | undefined {
  return SCALAR_PARAMETERS.find((p) => p.key === key);
}

/** Just the scalar parameters of `source` (a template or profile that carries more). */
export function pickScalars(source: ScalarParameters): ScalarParameters {
  return Object.fromEntries(SCALAR_PARAMETER_KEYS.map((key) => [key, source[key]])) as ScalarParameters;
}
