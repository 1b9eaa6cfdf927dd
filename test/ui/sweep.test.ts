// The UI's sweep, data side: seeds derived from the UI's seed, the same on both series; counts
// equal to running each seed directly; the same with 1 or 2 workers; cancelled between chunks.
import { copyFileSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSENSUS_TEXT, consensusAdopted, type ReportedEvent } from '../../src/analysis/consensusText.js';
import { CONSENSUS_OUTCOMES, VOTE_OUTCOMES, type OutcomeKind } from '../../src/domain/types.js';
import { runScenario } from '../../src/engine/run.js';
import { deriveSeed } from '../../src/engine/rng.js';
import { loadScenario } from '../../src/scenario/loader.js';
import {
  addChunk,
  chunkBatches,
  initialState,
  outcomeKinds,
  outcomeShares,
  startSweep,
  type SweepRequest,
  type SweepState,
} from '../../src/ui/sweep.js';

// Outcomes these edits shift: 30 chair's statements on the first 30 seeds as a one-day ministerial; with
// the G20 leaders' habit (model v3), 14 joint statements and 16 chair's statements.
const G20 = loadScenario('g20-fmm-2022');
const EDITS = { 'forum.level': 'leaders', 'forum.habit.failureCost': '0.95', 'forum.habit.dropLicence': '0.8' };

function request(overrides: SweepRequest['overrides'], more: Partial<SweepRequest> = {}): SweepRequest {
  return { scenario: G20, overrides, master: '7', runs: 30, workers: 1, chunkSeeds: 10, ...more };
}

/** Runs a sweep to its end (or error) and gives every state it reported. */
function sweepAll(req: SweepRequest): Promise<SweepState[]> {
  const states: SweepState[] = [];
  const sweep = startSweep(req, (s) => states.push(s));
  return sweep.done.then(() => states);
}

/** Each seed's outcome, and whether it agreed a text, from running it directly. */
function directRuns(overrides: SweepRequest['overrides'], runs: number): { outcome: OutcomeKind; text: boolean }[] {
  return Array.from({ length: runs }, (_, i) => {
    const result = runScenario(G20, { seed: deriveSeed('7', i), overrides, transcript: false });
    return { outcome: result.outcome, text: consensusAdopted(result) };
  });
}

function countsOf(runs: readonly { outcome: OutcomeKind; text: boolean }[]) {
  const counts: Partial<Record<ReportedEvent, number>> = {};
  for (const { outcome, text } of runs) {
    counts[outcome] = (counts[outcome] ?? 0) + 1;
    if (text) counts[CONSENSUS_TEXT] = (counts[CONSENSUS_TEXT] ?? 0) + 1;
  }
  return counts;
}

const summary = (outcome: OutcomeKind, consensusText = outcome === 'joint-statement') => ({
  outcome,
  consensusText,
  rounds: 1,
  ukraine: null,
  votes: null,
});

describe('chunk batches', () => {
  it('runs the same derived seeds on both series, in batches of at most 25', () => {
    const parts = chunkBatches(request(EDITS, { runs: 500 }), 100, 160);
    const seedsOf = (series: string) => parts.filter((p) => p.series === series).flatMap((p) => p.batch.seeds);
    const expected = Array.from({ length: 60 }, (_, i) => deriveSeed('7', 100 + i));
    expect(seedsOf('edited')).toEqual(expected);
    expect(seedsOf('baseline')).toEqual(expected);
    for (const p of parts) {
      expect(p.batch.seeds.length).toBeLessThanOrEqual(25);
      expect(p.batch.overrides).toEqual(p.series === 'edited' ? EDITS : {});
      expect(p.batch.scenario).toBe(G20);
    }
  });

  it('has one series, without overrides, when there are no edits', () => {
    const parts = chunkBatches(request({}), 0, 30);
    expect(new Set(parts.map((p) => p.series))).toEqual(new Set(['baseline']));
    expect(initialState(request({})).runsTotal).toBe(30);
    expect(initialState(request(EDITS)).runsTotal).toBe(60);
  });
});

describe('counting', () => {
  it('counts each series separately and the seeds once', () => {
    const state = addChunk(
      initialState(request(EDITS)),
      [{ series: 'edited' }, { series: 'baseline' }],
      [
        [summary('joint-statement'), summary('no-statement')],
        [summary('no-statement'), summary('no-statement')],
      ],
    );
    expect(state.seedsDone).toBe(2);
    // Seed 1 went from no statement to a joint one; seed 2 stayed without.
    expect(state.changed).toBe(1);
    expect(state.counts.edited).toEqual({ 'joint-statement': 1, 'no-statement': 1, 'consensus-text': 1 });
    expect(state.counts.baseline).toEqual({ 'no-statement': 2 });
    const shares = outcomeShares(['joint-statement', 'no-statement'], state.counts.baseline, state.seedsDone);
    expect(shares.map((s) => s.p)).toEqual([0, 1]);
    expect(shares[0]!.hi).toBeGreaterThan(0);
    expect(shares[1]!.lo).toBeLessThan(1);
  });

  it('counts a text agreed beside a standing chair statement, and a seed where only that changed', () => {
    const state = addChunk(
      initialState(request(EDITS)),
      [{ series: 'edited' }, { series: 'baseline' }],
      [
        [summary('chair-statement', true), summary('chair-statement', false)],
        [summary('chair-statement', false), summary('chair-statement', false)],
      ],
    );
    expect(state.counts.edited).toEqual({ 'chair-statement': 2, 'consensus-text': 1 });
    expect(state.counts.baseline).toEqual({ 'chair-statement': 2 });
    // The product is the same on both seeds; on seed 1 the edits got a text agreed.
    expect(state.changed).toBe(1);
    const [text] = outcomeShares([CONSENSUS_TEXT], state.counts.edited!, state.seedsDone);
    expect(text).toMatchObject({ outcome: CONSENSUS_TEXT, runs: 1, of: 2, p: 0.5 });
  });

  it("lists the outcomes of the forum's rule, then any other the runs produced, then consensus-text", () => {
    const none = { baseline: {}, edited: null };
    expect(outcomeKinds(G20, none)).toEqual([...CONSENSUS_OUTCOMES, CONSENSUS_TEXT]);
    const vote = { ...G20, rules: { ...G20.rules, decisionRule: 'vote' as never } };
    expect(outcomeKinds(vote, none)).toEqual([...VOTE_OUTCOMES, CONSENSUS_TEXT]);
    expect(outcomeKinds(vote, { baseline: { 'no-statement': 1 }, edited: null })).toEqual([
      'no-statement',
      ...VOTE_OUTCOMES,
      CONSENSUS_TEXT,
    ]);
  });
});

describe('a sweep', () => {
  it('counts what running each seed directly gives, with and without the edits, chunk by chunk', async () => {
    const states = await sweepAll(request(EDITS));
    const last = states.at(-1)!;
    expect(last).toMatchObject({ finished: true, error: null, seedsDone: 30, runsDone: 60, runsTotal: 60 });
    const [baseline, edited] = [directRuns({}, 30), directRuns(EDITS, 30)];
    expect(last.counts.baseline).toEqual(countsOf(baseline));
    expect(last.counts.edited).toEqual(countsOf(edited));
    expect(last.counts.edited).not.toEqual(last.counts.baseline);
    expect(last.changed).toBe(
      edited.filter((run, i) => run.outcome !== baseline[i]!.outcome || run.text !== baseline[i]!.text).length,
    );
    // The bars fill in after each chunk of 10 seeds; progress never goes back.
    expect([...new Set(states.map((s) => s.seedsDone))]).toEqual([0, 10, 20, 30]);
    states.slice(1).forEach((s, i) => expect(s.runsDone).toBeGreaterThanOrEqual(states[i]!.runsDone));
  });

  it('gives the same counts on 2 worker threads as in this thread', async () => {
    const one = (await sweepAll(request(EDITS, { runs: 20, chunkSeeds: 20 }))).at(-1)!;
    const two = (await sweepAll(request(EDITS, { runs: 20, chunkSeeds: 20, workers: 2 }))).at(-1)!;
    expect(two.error).toBeNull();
    expect(two.counts).toEqual(one.counts);
  });

  it('stops between chunks once cancelled, and reports nothing after', async () => {
    const states: SweepState[] = [];
    const sweep = startSweep(request({}, { runs: 50 }), (s) => {
      states.push(s);
      if (s.seedsDone === 10) sweep.cancel();
    });
    await sweep.done;
    expect(states.at(-1)!.seedsDone).toBe(10);
    expect(states.every((s) => !s.finished)).toBe(true);
    // The next sweep runs once the cancelled one has stopped.
    expect((await sweepAll(request({}, { runs: 10 }))).at(-1)!.finished).toBe(true);
  });

  it('stops mid-chunk when cancelled on worker threads, counting nothing of the chunk', async () => {
    const states: SweepState[] = [];
    const sweep = startSweep(request({}, { runs: 200, chunkSeeds: 200, workers: 2 }), (s) => {
      states.push(s);
      if (s.runsDone > 0) sweep.cancel();
    });
    await sweep.done;
    // Cancelled on the chunk's first batch: the rest of the chunk never reached the bars.
    expect(states.at(-1)!.runsDone).toBeLessThan(200);
    expect(states.every((s) => s.seedsDone === 0 && !s.finished)).toBe(true);
  });

  it('sweeps the forum shown, whatever becomes of its file (the workers never read it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forum-sim-sweep-'));
    const file = join(dir, 'forum.yaml');
    copyFileSync(G20.source, file);
    const opened = loadScenario(file);
    const before = (await sweepAll(request({}, { scenario: opened, workers: 2 }))).at(-1)!;
    writeFileSync(file, readFileSync(file, 'utf8').replace(/roundLimit: \d+/, 'roundLimit: 2'));
    const edited = (await sweepAll(request({}, { scenario: opened, workers: 2 }))).at(-1)!;
    writeFileSync(file, 'forum: [');
    const broken = (await sweepAll(request({}, { scenario: opened, workers: 2 }))).at(-1)!;
    expect(before.error).toBeNull();
    expect(before.finished).toBe(true);
    expect(edited).toEqual(before);
    expect(broken).toEqual(before);
  });
});
