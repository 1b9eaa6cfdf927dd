// The zod schemas of the three kinds of scenario file. They are the single source of truth:
// the loader validates with them and scenarios/schema.json is generated from them.
//
// zod is loaded, and the schemas built, on first use (fileSchemas()): it is the costliest package
// to load, and a run whose files the build has already validated (yamlCache.ts) never needs it.
import { createRequire } from 'node:module';
import type { z as Zod } from 'zod';
import {
  CHAIR_STYLES,
  RANKS,
  DECISION_RULES,
  FALLBACKS,
  LEVELS,
  LOBBY_STYLES,
  MECHANISMS,
  OUTCOMES,
  SPEAKING_ORDERS,
  STANDING_PRODUCTS,
  type Mechanism,
} from '../domain/types.js';
import { SCALAR_PARAMETERS, type ScalarParameterKey } from '../domain/tunables.js';

type Z = typeof Zod;

// The builders below are tables of fields, one per kind of file, not logic to split.
/* eslint-disable max-lines-per-function */

function commonSchemas(z: Z) {
  const unit = z.number().min(0).max(1);
  const actorId = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'an actor id: letters, digits, - or _');
  const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case id: a-z, 0-9 and -');
  const isoDate = z.string().regex(ISO_DATE, 'a date YYYY-MM-DD');
  // A date on the calendar, not only of its shape (2022-02-30 is refused); a bad shape is told once.
  const calendarDate = isoDate.refine(
    (text) => !ISO_DATE.test(text) || isCalendarDate(text),
    'a real calendar date YYYY-MM-DD',
  );
  // Provenance is the evidence for a value: a blank one says nothing, so it is refused like a missing one.
  const provenance = z
    .record(
      z.string().regex(/\S/, 'a field or parameter path, not empty or blank'),
      z.string().regex(/\S/, 'where the value comes from: not empty or blank'),
    )
    .optional();
  return { unit, actorId, slug, isoDate, calendarDate, provenance };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a YYYY-MM-DD text names a day of the (proleptic Gregorian) calendar: no 2022-02-30, no month 13. */
export { ISO_DATE };
export function isCalendarDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

function issueSchemas(z: Z, { slug, calendarDate }: ReturnType<typeof commonSchemas>) {
  const rungSchema = z.strictObject({
    id: slug.describe('rung id, e.g. omit, investigation, condemn; rung 0 is omit'),
    text: z.string().min(1).optional().describe('Sentence the rung puts into the statement; omit has none'),
    attributes: slug
      .optional()
      .describe('attributed wording ("most members ...; other views"): the owned rung whose view it attributes'),
  });

  const issueSchema = z.strictObject({
    title: z.string().min(1).describe('human-readable name of the paragraph'),
    droppable: z.boolean().default(true).describe('May the chair drop this paragraph to reach consensus'),
    ladder: z.array(rungSchema).min(2).describe('Wordings from omit (rung 0) upward'),
    since: calendarDate
      .optional()
      .describe(
        'date of the event that put the issue on the agenda, YYYY-MM-DD; its salience and insistence fade with the time since. Unset: it does not fade',
      ),
  });

  const issuesFileSchema = z
    .strictObject({
      issues: z.record(slug, issueSchema).describe('issue id -> its ladder of wordings'),
    })
    .meta({
      title: 'Issue catalogue',
      description: 'issues.yaml: the paragraphs a statement can contain and their wordings',
    });
  return { issuesFileSchema };
}

function profileSchemas(z: Z, { unit, actorId, slug, isoDate, provenance }: ReturnType<typeof commonSchemas>) {
  const positionSchema = z.strictObject({
    ideal: slug.describe('rung the actor wants').optional(),
    min: slug.describe('lowest rung it accepts').optional(),
    max: slug.describe('highest rung it accepts').optional(),
    hard: z.boolean().describe('outside the interval it blocks, and the interval never widens').optional(),
    firmness: unit
      .describe(
        'how firmly a hard red line holds: it yields only when the cost of blocking exceeds this; 1 never yields (default)',
      )
      .optional(),
    salience: unit.describe('weight of the issue, 0..1').optional(),
    insistence: unit
      .describe(
        "how firmly a hard red line's floor holds (the paragraph must say at least min), 0..1; only with hard: true and min above omit. Unset: the firmness, which then prices only the ceiling (anything above max)",
      )
      .optional(),
  });

  const lobbyingSchema = z
    .strictObject({
      strength: unit.describe('chance per round and target that an approach moves the target').optional(),
      style: z
        .enum(LOBBY_STYLES)
        .optional()
        .describe('promises, threats, appeals, or promises-and-threats (drawn per approach); threats can backfire'),
      targets: z
        .array(actorId)
        .optional()
        .describe('delegations it approaches (those not seated in a forum are skipped)'),
      issues: z.array(slug).optional().describe('issues it lobbies on; empty: any where it differs most'),
    })
    .meta({
      title: 'Lobbying',
      description: 'how a delegation presses others between rounds; strength 0 means no approaches',
    });

  /** A parameter's spread: a half-width in the parameter's own units, or explicit [low, high] bounds. */
  const spreadSchema = z
    .union([z.number().min(0).max(2), z.tuple([z.number().min(-1).max(1), z.number().min(-1).max(1)])])
    .describe('half-width around the stated value, or [low, high]; 0 fixes the value');

  const spreadsSchema = z
    .record(z.string().min(1), spreadSchema)
    .describe('parameter path (as for --set, after the actor id) -> its spread');

  const walkoutSchema = z
    .strictObject({
      whenSpeaks: actorId.describe('the delegation whose speech triggers the walkout'),
      probability: unit.describe('chance per speech that this delegation leaves the room'),
      since: isoDate
        .optional()
        .describe('the trigger holds only at meetings on or after this date (the event it protests), YYYY-MM-DD'),
    })
    .meta({ title: 'Walkout trigger' });

  const profileSchema = z.strictObject({
    name: z.string().min(1).optional().describe('full name of the delegation, e.g. United States'),
    extends: actorId.optional().describe('profile whose values this one inherits'),
    abstract: z.boolean().optional().describe('a bloc default, not a delegation'),
    bloc: z.string().optional().describe('grouping for display, e.g. asean, west'),
    positions: z
      .record(slug, positionSchema.meta({ title: 'Position' }))
      .optional()
      .describe('issue -> the rungs this delegation wants and accepts'),
    // Each scalar parameter, optional (a profile may inherit it), within its range.
    ...(Object.fromEntries(
      SCALAR_PARAMETERS.map(({ key, range, description }) => [
        key,
        z.number().min(range.min).max(range.max).describe(description).optional(),
      ]),
    ) as Record<ScalarParameterKey, Zod.ZodOptional<Zod.ZodNumber>>),
    susceptibility: z
      .record(actorId, unit)
      .optional()
      .describe('power -> how far its lobbying can move this delegation, 0..1'),
    walkout: z.array(walkoutSchema).optional().describe('when this delegation leaves the room; [] never'),
    lobbying: z
      .union([lobbyingSchema, z.literal('none')])
      .nullable()
      .optional()
      .describe(
        'how this delegation presses others between rounds; `none` (or null): it does not lobby, also when a parent profile does',
      ),
    boycott: z
      .array(
        z.strictObject({
          of: actorId.describe('the delegation it will not sign alongside'),
          firmness: unit.describe('1: never signs alongside it; lower: gives way under pressure'),
        }),
      )
      .optional()
      .describe('delegations this one refuses to sign any text alongside'),
    chairStyle: z
      .enum(CHAIR_STYLES)
      .optional()
      .describe('how it drafts when it chairs: broker (toward what all can live with) or advocate (its own line)'),
    rank: z
      .enum(RANKS)
      .optional()
      .describe(
        "who heads the delegation, relative to the forum's level: principal (default; a minister at a ministerial), deputy (one step below) or official (a senior official); a lower rank lobbies with less weight and has less face at stake (assumed)",
      ),
    spread: spreadsSchema
      .optional()
      .describe("spreads of this profile's numeric parameters, overriding the defaults from provenance"),
    provenance: provenance.describe('parameter path -> the article fact it encodes (paraphrased), or "assumed"'),
  });

  const actorsFileSchema = z
    .strictObject({
      profiles: z
        .record(actorId, profileSchema.meta({ title: 'Delegation profile' }))
        .describe('actor id -> its profile'),
    })
    .meta({ title: 'Delegation profiles', description: 'actors/*.yaml: delegation profiles of a catalogue' });
  return { profileSchema, spreadsSchema, actorsFileSchema };
}

function forumSchemas(
  z: Z,
  { unit, actorId, slug, isoDate, provenance }: ReturnType<typeof commonSchemas>,
  { profileSchema, spreadsSchema }: ReturnType<typeof profileSchemas>,
) {
  // A forum's own override of a profile. In a record case (a file with `expected`) it must say
  // what evidence from before the meeting it rests on, so no case is set from its own outcome.
  const inlineProfileSchema = profileSchema.extend({
    knownBefore: z
      .strictObject({
        date: isoDate.describe('date of the evidence, before the meeting'),
        source: z
          .string()
          .regex(/\S/, 'where the evidence was published: not empty or blank')
          .describe('where the evidence was published, with what it says, in your own words'),
      })
      .optional()
      .describe(
        'the dated evidence, from before the meeting, that this override rests on; required in a record case (a file with expected)',
      ),
  });
  const expectedSchema = z.strictObject({
    outcome: z
      .enum([...OUTCOMES, 'no-joint-statement'])
      .describe('the real outcome; no-joint-statement when the record does not say chair or none'),
    source: z.string().min(1).describe('where the real outcome is recorded'),
    product: z
      .string()
      .min(1)
      .optional()
      .describe("what the forum normally issues, e.g. joint communique, chairman's statement"),
    ukraine: z
      .union([slug, z.array(slug).min(1)])
      .optional()
      .describe('rung of the Ukraine paragraph of the real joint text, or the family of rungs it fits'),
    contested: z
      .string()
      .regex(/\S/, 'what was fought over, or none')
      .optional()
      .describe('the issue fought over in the room or over the text, from the record; none when nothing was reported'),
    votes: z
      .record(actorId, z.enum(['yes', 'no', 'abstain']))
      .optional()
      .describe('real votes, where known'),
    confidence: z.enum(['confirmed', 'likely']).optional().describe('how sure the record is of the outcome'),
    unscorable: z.string().min(1).optional().describe('why the model cannot score this case yet'),
    record: z
      .union([z.string().regex(/\S/, 'the key of a row in scenarios/history/'), z.array(z.string().regex(/\S/)).min(1)])
      .optional()
      .describe(
        "the key of this case's row in the record files (scenarios/history/) when it is not the case's id, e.g. a UN symbol",
      ),
  });

  const uncertaintySchema = z.union([
    z.enum(['on', 'off']),
    z.strictObject({
      enabled: z.boolean().default(true).describe('draw parameter values from their spreads'),
      narrow: unit.default(0.05).describe('default half-width, as a share of the range, of a value the article states'),
      wide: unit.default(0.2).describe('default half-width, as a share of the range, of an assumed value'),
      spread: spreadsSchema.optional().describe('ACTOR.path -> spread, for this forum'),
    }),
  ]);

  const habitSchema = z
    .strictObject({
      failureCost: unit
        .optional()
        .describe('the cost of ending without a consensus text: the stakes that price blocking'),
      dropLicence: unit
        .optional()
        .describe("an insistence weaker than this is met by the chair's statement recording the view"),
      separateText: unit
        .optional()
        .describe("at a standing chair's-statement forum, the chance a consensus text is tabled beside it"),
    })
    .meta({ title: 'Forum habits', description: 'what a forum of this kind habitually does, each 0..1' });

  const mechanismsSchema = z
    .strictObject(
      Object.fromEntries(
        MECHANISMS.map((name) => [name, z.boolean().optional().describe(`false switches off the ${name} mechanism`)]),
      ) as Record<Mechanism, Zod.ZodOptional<Zod.ZodBoolean>>,
    )
    .meta({ title: 'Mechanisms', description: 'mechanism -> on (true, the default) or off (false)' });

  const forumFileSchema = z
    .strictObject({
      id: slug.describe('the forum id, e.g. arf-2022'),
      name: z.string().min(1).describe("the forum's name, e.g. 29th ASEAN Regional Forum"),
      date: isoDate.describe('date of the meeting, YYYY-MM-DD'),
      kind: slug.describe('forum kind, e.g. arf, eas-fmm, eas-leaders, amm, asean-russia, apec-mrt, g20-fmm'),
      level: z
        .enum(LEVELS)
        .default('ministers')
        .describe(
          'who meets: officials, ministers or leaders. Sets the preparatory rounds (see preparation) and the stakes of failing, and who the texts speak of ("The Leaders ..."). Default ministers: set leaders for a summit',
        ),
      host: actorId.describe('the host delegation (a participant)'),
      chair: actorId.describe('the delegation that chairs and drafts (a participant)'),
      coChair: actorId
        .optional()
        .describe('a second chair sharing the pen; the chair drafts toward the middle of their lines'),
      participants: z.array(actorId).min(1).describe('actor ids of the delegations seated, from the catalogue'),
      absent: z.array(actorId).optional().describe('participants whose seat stays empty'),
      decisionRule: z
        .enum(DECISION_RULES)
        .default('consensus')
        .describe('consensus, or a vote: majority, two-thirds, security-council'),
      permanent: z.array(actorId).optional().describe('permanent members, whose no is a veto under security-council'),
      fallback: z
        .enum(FALLBACKS)
        .optional()
        .describe('what a consensus forum issues without consensus (required there); unused by vote rules'),
      roundLimit: z.number().int().min(1).max(50).describe('negotiating rounds before the deadline'),
      speakingOrder: z
        .enum(SPEAKING_ORDERS)
        .default('host-first')
        .describe('order in which delegations speak each round'),
      noise: unit.default(0.1).describe('per-run jitter of salience and reservation'),
      preparation: z
        .number()
        .int()
        .min(0)
        .max(50)
        .optional()
        .describe(
          'rounds of the preparatory track before the meeting (default by level: officials 0, ministers 1, leaders 4)',
        ),
      hostInvestment: unit
        .optional()
        .describe("the host's investment in a result, 0..1 (default 0.3): a failed meeting is the host's loss of face"),
      standingProduct: z
        .enum(STANDING_PRODUCTS)
        .default('consensus-text')
        .describe('what the forum issues as a matter of course'),
      habit: habitSchema.optional().describe("this forum's habits, each 0..1, overriding those of its kind where set"),
      halfLife: z
        .number()
        .positive()
        .max(100)
        .optional()
        .describe("half-life in years of an issue's salience and insistence, counted from the issue's since date"),
      mechanisms: mechanismsSchema
        .optional()
        .describe('model mechanisms to switch off (false) for ablation; unset: all on'),
      provenance: provenance.describe('forum field -> where its value comes from'),
      uncertainty: uncertaintySchema
        .default('on')
        .describe("draw each run's parameter values from their spreads (on) or use them exactly (off)"),
      catalogue: z
        .string()
        .optional()
        .describe('folder with issues.yaml and actors/, relative to this file or absolute; default: the built-in one'),
      draft: z.record(slug, slug).describe('issue -> opening rung'),
      profiles: z.record(actorId, inlineProfileSchema).optional().describe('inline overrides of delegation profiles'),
      expected: expectedSchema
        .meta({ title: 'Expected outcome' })
        .optional()
        .describe('the real outcome, for the backtest'),
    })
    .meta({ title: 'Forum', description: 'a forum file: one meeting, its delegations, rules and opening draft' });
  return { forumFileSchema };
}

/* eslint-enable max-lines-per-function */

function defineFileSchemas(z: Z) {
  const common = commonSchemas(z);
  const profiles = profileSchemas(z, common);
  return {
    issues: issueSchemas(z, common).issuesFileSchema,
    actors: profiles.actorsFileSchema,
    forum: forumSchemas(z, common, profiles).forumFileSchema,
    profile: profiles.profileSchema,
  };
}

export type FileSchemas = ReturnType<typeof defineFileSchemas>;
/** The kinds of scenario file, each with its schema. */
export type FileKind = 'forum' | 'actors' | 'issues';

let schemas: FileSchemas | undefined;

/** Synchronous (loading a file is), through zod's CommonJS build: the one zod this package uses. */
export function zod(): Z {
  return (createRequire(import.meta.url)('zod') as { z: Z }).z;
}

export function fileSchemas(): FileSchemas {
  schemas ??= defineFileSchemas(zod());
  return schemas;
}

export type IssuesFile = Zod.infer<FileSchemas['issues']>;
export type ProfileInput = Zod.infer<FileSchemas['profile']>;
export type ActorsFile = Zod.infer<FileSchemas['actors']>;
export type ForumFile = Zod.infer<FileSchemas['forum']>;
export interface FileData {
  forum: ForumFile;
  actors: ActorsFile;
  issues: IssuesFile;
}
