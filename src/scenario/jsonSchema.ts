// The JSON Schemas that editors use to complete and check scenario YAML, generated from zod.
import { sequenceSchema } from '../sequence/schema.js';
import { fileSchemas, zod } from './schema.js';

export function scenarioJsonSchema(): Record<string, unknown> {
  // The zod that built the schemas: their titles and descriptions are in its registry.
  const z = zod();
  const schemas = fileSchemas();
  const forum = z.toJSONSchema(schemas.forum, { io: 'input' }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'forum-sim scenario files',
    description:
      'Generated from src/scenario/schema.ts and src/sequence/schema.ts by `npm run schema`; do not edit by hand.',
    anyOf: [
      { $ref: '#/$defs/forum' },
      { $ref: '#/$defs/profiles' },
      { $ref: '#/$defs/issues' },
      { $ref: '#/$defs/sequence' },
    ],
    $defs: {
      forum: strip(forum),
      profiles: strip(z.toJSONSchema(schemas.actors, { io: 'input' }) as Record<string, unknown>),
      issues: strip(z.toJSONSchema(schemas.issues, { io: 'input' }) as Record<string, unknown>),
      // A sequence file (`kind: sequence`): the meetings in order and what carries between them.
      sequence: strip(z.toJSONSchema(sequenceSchema(), { io: 'input' }) as Record<string, unknown>),
    },
  };
}

function strip(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = schema;
  return rest;
}

export function scenarioJsonSchemaText(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
}
