// `--set PATH=VALUE` and `--params FILE`: what-if changes applied to a loaded Scenario.
// Returns a new Scenario; the input is never mutated, and no prototype can be reached.
import {
  CHAIR_STYLES,
  DECISION_RULES,
  FALLBACKS,
  LEVELS,
  LOBBY_STYLES,
  RANKS,
  MECHANISMS,
  SPEAKING_ORDERS,
  STANDING_PRODUCTS,
  type ForumHabit,
  type Position,
  type Profile,
  type Scenario,
} from '../domain/types.js';
import { scalarParameter, SCALAR_PARAMETER_KEYS, UNIT_RANGE, type Range } from '../domain/tunables.js';
import { didYouMean, InputError, type Problem } from './errors.js';
import { INSISTENCE_NEEDS_FLOOR } from './resolveProfile.js';
import { parseTriangle } from './spreads.js';
import { ISO_DATE, isCalendarDate } from './schema.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const PROFILE_PARAMS = [
  ...SCALAR_PARAMETER_KEYS,
  'positions',
  'susceptibility',
  'lobbying',
  'walkout',
  'boycott',
  'chairStyle',
  'rank',
];
const POSITION_FIELDS = ['ideal', 'min', 'max', 'hard', 'firmness', 'salience', 'insistence'];
/** The numeric position fields, which take `LO:MODE:HI` and are drawn under uncertainty. */
const NUMERIC_POSITION_FIELDS = ['salience', 'firmness', 'insistence'];
const LOBBYING_FIELDS = ['strength', 'style', 'targets', 'issues'];
/** The fields `--set forum.FIELD` takes (described in src/domain/parameterFeeds.ts). */
export const FORUM_FIELDS = [
  'roundLimit',
  'fallback',
  'speakingOrder',
  'noise',
  'uncertainty',
  'chair',
  'host',
  'absent',
  'draft',
  'decisionRule',
  'permanent',
  'level',
  'date',
  'preparation',
  'hostInvestment',
  'standingProduct',
  'habit',
  'halfLife',
  'mechanisms',
];
const HABIT_FIELDS: readonly (keyof ForumHabit)[] = ['failureCost', 'dropLicence', 'separateText'];
/** A mechanism switch: on/true leaves it on, off/false switches it off. */
const SWITCH_VALUES = ['on', 'off', 'true', 'false'];

export type Overrides = Record<string, string>;

/** Splits `PATH=VALUE` strings into an ordered map; `where` names the source for messages. */
export function parseSetArgs(args: readonly string[], where = '--set'): Overrides {
  const out: Overrides = Object.create(null) as Overrides;
  const problems: Problem[] = [];
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0)
      problems.push({ file: where, path: arg, message: 'expected PATH=VALUE, e.g. USA.lobbying.strength=0.8' });
    else out[arg.slice(0, eq).trim()] = arg.slice(eq + 1).trim();
  }
  if (problems.length > 0) throw new InputError(problems);
  return out;
}

class Fail extends Error {}

/** Thrown inside an override that is ignored with a warning rather than failing. */
class Skip extends Error {}

/**
 * Applies overrides; one aimed at a delegation that is not seated, through a seated one's profile
 * (`USA.walkout.RUS` in a forum without Russia), is ignored and reported to `warn` instead of failing.
 */
export function applyOverrides(
  base: Scenario,
  overrides: Overrides,
  where = '--set',
  warn: (message: string) => void = () => {},
): Scenario {
  const entries = Object.entries(overrides);
  if (entries.length === 0) return base;
  const scenario: Scenario = structuredClone(base);
  const problems: Problem[] = [];
  for (const [path, value] of entries) {
    const fail = (message: string): never => {
      problems.push({ file: where, path, message });
      throw new Fail();
    };
    const skip = (message: string): never => {
      warn(`${where}: ${path}: ${message}; ignored`);
      throw new Skip();
    };
    try {
      const parts = path.split('.');
      const bad = parts.find((p) => FORBIDDEN.has(p) || p === '');
      if (bad !== undefined) fail(bad === '' ? 'empty path segment' : `"${bad}" is not allowed in a path`);
      const [head, ...rest] = parts as [string, ...string[]];
      if (head === 'forum') applyForum(scenario, rest, value, fail);
      else applyProfile(scenario, head, rest, value, { fail, skip }, `override (${where})`);
    } catch (error) {
      if (!(error instanceof Fail) && !(error instanceof Skip)) throw error;
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return scenario;
}

type FailFn = (message: string) => never;

/**
 * A numeric value, or `LO:MODE:HI` for a value with its own spread: the mode becomes the value and
 * the bounds its spread for this scenario (recorded under the actor's uncertainty spreads).
 */
function parseUncertain(
  scenario: Scenario,
  actor: string,
  path: string,
  value: string,
  range: Range,
  fail: FailFn,
): number {
  const triangle = parseTriangle(value);
  if (!triangle) return parseNumber(value, range, fail);
  const [lo, mode, hi] = [triangle.lo, triangle.mode, triangle.hi].map((part) =>
    parseNumber(String(part), range, fail),
  ) as [number, number, number];
  if (!(lo <= mode && mode <= hi)) fail(`expected LO:MODE:HI with LO <= MODE <= HI, got ${value}`);
  scenario.uncertainty = {
    ...scenario.uncertainty,
    spreads: {
      ...scenario.uncertainty.spreads,
      [actor]: { ...scenario.uncertainty.spreads[actor], [path]: { lo, hi } },
    },
  };
  return mode;
}

function parseNumber(value: string, { min, max }: Range, fail: FailFn): number {
  const n = Number(value);
  if (value === '' || !Number.isFinite(n)) fail(`expected a number from ${min} to ${max}, got "${value}"`);
  if (n < min || n > max) fail(`expected a number from ${min} to ${max}, got ${n}`);
  return n;
}

function parseEnum<T extends string>(value: string, options: readonly T[], fail: FailFn): T {
  if (!(options as readonly string[]).includes(value))
    fail(`expected one of ${options.join(', ')}, got "${value}"${didYouMean(value, options)}`);
  return value as T;
}

function rungIndex(scenario: Scenario, issueId: string, value: string, fail: FailFn): number {
  const issue = scenario.issues.find((i) => i.id === issueId);
  if (!issue)
    return fail(
      `unknown issue "${issueId}"; issues are ${scenario.issues.map((i) => i.id).join(', ')}${didYouMean(
        issueId,
        scenario.issues.map((i) => i.id),
      )}`,
    );
  const rungIds = issue.ladder.map((r) => r.id);
  const index = rungIds.indexOf(value);
  if (index < 0)
    fail(`unknown rung "${value}" of ${issueId}; expected one of ${rungIds.join(', ')}${didYouMean(value, rungIds)}`);
  return index;
}

function applyForum(scenario: Scenario, rest: string[], value: string, fail: FailFn): void {
  const [field, sub, ...extra] = rest;
  if (!field || !FORUM_FIELDS.includes(field))
    fail(
      `unknown forum field "${field ?? ''}"; expected one of ${FORUM_FIELDS.join(', ')}${didYouMean(field ?? '', FORUM_FIELDS)}`,
    );
  const takesSubPath = ['draft', 'uncertainty', 'habit', 'mechanisms'].includes(field!);
  if (!takesSubPath && (sub !== undefined || extra.length > 0)) fail(`forum.${field} takes a value, not a sub-path`);
  const rules = scenario.rules;
  switch (field) {
    case 'roundLimit':
      rules.roundLimit = parseNumber(value, { min: 1, max: 50 }, fail);
      if (!Number.isInteger(rules.roundLimit)) fail('expected a whole number of rounds');
      return;
    case 'noise':
      rules.noise = parseNumber(value, UNIT_RANGE, fail);
      return;
    case 'level':
      scenario.level = parseEnum(value, LEVELS, fail);
      delete scenario.levelDefaulted;
      return;
    case 'preparation':
      rules.preparation = parseNumber(value, { min: 0, max: 50 }, fail);
      if (!Number.isInteger(rules.preparation)) fail('expected a whole number of rounds');
      return;
    case 'hostInvestment':
      rules.hostInvestment = parseNumber(value, UNIT_RANGE, fail);
      return;
    case 'standingProduct':
      rules.standingProduct = parseEnum(value, STANDING_PRODUCTS, fail);
      return;
    case 'habit': {
      const habit = subField(sub, extra, HABIT_FIELDS, 'forum.habit', 'SHARE', fail);
      rules.habit = { ...rules.habit, [habit]: parseNumber(value, UNIT_RANGE, fail) };
      return;
    }
    case 'date':
      // The meeting's date: model v3 fades each issue by the time since its triggering event.
      if (!ISO_DATE.test(value) || !isCalendarDate(value))
        fail(`expected a real calendar date YYYY-MM-DD, got "${value}"`);
      scenario.date = value;
      return;
    case 'halfLife':
      rules.halfLife = parseNumber(value, { min: 0, max: 100 }, fail);
      if (rules.halfLife === 0) fail('expected a number of years above 0 and at most 100, got 0');
      return;
    case 'mechanisms': {
      const mechanism = subField(sub, extra, MECHANISMS, 'forum.mechanisms', 'on|off', fail);
      const on = ['on', 'true'].includes(parseEnum(value, SWITCH_VALUES, fail));
      rules.mechanisms = { ...rules.mechanisms, [mechanism]: on };
      return;
    }
    case 'fallback':
      rules.fallback = parseEnum(value, FALLBACKS, fail);
      return;
    case 'decisionRule':
      rules.decisionRule = parseEnum(value, DECISION_RULES, fail);
      return;
    case 'permanent': {
      // A comma-separated list of permanent members (empty: none); only security-council reads it.
      const ids = value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);
      rules.permanent = [...new Set(ids.map((id) => parseEnum(id, scenario.participants, fail)))].sort();
      return;
    }
    case 'uncertainty': {
      // forum.uncertainty=on|off, or forum.uncertainty.narrow|wide=SHARE (default half-widths).
      if (sub === undefined) {
        scenario.uncertainty = { ...scenario.uncertainty, enabled: parseEnum(value, ['on', 'off'], fail) === 'on' };
        return;
      }
      if ((sub !== 'narrow' && sub !== 'wide') || extra.length > 0)
        fail('expected forum.uncertainty=on|off, forum.uncertainty.narrow=SHARE or forum.uncertainty.wide=SHARE');
      scenario.uncertainty = { ...scenario.uncertainty, [sub!]: parseNumber(value, UNIT_RANGE, fail) };
      return;
    }
    case 'speakingOrder':
      rules.speakingOrder = parseEnum(value, SPEAKING_ORDERS, fail);
      return;
    case 'chair':
    case 'host':
      scenario[field] = parseEnum(value, scenario.participants, fail);
      if (field === 'chair' && scenario.absent.includes(value)) fail(`the chair cannot be absent; ${value} is`);
      return;
    case 'absent': {
      // A comma-separated list of empty seats (empty: everyone attends).
      const ids = value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);
      scenario.absent = [...new Set(ids.map((id) => parseEnum(id, scenario.participants, fail)))].sort();
      if (scenario.absent.includes(scenario.chair)) fail(`the chair ${scenario.chair} cannot be absent`);
      return;
    }
    case 'draft': {
      if (!sub || extra.length > 0) fail('expected forum.draft.<issue>=<rung>');
      scenario.draft[sub!] = rungIndex(scenario, sub!, value, fail);
      return;
    }
  }
}

/** The one sub-field of `forum.FIELD.SUB=VALUE`, one of `fields`. */
function subField<T extends string>(
  sub: string | undefined,
  extra: readonly string[],
  fields: readonly T[],
  at: string,
  valueShape: string,
  fail: FailFn,
): T {
  if (sub === undefined || extra.length > 0) fail(`expected ${at}.<${fields.join('|')}>=${valueShape}`);
  if (!(fields as readonly string[]).includes(sub!))
    fail(`unknown field "${sub}" of ${at}; expected one of ${fields.join(', ')}${didYouMean(sub!, fields)}`);
  return sub as T;
}

/** Every delegation some seated delegation's profile names: triggers, boycotts, susceptibilities, lobbying targets. */
function namedInProfiles(scenario: Scenario): Set<string> {
  const named = new Set<string>();
  for (const p of Object.values(scenario.profiles)) {
    for (const t of p.walkout) named.add(t.whenSpeaks);
    for (const b of p.boycott ?? []) named.add(b.of);
    for (const id of Object.keys(p.susceptibility)) named.add(id);
    for (const id of p.lobbying?.targets ?? []) named.add(id);
  }
  return named;
}

function applyProfile(
  scenario: Scenario,
  actor: string,
  rest: string[],
  value: string,
  { fail, skip }: { fail: FailFn; skip: FailFn },
  source: string,
): void {
  const profile: Profile | undefined = Object.hasOwn(scenario.profiles, actor) ? scenario.profiles[actor] : undefined;
  if (!profile)
    fail(
      `unknown actor "${actor}"; participants are ${scenario.participants.join(', ')} (or "forum")${didYouMean(actor, [...scenario.participants, 'forum'])}`,
    );
  const p = profile!;
  const [param, sub, field, ...extra] = rest;
  if (!param || !PROFILE_PARAMS.includes(param))
    fail(
      `unknown parameter "${param ?? ''}"; expected one of ${PROFILE_PARAMS.join(', ')}${didYouMean(param ?? '', PROFILE_PARAMS)}`,
    );
  const depth = (n: number, shape: string) => {
    if (rest.length !== n) fail(`expected ${actor}.${shape}`);
  };
  /** A delegation named in a seated profile but not seated here: nothing to change, so a warning. */
  const seated = (other: string | undefined, also: (id: string) => boolean = () => true) => {
    if (other !== undefined && scenario.participants.includes(other) && also(other)) return;
    if (other !== undefined && other !== actor && namedInProfiles(scenario).has(other))
      skip(`"${other}" is not seated in ${scenario.id}`);
    fail(`unknown actor "${other}"${didYouMean(other ?? '', scenario.participants)}`);
  };
  // Every value the override sets, including defaults it fills in, is credited to the override.
  let recorded = [rest.join('.')];
  const scalar = scalarParameter(param!);
  if (scalar) {
    depth(1, scalar.key);
    p[scalar.key] = parseUncertain(scenario, actor, scalar.key, value, scalar.range, fail);
  }
  switch (param) {
    case 'susceptibility':
      depth(2, 'susceptibility.<ACTOR>');
      seated(sub);
      p.susceptibility[sub!] = parseUncertain(scenario, actor, rest.join('.'), value, UNIT_RANGE, fail);
      break;
    case 'walkout': {
      depth(2, 'walkout.<ACTOR> (the probability of leaving when that actor speaks)');
      seated(sub);
      const probability = parseUncertain(scenario, actor, rest.join('.'), value, UNIT_RANGE, fail);
      p.walkout = [
        ...p.walkout.filter((t) => t.whenSpeaks !== sub),
        ...(probability > 0 ? [{ whenSpeaks: sub!, probability }] : []),
      ];
      recorded = ['walkout'];
      break;
    }
    case 'boycott': {
      depth(2, 'boycott.<ACTOR> (how firmly it refuses to sign alongside that actor; 0 lifts the boycott)');
      seated(sub, (id) => id !== actor);
      const firmness = parseNumber(value, UNIT_RANGE, fail);
      p.boycott = [...(p.boycott ?? []).filter((b) => b.of !== sub), ...(firmness > 0 ? [{ of: sub!, firmness }] : [])];
      recorded = ['boycott'];
      break;
    }
    case 'chairStyle':
      depth(1, 'chairStyle');
      p.chairStyle = parseEnum(value, CHAIR_STYLES, fail);
      break;
    case 'rank':
      depth(1, 'rank');
      p.rank = parseEnum(value, RANKS, fail);
      break;
    case 'lobbying':
      // `ACTOR.lobbying=none`: the delegation does not lobby at all.
      if (rest.length === 1 && value === 'none') {
        p.lobbying = null;
        recorded = ['lobbying', ...LOBBYING_FIELDS.map((f) => `lobbying.${f}`)];
        break;
      }
      if (rest.length === 1)
        fail(`expected ${actor}.lobbying=none or ${actor}.lobbying.<${LOBBYING_FIELDS.join('|')}>=VALUE`);
      depth(2, `lobbying.<${LOBBYING_FIELDS.join('|')}>`);
      if (!p.lobbying) recorded = LOBBYING_FIELDS.map((f) => `lobbying.${f}`);
      applyLobbying(
        scenario,
        p,
        sub!,
        sub === 'strength'
          ? String(parseUncertain(scenario, actor, 'lobbying.strength', value, UNIT_RANGE, fail))
          : value,
        fail,
      );
      break;
    case 'positions':
      depth(3, `positions.<issue>.<${POSITION_FIELDS.join('|')}>`);
      recorded = applyPosition(
        scenario,
        p,
        sub!,
        field!,
        NUMERIC_POSITION_FIELDS.includes(field!)
          ? String(parseUncertain(scenario, actor, rest.join('.'), value, UNIT_RANGE, fail))
          : value,
        fail,
      ).map((f) => `positions.${sub}.${f}`);
      break;
  }
  void extra;
  scenario.provenance[actor] = {
    ...scenario.provenance[actor],
    ...Object.fromEntries(recorded.map((path) => [path, source])),
  };
}

function applyLobbying(scenario: Scenario, p: Profile, field: string, value: string, fail: FailFn): void {
  if (!LOBBYING_FIELDS.includes(field))
    fail(
      `unknown lobbying field "${field}"; expected one of ${LOBBYING_FIELDS.join(', ')}${didYouMean(field, LOBBYING_FIELDS)}`,
    );
  const lobbying = p.lobbying ?? { strength: 0, style: 'appeals' as const, targets: [], issues: [] };
  const list = () =>
    value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  switch (field) {
    case 'strength':
      lobbying.strength = parseNumber(value, UNIT_RANGE, fail);
      break;
    case 'style':
      lobbying.style = parseEnum(value, LOBBY_STYLES, fail);
      break;
    case 'targets':
      lobbying.targets = list().map((id) => parseEnum(id, scenario.participants, fail));
      break;
    case 'issues':
      lobbying.issues = list().map((id) =>
        parseEnum(
          id,
          scenario.issues.map((i) => i.id),
          fail,
        ),
      );
      break;
  }
  p.lobbying = lobbying;
}

/** Sets one field of a position; returns the fields whose values it set or filled in. */
function applyPosition(
  scenario: Scenario,
  p: Profile,
  issueId: string,
  field: string,
  value: string,
  fail: FailFn,
): string[] {
  if (!POSITION_FIELDS.includes(field))
    fail(
      `unknown position field "${field}"; expected one of ${POSITION_FIELDS.join(', ')}${didYouMean(field, POSITION_FIELDS)}`,
    );
  const issue = scenario.issues.find((i) => i.id === issueId);
  if (!issue)
    fail(
      `unknown issue "${issueId}"${didYouMean(
        issueId,
        scenario.issues.map((i) => i.id),
      )}`,
    );
  const top = issue!.ladder.length - 1;
  // An actor with no stated position is indifferent: the whole ladder, no salience.
  const existing = p.positions[issueId];
  const position: Position = { ...(existing ?? { ideal: 0, min: 0, max: top, hard: false, salience: 0 }) };
  if (field === 'hard') {
    position.hard = parseEnum(value, ['true', 'false'], fail) === 'true';
    if (position.hard) position.firmness = position.firmness ?? 1;
    else delete position.firmness;
  } else if (field === 'salience') position.salience = parseNumber(value, UNIT_RANGE, fail);
  else if (field === 'insistence') {
    // Unlike a firmness it does not make the line hard: a floor must already be a hard one.
    const insistence = parseNumber(value, UNIT_RANGE, fail);
    if (!position.hard) fail(`${INSISTENCE_NEEDS_FLOOR}: set ${p.id}.positions.${issueId}.hard=true first`);
    if (position.min === 0) fail(`${INSISTENCE_NEEDS_FLOOR}: ${p.id}'s min on ${issueId} is ${issue!.ladder[0]!.id}`);
    position.insistence = insistence;
  } else if (field === 'firmness') {
    // Setting a firmness makes the interval a red line that holds that firmly.
    position.firmness = parseNumber(value, UNIT_RANGE, fail);
    position.hard = true;
  } else position[field as 'ideal' | 'min' | 'max'] = rungIndex(scenario, issueId, value, fail);
  if (field === 'ideal') {
    // Moving the ideal drags the interval along rather than producing an impossible profile.
    position.min = Math.min(position.min, position.ideal);
    position.max = Math.max(position.max, position.ideal);
  }
  // A line that no longer has a hard floor has nothing left to insist on (as a soft one has no firmness).
  if (!position.hard || position.min === 0) delete position.insistence;
  if (!(position.min <= position.ideal && position.ideal <= position.max)) {
    const name = (r: number) => issue!.ladder[r]!.id;
    fail(`needs min <= ideal <= max, would be ${name(position.min)} / ${name(position.ideal)} / ${name(position.max)}`);
  }
  p.positions[issueId] = position;
  if (!existing) return POSITION_FIELDS.filter((f) => f !== 'insistence');
  return POSITION_FIELDS.filter((f) => f === field || position[f as keyof Position] !== existing[f as keyof Position]);
}
