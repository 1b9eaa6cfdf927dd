#!/usr/bin/env node
// Regenerates scenarios/schema.json from the zod schema (npm run schema).
import { writeFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { scenarioJsonSchemaText } = await import('../src/scenario/jsonSchema.ts');
writeFileSync(new URL('../scenarios/schema.json', import.meta.url), scenarioJsonSchemaText());
console.log('wrote scenarios/schema.json');
