// Full factorial designs: every combination of every factor's levels, the last factor varying
// fastest (as nested loops would write them).

/** Every combination of level indices, for factors with the given numbers of levels. */
export function fullFactorial(levelCounts: readonly number[]): number[][] {
  let combinations: number[][] = [[]];
  for (const count of levelCounts)
    combinations = combinations.flatMap((prefix) => Array.from({ length: count }, (_, level) => [...prefix, level]));
  return combinations;
}
