import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed } from '../../src/engine/rng.js';

describe('rng', () => {
  it('repeats its sequence for a seed and differs across seeds', () => {
    const a = createRng('7');
    const b = createRng('7');
    const c = createRng('8');
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
  it('shuffles into a permutation without touching its input', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const shuffled = createRng('1').shuffle(items);
    expect([...shuffled].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('derives distinct per-run seeds from a master seed', () => {
    expect(deriveSeed('s', 1)).not.toBe(deriveSeed('s', 2));
  });
});
