// The editors' JSON Schema covers sequence files too: a `kind: sequence` definition with the
// fields the loader checks, and every key a built-in sequence file uses is one it names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scenarioJsonSchema } from '../../src/scenario/jsonSchema.js';
import { builtinSequenceIds, SEQUENCE_DIR } from '../../src/sequence/load.js';

interface Def {
  properties: Record<string, { const?: string; items?: Def; properties?: Record<string, unknown> }>;
  required: string[];
}

describe('scenarios/schema.json', () => {
  const schema = scenarioJsonSchema() as { anyOf: { $ref: string }[]; $defs: Record<string, Def> };
  const sequence = schema.$defs.sequence!;

  it('has a definition of a sequence file', () => {
    expect(schema.anyOf).toContainEqual({ $ref: '#/$defs/sequence' });
    expect(sequence.properties.kind!.const).toBe('sequence');
    expect(sequence.required).toEqual(expect.arrayContaining(['kind', 'id', 'name', 'meetings']));
    expect(Object.keys(sequence.properties.carry!.properties!)).toEqual([
      'face',
      'grievance',
      'embarrassment',
      'mood',
      'walkouts',
      'precedent',
    ]);
  });

  it('names every key the built-in sequence files use', () => {
    for (const id of builtinSequenceIds()) {
      const data = parse(readFileSync(join(SEQUENCE_DIR, `${id}.yaml`), 'utf8')) as Record<string, unknown>;
      for (const key of Object.keys(data)) expect(sequence.properties).toHaveProperty(key);
      for (const m of data.meetings as Record<string, unknown>[])
        for (const key of Object.keys(m)) expect(sequence.properties.meetings!.items!.properties).toHaveProperty(key);
    }
  });
});
