// Random perturbations of a scenario's parameters within their valid ranges, as `--set` override
// maps: what `forum-sim check` runs the invariants on, and what a failing case prints as a
// ready-to-paste command line.
import * as fc from 'fast-check';
import { FALLBACKS, LOBBY_STYLES, SPEAKING_ORDERS, type IssueDef, type Scenario } from '../domain/types.js';
import { delegationParameters } from '../scenario/parameters.js';
import type { Overrides } from '../scenario/overrides.js';
import { mergeOverrides } from './overrideList.js';

export interface PerturbationOptions {
  /** Most parameters changed at once (default 4). */
  maxChanges?: number;
  /** Highest round limit tried (default 12; the valid range goes to 50, which only makes runs longer). */
  maxRoundLimit?: number;
  /** Perturb the forum's rules (round limit, fallback, speaking order, noise, chair, host, draft); default true. */
  forum?: boolean;
  /** Perturb delegation parameters; default true. */
  delegations?: boolean;
  /** Parameter paths held fixed (the user's own overrides): no knob changes them. */
  fixed?: readonly string[];
}

type Entries = [string, string][];

/** One parameter (or one position's interval) a perturbation can change, with its valid values. */
export interface Knob {
  key: string;
  weight: number;
  arbitrary: fc.Arbitrary<Entries>;
}

/** Two decimals, so printed values are short and shrink toward round numbers. */
const unitValue = (min = 0, max = 1) =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => String(n / 100));
const set = (path: string, value: fc.Arbitrary<string>): fc.Arbitrary<Entries> =>
  value.map((v) => [[path, v]] as Entries);

function intervalOf(at: string, issue: IssueDef): fc.Arbitrary<Entries> {
  const rung = (r: number) => issue.ladder[r]!.id;
  const top = issue.ladder.length - 1;
  return fc
    .tuple(fc.integer({ min: 0, max: top }), fc.nat({ max: top }), fc.nat({ max: top }))
    .map(([ideal, below, above]): Entries => [
      [`${at}.ideal`, rung(ideal)],
      [`${at}.min`, rung(Math.max(0, ideal - below))],
      [`${at}.max`, rung(Math.min(top, ideal + above))],
    ]);
}

/** Every parameter of the scenario that a perturbation may change. */
export function knobs(scenario: Scenario, options: PerturbationOptions = {}): Knob[] {
  const out: Knob[] = [];
  const present = scenario.participants.filter((id) => !scenario.absent.includes(id));
  const issueIds = scenario.issues.map((i) => i.id);
  if (options.delegations ?? true) {
    for (const id of scenario.participants) {
      const add = (key: string, arbitrary: fc.Arbitrary<Entries>) =>
        out.push({ key: `${id}.${key}`, weight: 1, arbitrary });
      for (const parameter of delegationParameters(scenario, id)) {
        const path = `${id}.${parameter.path}`;
        const kind = parameter.kind;
        // A stance on a paragraph that is not on the table cannot change a run: no knob for it.
        if (parameter.path.startsWith('positions.') && !(parameter.path.split('.')[1]! in scenario.draft)) continue;
        switch (kind.type) {
          case 'number':
            add(parameter.path, set(path, unitValue(kind.min, kind.max)));
            break;
          case 'boolean':
            add(parameter.path, set(path, fc.constantFrom(String(!kind.current), String(kind.current))));
            break;
          case 'style':
            add(parameter.path, set(path, fc.constantFrom(...LOBBY_STYLES)));
            break;
          case 'actors':
            add(
              parameter.path,
              set(
                path,
                fc.subarray(scenario.participants.filter((t) => t !== id)).map((t) => t.join(',')),
              ),
            );
            break;
          case 'issues':
            add(
              parameter.path,
              set(
                path,
                fc.subarray(issueIds).map((t) => t.join(',')),
              ),
            );
            break;
          case 'rung':
            // The interval moves as one knob (at its ideal): ideal first, then the bounds around
            // it, so every step of the sequence is a valid profile.
            if (kind.field === 'ideal')
              add(`positions.${kind.issue.id}`, intervalOf(`${id}.positions.${kind.issue.id}`, kind.issue));
            break;
        }
      }
    }
  }
  if (options.forum ?? true) {
    // The forum's rules matter more than any one delegation's parameter: together they are drawn
    // about 4 times in 10.
    const delegationKnobs = out.length;
    const forumKnobs: Knob[] = [];
    const add = (key: string, arbitrary: fc.Arbitrary<Entries>) =>
      forumKnobs.push({ key: `forum.${key}`, weight: 1, arbitrary });
    add(
      'roundLimit',
      set('forum.roundLimit', fc.integer({ min: 1, max: Math.min(50, options.maxRoundLimit ?? 12) }).map(String)),
    );
    add('fallback', set('forum.fallback', fc.constantFrom(...FALLBACKS)));
    add('speakingOrder', set('forum.speakingOrder', fc.constantFrom(...SPEAKING_ORDERS)));
    add('noise', set('forum.noise', fc.oneof(fc.constant('0'), unitValue())));
    if (present.length > 1) {
      add('chair', set('forum.chair', fc.constantFrom(...present)));
      add('host', set('forum.host', fc.constantFrom(...scenario.participants)));
    }
    for (const issue of scenario.issues) {
      add(`draft.${issue.id}`, set(`forum.draft.${issue.id}`, fc.constantFrom(...issue.ladder.map((r) => r.id))));
    }
    const weight = Math.max(1, Math.round(((0.4 / 0.6) * delegationKnobs) / forumKnobs.length));
    for (const knob of forumKnobs) out.push({ ...knob, weight });
  }
  const fixed = options.fixed ?? [];
  // A knob may set several paths (a position's interval): it is held if any of them is fixed.
  return out.filter((knob) => !fixed.some((path) => path === knob.key || path.startsWith(`${knob.key}.`)));
}

/**
 * Override maps that change up to `maxChanges` of the scenario's parameters, each within its valid
 * range. Shrinks toward fewer changes and smaller values, so a failing case prints short.
 */
export function perturbations(scenario: Scenario, options: PerturbationOptions = {}): fc.Arbitrary<Overrides> {
  const all = knobs(scenario, options);
  if (all.length === 0) return fc.constant({});
  const one = fc.oneof(...all.map((k) => ({ arbitrary: k.arbitrary, weight: k.weight })));
  return fc
    .array(one, { maxLength: options.maxChanges ?? 4 })
    .map((changes) => insistenceFirst(mergeOverrides(...changes)));
}

/**
 * The same overrides with every insistence first: set while its line still has the hard floor it
 * was stated on (only a stated one is a knob), so a later change of `hard` or the interval that
 * removes the floor drops it rather than making the case invalid.
 */
function insistenceFirst(overrides: Overrides): Overrides {
  const entries = Object.entries(overrides);
  const isInsistence = ([path]: [string, string]) => path.endsWith('.insistence');
  if (!entries.some(isInsistence)) return overrides;
  return mergeOverrides(
    entries.filter(isInsistence),
    entries.filter((entry) => !isInsistence(entry)),
  );
}

/** Seeds of runs: short decimal strings, shrinking toward "0". */
export const runSeeds = (): fc.Arbitrary<string> => fc.nat({ max: 999_999 }).map(String);
