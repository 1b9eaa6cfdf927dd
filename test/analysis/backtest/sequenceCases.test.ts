// Sequence cases of the record: the Phnom Penh week loads from the record's own case files, and a
// sequence case with the carry-over off scores exactly as the per-case backtest of its meetings on
// the same seeds (the pairing the carried-vs-alone comparison rests on).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainRates } from '../../../src/analysis/backtest/baselines.js';
import { caseReport } from '../../../src/analysis/backtest/caseReport.js';
import { tallyOf } from '../../../src/analysis/backtest/caseTally.js';
import { loadSequenceCase, SEQUENCE_CASE_DIR } from '../../../src/analysis/backtest/sequenceCases.js';
import { aloneSeeds, carryOff, runAlone, runChains } from '../../../src/analysis/backtest/sequenceRuns.js';
import { scoreSequenceCase } from '../../../src/analysis/backtest/sequenceScore.js';
import { runBatch } from '../../../src/analysis/runBatch.js';
import type { RunSummary } from '../../../src/analysis/runSummary.js';
import { InputError } from '../../../src/scenario/errors.js';
import { BUILTIN_DIR } from '../../../src/scenario/loader.js';
import { DEFAULT_CARRY } from '../../../src/sequence/defaults.js';

const RECORD = join(BUILTIN_DIR, 'record');
const dir = mkdtempSync(join(tmpdir(), 'forum-sim-seqcase-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const sequenceOf = (forums: string[], extra = '') =>
  `kind: sequence\nid: t\nname: t\nmeetings:\n${forums.map((f) => `  - forum: ${f}\n`).join('')}${extra}`;
const problems = (file: string) => {
  try {
    loadSequenceCase(file);
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
};

describe('sequence cases', () => {
  it("the Phnom Penh week loads from the record's four case files, in order, with the default carry-over", () => {
    const c = loadSequenceCase(join(SEQUENCE_CASE_DIR, 'phnom-penh-2022-08.yaml'));
    expect(c.sequence.meetings.map((m) => `${m.id} ${m.date}`)).toEqual([
      'amm-2022-08 2022-08-03',
      'asean-russia-fmm-2022-08 2022-08-04',
      'eas-fmm-2022-08 2022-08-04',
      'arf-2022-08 2022-08-05',
    ]);
    for (const m of c.sequence.meetings) {
      expect(m.scenario.source).toBe(join(RECORD, `${m.id}.yaml`));
      expect(m.scenario.expected).not.toBeNull();
    }
    expect(c.sequence.carry).toEqual(DEFAULT_CARRY);
  });

  it('refuses a meeting without `expected`, naming the sequence file, the field and the forum file', () => {
    const file = write(
      'no-expected.yaml',
      sequenceOf([join(RECORD, 'amm-2022-08.yaml'), join(BUILTIN_DIR, 'arf-2022.yaml')]),
    );
    expect(problems(file)).toEqual([
      expect.stringMatching(/^meetings\.1\.forum: .*arf-2022\.yaml has no `expected` block/),
    ]);
  });

  it('refuses a sourced carry value (a sequence file cannot date it before its meetings) and a forum file', () => {
    const carry =
      '\ncarry:\n  face: { halfLife: 30, weight: 0.5, provenance: { halfLife: assumed, weight: "reporting of the ARF" } }\n';
    expect(problems(write('sourced.yaml', sequenceOf([join(RECORD, 'amm-2022-08.yaml')], carry)))).toEqual([
      expect.stringMatching(/^carry\.face\.provenance\.weight: "reporting of the ARF" is a source/),
    ]);
    expect(problems(join(RECORD, 'amm-2022-08.yaml'))).toEqual([expect.stringMatching(/^kind: a sequence case/)]);
  });

  it('with the carry-over off, scores each meeting exactly as the per-case backtest does on the same seeds', async () => {
    // Two record cases whose outcome varies from seed to seed, so a misaligned seed would show.
    const forums = ['g20-leaders-2022-11', 'apec-leaders-2022-11'].map((id) => join(RECORD, `${id}.yaml`));
    const c = loadSequenceCase(write('varied.yaml', sequenceOf(forums)));
    const runs = 12;
    const seed = 'inv';
    const perChain: RunSummary[][] = [];
    const chained = await runChains(c, runs, seed, carryOff(c.sequence.carry), (_, chain) =>
      perChain.push(chain.summaries),
    );
    const alone = await runAlone(c, runs, seed, { workers: 2 });
    const report = scoreSequenceCase(c, { carried: chained, alone, carriedInto: [0, 0] }, '2019-12-31');
    c.sequence.meetings.forEach((meeting, k) => {
      // The per-case backtest's unit of work: a batch of runs of the case on given seeds.
      const perCase = runBatch({ scenario: meeting.scenario, overrides: {}, seeds: aloneSeeds(seed, k, 0, runs) });
      // Run by run, so a chain and its meetings alone that drift apart by one seed would show.
      expect(perChain.map((summaries) => summaries[k])).toEqual(perCase);
      expect(new Set(perCase.map((run) => run.outcome)).size).toBeGreaterThan(1);
      const input = { file: c.file, scenario: meeting.scenario, period: 'test' as const, caseOverrides: [] };
      const backtestScore = caseReport(input, tallyOf(perCase), null, trainRates([]), null).model;
      expect(alone[k]).toEqual(tallyOf(perCase));
      expect(report.meetings[k]!.carried).toEqual(backtestScore);
      expect(report.meetings[k]!.alone).toEqual(backtestScore);
    });
    expect(report.totals.carried).toEqual(report.totals.alone);
  }, 180_000);
});
