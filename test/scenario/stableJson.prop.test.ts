// The hand-written stableStringify must give exactly the bytes of JSON.stringify with sorted keys:
// scenario hashes are recorded in sweep files and run inputs.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { stableStringify } from '../../src/scenario/stableJson.js';

/** The reference: JSON.stringify with a replacer that sorts each object's keys. */
function reference(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

describe('stableStringify', () => {
  test.prop([fc.anything({ withNullPrototype: true, withObjectString: false, withBoxedValues: false })], {
    numRuns: 500,
  })('equals JSON.stringify with sorted keys', (value) => {
    expect(stableStringify(value)).toBe(reference(value));
  });

  test.prop([fc.dictionary(fc.string(), fc.jsonValue())])('is the same whatever order keys were added in', (dict) => {
    const reversed = Object.fromEntries(Object.entries(dict).reverse());
    expect(stableStringify(reversed)).toBe(stableStringify(dict));
  });

  test('leaves out undefined fields and writes undefined array items as null, as JSON does', () => {
    expect(stableStringify({ b: undefined, a: [undefined, 1] })).toBe('{"a":[null,1]}');
  });
});
