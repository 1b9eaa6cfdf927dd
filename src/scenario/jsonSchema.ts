// The JSON Schemas that editors use to complete and check scenario YAML, generated from zod.
import { z } from 'zod';
import { actorsFileSchema, forumFileSchema, issuesFileSchema } from './schema.js';

export function scenarioJsonSchema(): Record<string, unknown> {
  const forum = z.toJSONSchema(forumFileSchema, { io: 'input' }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'forum-sim scenario files',
    description: 'Generated from src/scenario/schema.ts by `npm run schema`; do not edit by hand.',
    anyOf: [{ $ref: '#/$defs/forum' }, { $ref: '#/$defs/profiles' }, { $ref: '#/$defs/issues' }],
    $defs: {
      forum: strip(forum),
      profiles: strip(z.toJSONSchema(actorsFileSchema, { io: 'input' }) as Record<string, unknown>),
      issues: strip(z.toJSONSchema(issuesFileSchema, { io: 'input' }) as Record<string, unknown>),
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
