// fast-check arbitraries for forum-sim's inputs: issue ladders, delegation profiles, whole random
// forums, and runs of them. Values are built from small integers and unit fractions, without
// `chain`, so a failing forum shrinks to few delegations, few issues and round numbers.
import * as fc from 'fast-check';
import {
  DECISION_RULES,
  FALLBACKS,
  LOBBY_STYLES,
  SPEAKING_ORDERS,
  type ActorId,
  type DecisionRule,
  type IssueDef,
  type Position,
  type Profile,
  type Provenance,
  type Scenario,
} from '../domain/types.js';
import {
  pickScalars,
  SCALAR_PARAMETER_KEYS,
  SCALAR_PARAMETERS,
  type ScalarParameterKey,
  type ScalarParameters,
} from '../domain/tunables.js';
import type { RunInput } from '../analysis/invariants.js';
import { runSeeds } from '../analysis/perturb.js';
import { sha256, stableStringify } from '../scenario/stableJson.js';

export interface Range {
  min?: number;
  max?: number;
}

export interface ForumConstraints {
  /** Number of delegations (default 2..40). */
  delegations?: Range;
  /** Number of issues in the catalogue (default 1..6). */
  issues?: Range;
  /** Rungs per ladder, omit included (default 2..6). */
  rungs?: Range;
  /** Round limit (default 1..8). */
  roundLimit?: Range;
  /** `off`: noise 0; `on`: noise > 0; `any` (default): either. */
  noise?: 'off' | 'on' | 'any';
  /** Parameter uncertainty: `off` (default) uses stated values exactly; `on` draws them per run; `any`: either. */
  uncertainty?: 'off' | 'on' | 'any';
  /** Walkout triggers (default true). */
  walkouts?: boolean;
  /** Powers that lobby (default true). */
  lobbying?: boolean;
  /** Empty seats (default true). */
  absent?: boolean;
  /** Decision rules to draw from (default all of DECISION_RULES). */
  decisionRules?: readonly DecisionRule[];
  /** Attributed wording: some rungs above omit attribute a neighbouring owned rung (default false: none do). */
  attributed?: boolean;
  /** Firmness of hard red lines: `one` (default) leaves it unstated (1); `any` states one in [0, 1], 1 among them. */
  firmness?: 'one' | 'any';
}

/** What a ladder may hold beyond plain owned wordings. */
export interface LadderOptions {
  /** Some rungs above omit attribute a neighbouring owned rung's view (default false). */
  attributed?: boolean;
}

/** What a position may hold beyond its interval. */
export interface PositionOptions {
  /** `any`: a hard position states a firmness in [0, 1] (1 in a third of cases); `one` (default): unstated. */
  firmness?: 'one' | 'any';
}

/** Three-letter delegation ids, deliberately not generated in sorted order. */
export const DELEGATION_IDS: readonly string[] = [
  'KHM',
  'USA',
  'AUS',
  'RUS',
  'BRN',
  'CHN',
  'IDN',
  'EU',
  'LAO',
  'IND',
  'MYS',
  'JPN',
  'MMR',
  'KOR',
  'PHL',
  'NZL',
  'SGP',
  'CAN',
  'THA',
  'PRK',
  'VNM',
  'MNG',
  'TLS',
  'PAK',
  'BGD',
  'LKA',
  'PNG',
  'ARG',
  'BRA',
  'MEX',
  'ZAF',
  'SAU',
  'TUR',
  'GBR',
  'FRA',
  'DEU',
  'ITA',
  'CHL',
  'PER',
  'HKG',
  'TWN',
  'NPL',
  'FJI',
  'ZZZ',
  'AAA',
  'Q1',
  'x-ray',
];

const MAX_ISSUES = 6;
const MAX_POWERS = 3;

const bounded = (r: Range | undefined, min: number, max: number) => ({
  min: Math.max(min, r?.min ?? min),
  max: Math.min(max, r?.max ?? max),
});
/** Hundredths in [min, max]: shrink toward the low end and print short. */
const unit = (min = 0, max = 1) =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => n / 100);
/** 0..59 is a multiple of every ladder size up to 6: reducing it modulo a size picks a rung uniformly. */
const slot = () => fc.nat({ max: 59 });
/** True in one case out of four; shrinks to false. */
const rarely = () => fc.nat({ max: 3 }).map((n) => n === 3);
/** `arb` in one case out of `oneIn`, else null; shrinks to null. */
const sometimes = <T>(arb: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | null> =>
  fc.oneof(
    { withCrossShrink: true },
    { weight: oneIn - 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: arb },
  );

interface IssueTemplate {
  size: number;
  droppable: boolean;
  /** Per rung, null (owned) or a slot choosing which neighbour it attributes; absent for plain ladders. */
  links?: (number | null)[];
}

const MAX_RUNGS = 12;

// Without `attributed` the record draws exactly what it always drew, so existing suites see the same ladders.
const issueTemplate = (rungs: Range, o: LadderOptions = {}): fc.Arbitrary<IssueTemplate> =>
  o.attributed
    ? fc.record({
        size: fc.integer(bounded(rungs, 2, MAX_RUNGS)),
        droppable: fc.boolean(),
        links: fc.array(fc.option(slot(), { freq: 2 }), { minLength: MAX_RUNGS, maxLength: MAX_RUNGS }),
      })
    : fc.record({ size: fc.integer(bounded(rungs, 2, MAX_RUNGS)), droppable: fc.boolean() });

function issueFrom(id: string, t: IssueTemplate): IssueDef {
  const rungId = (r: number) => (r === 0 ? 'omit' : `${id}-r${r}`);
  // As in the catalogue, attributed wording sits next to the owned rung it voices ("most members
  // condemned ..." beside "condemned"), above omit; an owned rung is never itself attributed.
  const attributes = new Map<number, number>();
  const owned = new Set<number>();
  for (let r = 1; r < t.size; r++) {
    const link = t.links?.[r];
    if (link === null || link === undefined || owned.has(r)) continue;
    const neighbour = [link % 2 === 0 ? r + 1 : r - 1, link % 2 === 0 ? r - 1 : r + 1].find(
      (n) => n >= 1 && n < t.size && !attributes.has(n),
    );
    if (neighbour === undefined) continue;
    attributes.set(r, neighbour);
    owned.add(neighbour);
  }
  return {
    id,
    title: `Issue ${id}`,
    droppable: t.droppable,
    ladder: Array.from({ length: t.size }, (_, r) => {
      const rung = { id: rungId(r), text: r === 0 ? null : `On ${id}: wording ${r}.` };
      const o = attributes.get(r);
      return o === undefined ? rung : { ...rung, attributes: rungId(o) };
    }),
  };
}

/** An issue with an ordered ladder of wordings from `omit` (rung 0) up (default 2..6 rungs); `id` names it. */
export function issueLadder(
  id: string,
  rungs: Range = { min: 2, max: 6 },
  options: LadderOptions = {},
): fc.Arbitrary<IssueDef> {
  return issueTemplate(rungs, options).map((t) => issueFrom(id, t));
}

/** A catalogue of issues `i1`, `i2`, ... (default 1..6 issues of 2..6 rungs). */
export function issueLadders(
  count: Range = {},
  rungs: Range = { min: 2, max: 6 },
  options: LadderOptions = {},
): fc.Arbitrary<IssueDef[]> {
  const n = bounded(count, 1, MAX_ISSUES);
  return fc
    .array(issueTemplate(rungs, options), { minLength: n.min, maxLength: n.max })
    .map((list) => list.map((t, i) => issueFrom(`i${i + 1}`, t)));
}

/** A position on a ladder of `size` rungs: min <= ideal <= max, hard or soft, with a salience (and, asked, a firmness). */
export function position(size: number, options: PositionOptions = {}): fc.Arbitrary<Position> {
  const base = { ideal: slot(), below: slot(), above: slot(), hard: fc.boolean(), salience: unit() };
  const template: fc.Arbitrary<PositionTemplate> =
    options.firmness === 'any' ? fc.record({ ...base, firmness: firmnessArb() }) : fc.record(base);
  return template.map((t) => positionFrom(t, size));
}

/** A stated firmness: 1 (never yields) in a third of cases, else hundredths in [0, 1]; shrinks toward 1. */
const firmnessArb = (): fc.Arbitrary<number> =>
  fc.oneof({ withCrossShrink: true }, fc.constant(1), unit(), unit(0.9, 1));

interface PositionTemplate {
  ideal: number;
  below: number;
  above: number;
  hard: boolean;
  salience: number;
  /** A stated firmness, used only when `hard`; absent: unstated (1). */
  firmness?: number;
}

/** A forum's like-mindedness: ideals lie within `spread` rungs of a centre per issue; reservations are scaled by `demand`. */
interface Climate {
  centres: number[];
  spread: number;
  demand: number;
}

const ANY_CLIMATE: Climate = { centres: [], spread: Infinity, demand: 1 };

function positionFrom(t: PositionTemplate, size: number, centre?: number, spread = Infinity): Position {
  const ideal =
    centre === undefined || spread >= size - 1
      ? t.ideal % size
      : Math.min(size - 1, Math.max(0, (centre % size) + (t.ideal % (2 * spread + 1)) - spread));
  const stated = t.hard && t.firmness !== undefined ? { firmness: t.firmness } : {};
  return {
    ideal,
    min: ideal - (t.below % (ideal + 1)),
    max: ideal + (t.above % (size - ideal)),
    hard: t.hard,
    ...stated,
    salience: t.salience,
  };
}

interface DelegationTemplate extends ScalarParameters {
  id: string;
  positions: (PositionTemplate | null)[];
  susceptibility: number[];
  walkout: { speaker: number; probability: number } | null;
  lobbying: { strength: number; style: (typeof LOBBY_STYLES)[number]; targets: number[]; issues: number[] } | null;
}

/** Each scalar parameter, in hundredths over its own range. */
const scalarArbitraries = () =>
  Object.fromEntries(SCALAR_PARAMETERS.map(({ key, range }) => [key, unit(range.min, range.max)])) as Record<
    ScalarParameterKey,
    fc.Arbitrary<number>
  >;

function delegationTemplate(c: ForumConstraints): fc.Arbitrary<DelegationTemplate> {
  const base = { ideal: slot(), below: slot(), above: slot(), hard: rarely(), salience: unit() };
  const positionTemplate: fc.Arbitrary<PositionTemplate> =
    c.firmness === 'any' ? fc.record({ ...base, firmness: firmnessArb() }) : fc.record(base);
  return fc.record({
    id: fc.constantFrom(...DELEGATION_IDS),
    // Most delegations hold a position on most issues; some are indifferent to one.
    positions: fc.array(fc.option(positionTemplate, { freq: 8 }), { minLength: MAX_ISSUES, maxLength: MAX_ISSUES }),
    ...scalarArbitraries(),
    susceptibility: fc.array(unit(), { minLength: MAX_POWERS, maxLength: MAX_POWERS }),
    walkout:
      c.walkouts === false
        ? fc.constant(null)
        : sometimes(fc.record({ speaker: fc.nat({ max: 39 }), probability: unit() }), 25),
    lobbying:
      c.lobbying === false
        ? fc.constant(null)
        : sometimes(
            fc.record({
              strength: unit(),
              style: fc.constantFrom(...LOBBY_STYLES),
              targets: fc.uniqueArray(fc.nat({ max: 39 }), { maxLength: 12 }),
              issues: fc.uniqueArray(fc.nat({ max: MAX_ISSUES - 1 }), { minLength: 1, maxLength: MAX_ISSUES }),
            }),
            2,
          ),
  });
}

/** Every parameter path of a profile covered by a provenance note, as a loaded file would have it. */
function provenanceOfTemplate(p: Profile): Provenance {
  const notes: Provenance = {
    positions: 'assumed',
    ...Object.fromEntries(SCALAR_PARAMETER_KEYS.map((key) => [key, 'assumed'])),
  };
  if (Object.keys(p.susceptibility).length > 0) notes.susceptibility = 'assumed';
  if (p.walkout.length > 0) notes.walkout = 'assumed';
  if (p.lobbying) notes.lobbying = 'assumed';
  return notes;
}

/** A delegation profile over the given issues; `others` are the ids it may be lobbied by or walk out on. */
export function delegationProfile(
  id: ActorId,
  issues: readonly IssueDef[],
  others: readonly ActorId[] = [],
  c: ForumConstraints = {},
): fc.Arbitrary<Profile> {
  return delegationTemplate(c).map((t) =>
    profileFrom({ ...t, id }, issues, [id, ...others.filter((o) => o !== id)], others.slice(0, MAX_POWERS)),
  );
}

function profileFrom(
  t: DelegationTemplate,
  issues: readonly IssueDef[],
  everyone: readonly ActorId[],
  powers: readonly ActorId[],
  climate: Climate = ANY_CLIMATE,
): Profile {
  const positions: Record<string, Position> = {};
  issues.forEach((issue, i) => {
    const template = t.positions[i % MAX_ISSUES];
    if (template) positions[issue.id] = positionFrom(template, issue.ladder.length, climate.centres[i], climate.spread);
  });
  const others = everyone.filter((o) => o !== t.id);
  const susceptibility: Record<string, number> = {};
  powers.forEach((power, i) => {
    if (power !== t.id) susceptibility[power] = t.susceptibility[i]!;
  });
  const walkout =
    t.walkout && others.length > 0
      ? [{ whenSpeaks: others[t.walkout.speaker % others.length]!, probability: t.walkout.probability }]
      : [];
  const lobbying =
    t.lobbying && powers.includes(t.id)
      ? {
          strength: t.lobbying.strength,
          style: t.lobbying.style,
          targets: [...new Set(t.lobbying.targets.map((k) => others[k % Math.max(1, others.length)]!).filter(Boolean))],
          issues: [...new Set(t.lobbying.issues.map((k) => issues[k % issues.length]!.id))],
        }
      : null;
  return {
    id: t.id,
    name: `Delegation ${t.id}`,
    bloc: null,
    positions,
    ...pickScalars(t),
    // The climate's demand scales every delegation's reservation.
    reservation: Math.round(t.reservation * climate.demand * 100) / 100,
    susceptibility,
    walkout,
    lobbying,
  };
}

/** Completes hand-built scenario content with a source and the hash the loader would record (sha256 of the content). */
export function withHash(content: Omit<Scenario, 'hash' | 'source'>, source = 'generated'): Scenario {
  return { ...content, source, hash: sha256(stableStringify(content)) };
}

/**
 * Whole random forums: 2 to 40 delegations, 1 to 6 issues, any decision rule (with permanent
 * members under security-council), fallback and
 * speaking order, noise off or on, walkout triggers, lobbying powers (the first few delegations in
 * sorted order) and empty seats. The chair is always present.
 */
export function forums(c: ForumConstraints = {}): fc.Arbitrary<Scenario> {
  const delegations = bounded(c.delegations ?? { min: 2, max: 40 }, 2, DELEGATION_IDS.length);
  const noise = c.noise ?? 'any';
  return fc
    .record({
      issues: issueLadders(bounded(c.issues, 1, MAX_ISSUES), c.rungs ?? { min: 2, max: 6 }, {
        attributed: c.attributed ?? false,
      }),
      templates: fc.uniqueArray(delegationTemplate(c), {
        minLength: delegations.min,
        maxLength: delegations.max,
        selector: (t) => t.id,
        size: 'max',
      }),
      chair: fc.nat(),
      host: fc.nat(),
      absent:
        c.absent === false
          ? fc.constant<number[]>([])
          : fc.oneof(
              { weight: 4, arbitrary: fc.constant<number[]>([]) },
              { weight: 1, arbitrary: fc.uniqueArray(fc.nat({ max: 39 }), { maxLength: 3 }) },
            ),
      decisionRule: fc.constantFrom(
        ...(c.decisionRules && c.decisionRules.length > 0 ? c.decisionRules : DECISION_RULES),
      ),
      fallback: fc.constantFrom(...FALLBACKS),
      roundLimit: fc.integer(bounded(c.roundLimit ?? { min: 1, max: 8 }, 1, 50)),
      speakingOrder: fc.constantFrom(...SPEAKING_ORDERS),
      noise:
        noise === 'off' ? fc.constant(0) : noise === 'on' ? unit(0.01, 1) : fc.oneof(fc.constant(0), unit(0.01, 1)),
      uncertainty:
        c.uncertainty === 'on' ? fc.constant(true) : c.uncertainty === 'any' ? fc.boolean() : fc.constant(false),
      draft: fc.array(fc.option(slot(), { freq: 5 }), { minLength: MAX_ISSUES, maxLength: MAX_ISSUES }),
      anyIssue: slot(),
      // Like-minded forums (small spread, modest reservations) as well as divided ones.
      centres: fc.array(slot(), { minLength: MAX_ISSUES, maxLength: MAX_ISSUES }),
      spread: fc.nat({ max: 5 }),
      demand: unit(),
      // Under security-council, up to five permanent members (an empty seat among them, at times).
      permanent: fc.uniqueArray(fc.nat({ max: 39 }), { maxLength: 5 }),
    })
    .map((g) => {
      const participants = g.templates.map((t) => t.id).sort();
      const powers = participants.slice(0, MAX_POWERS);
      const profiles: Record<string, Profile> = {};
      const provenance: Record<string, Provenance> = {};
      // Profiles in generated (unsorted) order: nothing may depend on the order of keys.
      for (const t of g.templates) {
        profiles[t.id] = profileFrom(t, g.issues, participants, powers, {
          centres: g.centres,
          spread: g.spread,
          demand: g.demand,
        });
        provenance[t.id] = provenanceOfTemplate(profiles[t.id]!);
      }
      const chair = participants[g.chair % participants.length]!;
      const absent = [...new Set(g.absent.map((k) => participants[k % participants.length]!))]
        .filter((id) => id !== chair)
        .sort();
      const permanent =
        g.decisionRule === 'security-council'
          ? [...new Set(g.permanent.map((k) => participants[k % participants.length]!))].sort()
          : [];
      const draft: Record<string, number> = {};
      g.issues.forEach((issue, i) => {
        const rung = g.draft[i];
        if (rung !== null && rung !== undefined) draft[issue.id] = rung % issue.ladder.length;
      });
      if (Object.keys(draft).length === 0) {
        const issue = g.issues[g.anyIssue % g.issues.length]!;
        draft[issue.id] = g.anyIssue % issue.ladder.length;
      }
      return withHash({
        id: 'random-forum',
        name: 'A random forum',
        date: '2022-08-05',
        kind: 'random',
        host: participants[g.host % participants.length]!,
        chair,
        participants,
        absent,
        level: 'ministers',
        rules: {
          decisionRule: g.decisionRule,
          fallback: g.fallback,
          roundLimit: g.roundLimit,
          speakingOrder: g.speakingOrder,
          noise: g.noise,
          permanent,
        },
        issues: g.issues,
        draft,
        profiles,
        provenance,
        uncertainty: { enabled: g.uncertainty, narrow: 0.05, wide: 0.2, spreads: {} },
        expected: null,
      });
    });
}

export interface RunConstraints {
  /** Also draw an event cap (default false: the engine's own cap). */
  eventCap?: boolean | Range;
}

/** A run of a random forum: the forum, a seed, no overrides, and optionally a small event cap. */
export function forumRuns(c: ForumConstraints & RunConstraints = {}): fc.Arbitrary<RunInput> {
  const cap = c.eventCap ? bounded(typeof c.eventCap === 'object' ? c.eventCap : {}, 1, 100_000) : null;
  return fc
    .record({
      scenario: forums(c),
      seed: runSeeds(),
      maxEvents: cap
        ? fc.option(fc.integer({ min: cap.min, max: Math.min(cap.max, 2_000) }), { freq: 3, nil: undefined })
        : fc.constant(undefined),
    })
    .map(({ scenario, seed, maxEvents }) => ({
      scenario,
      seed,
      overrides: {},
      ...(maxEvents !== undefined ? { maxEvents } : {}),
    }));
}

/** A choice for the relational invariants (see JudgeContext.variant); shrinks toward 0. */
export const variants = (): fc.Arbitrary<number> => fc.nat({ max: 1_000_000 });
