// The only source of randomness in the simulator. Its state is a plain function of the seed.
import seedrandom from 'seedrandom';

export interface Rng {
  /** Uniform draw in [0, 1). */
  next(): number;
  /** Fisher-Yates shuffle into a new array. */
  shuffle<T>(items: readonly T[]): T[];
}

export function createRng(seed: string): Rng {
  const prng = seedrandom(seed);
  const next = () => prng.quick();
  return {
    next,
    shuffle(items) {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}

/** Per-run seed of a sweep, derived from the master seed and the run index. */
export function deriveSeed(master: string, index: number): string {
  return `${master}/${index}`;
}
