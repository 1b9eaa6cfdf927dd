// What every measurement of the bench is: a name (its key in the JSON output) and a function.
export interface BenchContext {
  /** The repository root: where bin/, dist/ and scenarios/ are. */
  root: string;
  /** Fewer repetitions, for a quick look. */
  quick: boolean;
  /** Progress for the human watching; stdout is kept for the one JSON object. */
  progress: (message: string) => void;
}

export interface Measurement {
  name: string;
  description: string;
  /**
   * Top-level keys of the output this measurement fills, when it gives several figures that belong
   * together (e.g. a rate and its ratio to a baseline): `measure` then returns an object with them.
   * Without it, its value goes under `name`.
   */
  keys?: readonly string[];
  /** A JSON value for the output; may be a promise (a measurement may start workers). */
  measure(context: BenchContext): unknown;
}

export const repetitions = (context: BenchContext) => (context.quick ? 5 : 15);

/** CPU time of this process (user + system), in ms: steadier than the wall clock on a shared machine. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Rounds to `digits` significant figures, for figures that are not meant to be read to the last digit. */
export function figure(value: number, digits = 3): number {
  return Number(value.toPrecision(digits));
}
