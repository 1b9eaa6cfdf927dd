// The README's property-test example is the file `npm test` runs, word for word, so the example a
// user copies is one that passes (the package test runs the same block in a fresh project).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readmePropertyExample } from '../support/readmeExample.js';

describe("the README's property-test example", () => {
  it('is test/examples/user-invariant.test.ts without its two header lines', () => {
    const file = readFileSync(new URL('../examples/user-invariant.test.ts', import.meta.url), 'utf8');
    expect(readmePropertyExample()).toBe(file.split('\n').slice(2).join('\n'));
  });
});
