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
  /** A JSON value for the output; may be a promise (a measurement may start workers). */
  measure(context: BenchContext): unknown;
}

export const repetitions = (context: BenchContext) => (context.quick ? 5 : 15);
