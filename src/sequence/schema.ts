// The zod schema of a sequence file (`kind: sequence`), built on first use like the forum files'
// (scenario/schema.ts), and its problems worded as theirs: file, field path, what was expected.
import type { z as Zod } from 'zod';
import type { Problem } from '../scenario/errors.js';
import { ISO_DATE, isCalendarDate, zod } from '../scenario/schema.js';
import type { YamlFile } from '../scenario/yamlFile.js';
import { CHANNELS, type Channel } from './types.js';

type Z = typeof Zod;

/** What each channel carries, for the JSON Schema's descriptions. */
const CHANNEL_MEANING: Record<Channel, string> = {
  face: 'face lost by a delegation (a backfired approach, a resented threat): less patience, more walkouts',
  grievance: 'a paragraph a delegation wanted and someone blocked: more salience on that issue next time',
  embarrassment: "a host's embarrassment at walkouts or a failed meeting: more investment when it hosts again",
  mood: "the room's chill: everyone's patience lower",
  walkouts: 'a delegation that walked out on a speaker is expected to again',
  precedent: 'an agreed text: soft intervals widen toward its rungs, so the rung is cheaper to adopt',
};

function defineSequenceSchema(z: Z) {
  const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case id: a-z, 0-9 and -');
  const date = z
    .string()
    .regex(ISO_DATE, 'a date YYYY-MM-DD')
    .refine((text) => !ISO_DATE.test(text) || isCalendarDate(text), 'a real calendar date YYYY-MM-DD');
  const said = z.string().regex(/\S/, 'where the value comes from (`assumed` or a paraphrased fact): not blank');
  const channel = z.strictObject({
    enabled: z.boolean().default(true).describe('false: nothing carries on this channel (ablation)'),
    halfLife: z.number().positive().max(3650).describe('days after which half of what happened still carries'),
    weight: z.number().min(0).max(1).describe('0..1 how far a fully carried mark moves a value toward its bound'),
    provenance: z
      .strictObject({
        halfLife: said.describe('where halfLife comes from: `assumed` or a paraphrased fact'),
        weight: said.describe('where weight comes from: `assumed` or a paraphrased fact'),
      })
      .describe('where halfLife and weight come from'),
  });
  const meeting = z.strictObject({
    forum: z
      .string()
      .regex(/\S/, 'a built-in scenario id or a forum file path')
      .describe('a built-in scenario id, or a forum file path relative to this file'),
    date: date.optional().describe("the meeting's date; when stated it must be the forum file's date"),
  });
  return z.strictObject({
    kind: z.literal('sequence').describe('sequence: a chain of meetings with carry-over'),
    id: slug.describe('the sequence id, e.g. phnom-penh-2022'),
    name: z.string().min(1).describe("the sequence's name"),
    meetings: z.array(meeting).min(1).describe('the meetings in the order they met'),
    carry: z
      .strictObject(
        Object.fromEntries(CHANNELS.map((c) => [c, channel.optional().describe(CHANNEL_MEANING[c])])) as Record<
          Channel,
          Zod.ZodOptional<typeof channel>
        >,
      )
      .default({})
      .describe('what carries from one meeting into the next, per channel; an unstated channel takes the default'),
  });
}

export type SequenceSchema = ReturnType<typeof defineSequenceSchema>;
export type SequenceFile = Zod.infer<SequenceSchema>;

let schema: SequenceSchema | undefined;

export function sequenceSchema(): SequenceSchema {
  schema ??= defineSequenceSchema(zod());
  return schema;
}

/** The file's data as a sequence, or every problem the schema finds, each located in the file. */
export function parseSequence(yaml: YamlFile): { data: SequenceFile } | { problems: Problem[] } {
  const parsed = sequenceSchema().safeParse(yaml.data);
  if (parsed.success) return { data: parsed.data };
  return {
    problems: parsed.error.issues.flatMap((issue): Problem[] => {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
      return keys.map((path) => ({
        file: yaml.file,
        path: path.map(String).join('.'),
        message: issue.code === 'unrecognized_keys' ? 'unknown key' : describe(yaml.data, path, issue),
        ...yaml.locate(path),
      }));
    }),
  };
}

function describe(data: unknown, path: readonly PropertyKey[], issue: Zod.core.$ZodIssue): string {
  let parent: unknown = data;
  for (const key of path.slice(0, -1)) parent = (parent as Record<PropertyKey, unknown> | null)?.[key as string];
  const absent =
    path.length > 0 && parent !== null && typeof parent === 'object' && !Object.hasOwn(parent, path.at(-1)!);
  const message = issue.message.replace(/^Invalid input: /, '');
  return absent ? `missing required field (${message})` : message;
}
