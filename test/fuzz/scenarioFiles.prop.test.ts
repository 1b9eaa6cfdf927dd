// Fuzz of the scenario files (issue 10): the built-in forum files and their catalogue, mutated at
// random (cut, keys deleted, duplicated or renamed, values of another type, YAML tags, control
// characters, deep nesting, odd numbers, aliases, `__proto__`, long strings), are each either
// accepted, and then run once, or rejected with well-formed problems: one line each,
// FILE[:LINE[:COL]]: [PATH: ]MESSAGE, no control characters, LINE and COL inside the file.
// A small run here; `npm run fuzz -- --cases 10000` runs the same generator at length.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as fc from 'fast-check';
import { propertySettings, propertyTimeout } from '../../src/testing/settings.js';
import { applyPlan } from './apply.js';
import { isFailure, runCase, saveCase, type CaseOutcome } from './check.js';
import { casePlans, type CasePlan } from './mutations.js';

// 150 cases at the default FORUM_SIM_PROP_RUNS of 200.
const settings = propertySettings({ scale: 0.75 });
vi.setConfig({ testTimeout: propertyTimeout(settings, 150) });

const work = mkdtempSync(join(tmpdir(), 'forum-sim-fuzz-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`scenario files under mutation (fast-check seed ${settings.seed}, ${settings.numRuns} runs; FORUM_SIM_PROP_SEED / FORUM_SIM_PROP_RUNS)`, () => {
  it('every mutated file is accepted and runs, or is rejected with well-formed problems', () => {
    let failing: { plan: CasePlan; outcome: CaseOutcome } | undefined;
    const property = fc.property(casePlans(), (plan) => {
      const outcome = runCase(plan, work, { quick: true });
      if (!outcome.findings.some(isFailure)) return true;
      // The last failure is the smallest: fast-check shrinks toward it.
      failing = { plan, outcome };
      return false;
    });
    // Shrinking is bounded in time: a case costs tens of milliseconds, a shrink may try hundreds.
    const details = fc.check(property, { ...settings, interruptAfterTimeLimit: propertyTimeout(settings, 150) / 2 });
    if (!failing) {
      // No case failed; a failure here is the harness's own (an exception in runCase).
      expect(details.failed, fc.defaultReportMessage(details)).toBe(false);
      return;
    }
    const { plan, outcome } = failing;
    const saved = saveCase(
      mkdtempSync(join(tmpdir(), 'forum-sim-fuzz-failure-')),
      plan,
      applyPlan(plan),
      outcome.findings,
      `fast-check seed ${details.seed}, path ${details.counterexamplePath}`,
    );
    const failures = outcome.findings.filter(isFailure);
    const report = failures
      .slice(0, 8)
      .map((f) => `${f.kind} at ${f.stage}: ${f.signature}\n  ${f.detail.split('\n').slice(0, 6).join('\n  ')}`);
    expect.fail(
      [
        `a mutated scenario failed (fast-check seed ${details.seed}, path ${details.counterexamplePath}, ${details.numRuns} runs, ${details.numShrinks} shrinks)`,
        `mutations: ${JSON.stringify(plan)}`,
        `files saved in ${saved} (npm run fuzz -- --replay ${saved})`,
        ...report,
        ...(failures.length > 8 ? [`and ${failures.length - 8} more findings`] : []),
      ].join('\n'),
    );
  });
});
