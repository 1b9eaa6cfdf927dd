// Order independence: listing the participants in another order changes nothing, whether the
// order is that of a forum file or of a Scenario built in code.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { loadCatalogue } from '../../src/scenario/catalogue.js';
import {
  assertInvariant,
  BUILTIN_DIR,
  builtinScenarioIds,
  FALLBACKS,
  firstDifference,
  forumRuns,
  loadScenario,
  orderIndependence,
  perturbations,
  propertySettings,
  propertyTimeout,
  reorderParticipants,
  runScenario,
  runSeeds,
  SPEAKING_ORDERS,
  variants,
} from '../../src/testing/index.js';
import { position, profile, scenario } from '../support/build.js';

const settings = propertySettings();
vi.setConfig({ testTimeout: propertyTimeout(settings) });
const builtins = builtinScenarioIds().map((id) => loadScenario(id));

describe(`order independence (fast-check seed ${settings.seed}, ${settings.numRuns} runs; FORUM_SIM_PROP_SEED / FORUM_SIM_PROP_RUNS)`, () => {
  test.prop([forumRuns(), variants()], settings)(
    'a Scenario listing its participants, absentees, profiles in another order runs the same',
    (input, variant) => {
      assertInvariant(orderIndependence, input, { variant });
    },
  );

  const perturbed = fc
    .constantFrom(...builtins)
    .chain((s) => fc.record({ scenario: fc.constant(s), overrides: perturbations(s), seed: runSeeds() }));
  test.prop([perturbed, variants()], settings)(
    'built-in scenarios under random overrides, reordered',
    (input, variant) => {
      assertInvariant(orderIndependence, input, { variant });
    },
  );

  // Found by the property above: the engine took the Scenario's participant order as given, so
  // a Scenario built in code with its delegations in another order ran differently (speaking
  // order, the order of random draws, the order of the result's keys). Shrunk counterexample:
  // two delegations, KHM and PRK, listed as PRK, KHM; seed 0.
  it('regression: the engine puts participants in canonical order itself', () => {
    const s = scenario([profile('KHM', { war: position(1, 0, 2) }), profile('PRK', { war: position(1, 0, 3) })], {
      draft: { war: 1 },
    });
    const reversed = reorderParticipants(s, 0);
    expect(reversed.participants).toEqual(['PRK', 'KHM']);
    expect(firstDifference(runScenario(s, { seed: 0 }), runScenario(reversed, { seed: 0 }))).toBeNull();
  });
});

// ---- Through forum files: two files that differ only in the order they list things --------

const dir = mkdtempSync(join(tmpdir(), 'forum-sim-order-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const catalogue = loadCatalogue(BUILTIN_DIR);
const actors = [...catalogue.profiles.values()].filter((p) => !p.input.abstract).map((p) => p.id);
const issues = catalogue.issues;

interface ForumPlan {
  /** The participants as the first file lists them, and as the second does. */
  ids: string[];
  other: string[];
  chair: string;
  host: string;
  absent: string[];
  walkers: string[];
  draft: Record<string, string>;
  fallback: string;
  roundLimit: number;
  speakingOrder: string;
  noise: number;
  seed: string;
}

/** A forum on the built-in catalogue, and a second listing of its participants. */
const forumFiles: fc.Arbitrary<ForumPlan> = fc
  .record({
    participants: fc.shuffledSubarray(actors, { minLength: 2, maxLength: 40 }),
    reorder: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
    chair: fc.nat(),
    host: fc.nat(),
    absent: fc.uniqueArray(fc.nat({ max: 39 }), { maxLength: 3 }),
    walkouts: fc.uniqueArray(fc.nat({ max: 39 }), { maxLength: 3 }),
    fallback: fc.constantFrom(...FALLBACKS),
    roundLimit: fc.integer({ min: 1, max: 8 }),
    speakingOrder: fc.constantFrom(...SPEAKING_ORDERS),
    noise: fc.constantFrom(0, 0.1, 0.5),
    draft: fc.array(fc.option(fc.nat(), { freq: 4 }), { minLength: issues.length, maxLength: issues.length }),
    seed: runSeeds(),
  })
  .map((g) => {
    const ids = g.participants;
    const chair = ids[g.chair % ids.length]!;
    const absent = [...new Set(g.absent.map((k) => ids[k % ids.length]!))].filter((id) => id !== chair);
    const draft: Record<string, string> = {};
    issues.forEach((issue, i) => {
      const rung = g.draft[i];
      if (rung !== null && rung !== undefined) draft[issue.id] = issue.ladder[rung % issue.ladder.length]!.id;
    });
    if (Object.keys(draft).length === 0) draft[issues[0]!.id] = issues[0]!.ladder[1]!.id;
    const walkers = [...new Set(g.walkouts.map((k) => ids[k % ids.length]!))];
    const other = ids
      .map((id, i) => ({ id, key: g.reorder[i]! }))
      .sort((a, b) => a.key - b.key || (a.id < b.id ? -1 : 1))
      .map((x) => x.id);
    const { fallback, roundLimit, speakingOrder, noise, seed } = g;
    return {
      ids,
      other,
      chair,
      host: ids[g.host % ids.length]!,
      absent,
      walkers,
      draft,
      fallback,
      roundLimit,
      speakingOrder,
      noise,
      seed,
    };
  });

let files = 0;
function writeForum(plan: ForumPlan, order: string[]): string {
  const list = (xs: string[]) => `[${xs.join(', ')}]`;
  const inOrder = (xs: string[]) => order.filter((id) => xs.includes(id));
  const speaker = plan.ids[0]!;
  const profiles = inOrder(plan.walkers)
    .filter((id) => id !== speaker)
    .map(
      (id) => `  ${id}:\n    walkout: [{whenSpeaks: ${speaker}, probability: 0.3}]\n    provenance: {walkout: assumed}`,
    );
  const text = [
    'id: order-test',
    'name: Order test',
    'date: 2022-08-05',
    'kind: test',
    `host: ${plan.host}`,
    `chair: ${plan.chair}`,
    `participants: ${list(order)}`,
    `absent: ${list(inOrder(plan.absent))}`,
    'decisionRule: consensus',
    `fallback: ${plan.fallback}`,
    `roundLimit: ${plan.roundLimit}`,
    `speakingOrder: ${plan.speakingOrder}`,
    `noise: ${plan.noise}`,
    `catalogue: ${JSON.stringify(BUILTIN_DIR)}`,
    'draft:',
    ...Object.entries(plan.draft).map(([issue, rung]) => `  ${issue}: ${rung}`),
    ...(profiles.length > 0 ? ['profiles:', ...profiles] : []),
    '',
  ].join('\n');
  const file = join(dir, `forum-${++files}.yaml`);
  writeFileSync(file, text);
  return file;
}

describe(`order independence through forum files (fast-check seed ${settings.seed}, ${settings.numRuns} runs)`, () => {
  test.prop([forumFiles], settings)(
    'two files that differ only in the order of participants, absentees and profiles give the same run',
    (plan) => {
      const a = loadScenario(writeForum(plan, plan.ids));
      const b = loadScenario(writeForum(plan, plan.other));
      expect(b.hash).toBe(a.hash);
      expect(b.participants).toEqual(a.participants);
      const difference = firstDifference(runScenario(a, { seed: plan.seed }), runScenario(b, { seed: plan.seed }));
      expect(difference, `participants listed as ${plan.ids.join(',')} vs ${plan.other.join(',')}`).toBeNull();
    },
  );
});
