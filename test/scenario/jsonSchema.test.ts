import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../../src/scenario/jsonSchema.js';
import { VERSION } from '../../src/version.js';

describe('generated artefacts', () => {
  it('scenarios/schema.json matches the zod schema (run `npm run schema` after changing it)', () => {
    expect(readFileSync(new URL('../../scenarios/schema.json', import.meta.url), 'utf8')).toBe(
      scenarioJsonSchemaText(),
    );
  });
  it('VERSION matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
