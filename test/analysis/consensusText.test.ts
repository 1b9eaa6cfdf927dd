// "Was a text agreed?": one predicate, the same answer from a run's result, its summary (what
// sensitivity, backtest and the UI's sweep count) and its sweep record (what sweep and merge count).
import { describe, expect, it } from 'vitest';
import { CONSENSUS_TEXT, adoptedText, consensusAdopted, happened } from '../../src/analysis/consensusText.js';
import { summarize } from '../../src/analysis/runSummary.js';
import { runOutcome } from '../../src/analysis/sweepLine.js';
import { deriveSeed } from '../../src/engine/rng.js';
import { runScenario } from '../../src/engine/run.js';
import { loadScenario } from '../../src/scenario/loader.js';

const ARF = loadScenario('arf-2022');
// The five Western delegations that object to the containment paragraph, made as patient as can be.
const PATIENT_WEST = Object.fromEntries(['AUS', 'CAN', 'EU', 'JPN', 'USA'].map((id) => [`${id}.patience`, '1']));
// An ARF that always tables a consensus text beside the chair's statement (by habit it does so 1
// time in 20) and where Russia pays for blocking it (by standing a great power blocks for free).
const TEXT_SOUGHT = { ...PATIENT_WEST, 'forum.habit.separateText': '1', 'forum.mechanisms.standing': 'off' };

describe('consensus-text', () => {
  it('is adopted beside the standing chair statement at the ARF though the product never is a joint one', () => {
    const results = Array.from({ length: 12 }, (_, i) =>
      runScenario(ARF, { seed: deriveSeed('1', i), overrides: TEXT_SOUGHT, transcript: false }),
    );
    expect(results.every((r) => r.outcome === 'chair-statement')).toBe(true);
    const agreed = results.filter(consensusAdopted);
    expect(agreed.length).toBeGreaterThan(0);
    // Some runs agree no text either, so both answers are compared below.
    expect(agreed.length).toBeLessThan(results.length);
    for (const r of results) {
      const summary = summarize(r);
      expect(happened(summary, CONSENSUS_TEXT)).toBe(consensusAdopted(r));
      expect(happened(summary, 'joint-statement')).toBe(false);
      // The sweep's record holds the agreed text's wording exactly when a text was agreed.
      expect(runOutcome(r).text !== null).toBe(consensusAdopted(r));
    }
    // The text agreed is the consensus text, not the chair's own statement.
    for (const r of agreed) expect(adoptedText(r)).toBe(r.consensus);
  });

  it('is the joint statement under consensus, and the text adopted by a vote under a vote rule', () => {
    const text = { paragraphs: [] };
    const base = { statement: text, consensus: null };
    expect(consensusAdopted({ ...base, outcome: 'adopted' })).toBe(true);
    expect(consensusAdopted({ ...base, outcome: 'rejected' })).toBe(false);
    expect(consensusAdopted({ ...base, outcome: 'chair-statement' })).toBe(false);
    expect(consensusAdopted({ outcome: 'joint-statement', statement: text, consensus: text })).toBe(true);
    expect(happened({ outcome: 'vetoed', consensusText: false }, 'vetoed')).toBe(true);
  });
});
