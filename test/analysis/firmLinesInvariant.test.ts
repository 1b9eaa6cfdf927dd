// refused-line and insistence-kept hold on the real engine and catch the bugs they are there for,
// planted in copies of the engine that rewrite the adopted consensus text after the run.
import { describe, expect, it } from 'vitest';
import {
  checkScenario,
  effectiveScenario,
  floorInsistence,
  heldPositions,
  insistenceKept,
  judgeRun,
  loadScenario,
  refusedLine,
  runInput,
  runScenario,
  type Engine,
  type ForumEvent,
  type Position,
  type RunInput,
  type RunResult,
  type Scenario,
} from '../../src/testing/index.js';
import { LADDER5, position, profile, scenario } from '../support/build.js';
import { annexingEngine, droppingEngine, raisingEngine } from '../support/plantedText.js';

const rules = (roundLimit: number, extra: Partial<Scenario['rules']> = {}): Scenario['rules'] => ({
  decisionRule: 'consensus',
  fallback: 'chair-statement',
  roundLimit,
  speakingOrder: 'alphabetical',
  noise: 0,
  permanent: [],
  preparation: 0,
  ...extra,
});
const easy = { reservation: 0, patience: 1 };

/** Three who want the war condemned, RRR whose red line refuses anything above a ceasefire. */
const ceilingRoom = (line: Partial<Position> = {}, extra: Partial<Scenario['rules']> = {}): RunInput => ({
  scenario: scenario(
    [
      profile('AAA', { war: position(4, 2, 4) }, easy),
      profile('BBB', { war: position(4, 2, 4) }, easy),
      profile('CCC', { war: position(3, 2, 4) }, easy),
      profile('RRR', { war: position(2, 1, 2, { hard: true, firmness: 1, ...line }) }, easy),
    ],
    { draft: { war: 4 }, rules: rules(3, extra) },
    [LADDER5],
  ),
  seed: '1',
  overrides: {},
});

/** Three content with dialogue, III whose red line insists on at least an investigation. */
const floorRoom = (line: Partial<Position> = {}): RunInput => ({
  scenario: scenario(
    [
      profile('AAA', { war: position(1, 0, 2) }, easy),
      profile('BBB', { war: position(1, 0, 3) }, easy),
      profile('CCC', { war: position(2, 0, 3) }, easy),
      profile('III', { war: position(3, 3, 4, { hard: true, firmness: 1, ...line }) }, easy),
    ],
    { draft: { war: 1 }, rules: rules(4) },
    [LADDER5],
  ),
  seed: '1',
  overrides: {},
});

// Variant 2 leaves the room as built (the other variants plant lines in an agreeable room).
const judge = (invariant: typeof refusedLine, input: RunInput, engine?: Engine) =>
  judgeRun(invariant, input, { variant: 2, ...(engine ? { engine } : {}) });

const planted =
  (change: (r: RunResult) => RunResult): Engine =>
  (s, o) =>
    change(runScenario(s, o));

describe('refused-line', () => {
  it('holds on the real engine, which moves the paragraph down to the line before it is adopted', () => {
    const { result, verdict } = judge(refusedLine, ceilingRoom());
    expect(verdict).toEqual({ holds: true, applies: true });
    expect(result.outcome).toBe('joint-statement');
    expect(result.consensus!.paragraphs.map((p) => p.rung)).toEqual(['ceasefire']);
  });

  it('catches an engine that adopts the paragraph above the firmness-1 line, naming seed, delegation, issue and rung', () => {
    expect(judge(refusedLine, ceilingRoom(), raisingEngine).verdict).toEqual({
      holds: false,
      applies: true,
      message:
        "seed 1: joint statement adopted with war at condemn, above present RRR's firmness-1 red line (max ceasefire)",
    });
  });

  it("judges the consensus text beside a standing chairman's statement, not the chair's own text", () => {
    // A forum whose habit is to table a consensus text beside its chairman's statement every time.
    const standing = ceilingRoom({}, { standingProduct: 'chair-statement', habit: { separateText: 1 } });
    const { result, verdict } = judge(refusedLine, standing);
    // The chair (AAA) words its own statement at its ideal, above RRR's line: that is no breach.
    expect(result.outcome).toBe('chair-statement');
    expect(result.statement!.paragraphs.map((p) => p.rung)).toEqual(['condemn']);
    expect(result.consensus!.paragraphs.map((p) => p.rung)).toEqual(['ceasefire']);
    expect(verdict).toEqual({ holds: true, applies: true });
    expect(judge(refusedLine, standing, raisingEngine).verdict.message).toBe(
      "seed 1: consensus text (beside the chairman's statement) adopted with war at condemn, above present RRR's firmness-1 red line (max ceasefire)",
    );
  });

  it('does not count a line that can yield, one held by a delegation that walked out, or a text adopted by a vote', () => {
    expect(judge(refusedLine, ceilingRoom({ firmness: 0.9 }), raisingEngine).verdict).toEqual({
      holds: true,
      applies: false,
    });
    const walkedOut: Engine = (s, o) => {
      const r = raisingEngine(s, o);
      return { ...r, delegations: { ...r.delegations, RRR: { stance: 'walkedOut', present: false } } };
    };
    expect(judge(refusedLine, ceilingRoom(), walkedOut).verdict).toEqual({ holds: true, applies: false });
    // A majority adopts the opening text at condemn over RRR's no: a vote may pass over a no.
    const vote = ceilingRoom({}, { decisionRule: 'majority' });
    const result = runInput(vote);
    expect(result.outcome).toBe('adopted');
    expect(result.statement!.paragraphs.map((p) => p.rung)).toEqual(['condemn']);
    expect(refusedLine.judge(vote, result, { engine: runScenario, variant: 2 })).toEqual({
      holds: true,
      applies: false,
    });
  });

  it('prices the ceiling by firmness alone: an insistence below 1 leaves it judged', () => {
    expect(judge(refusedLine, ceilingRoom({ insistence: 0.5 }), raisingEngine).verdict.holds).toBe(false);
  });
});

describe('insistence-kept', () => {
  it('holds on the real engine, which raises the paragraph to the floor before it is adopted', () => {
    const { result, verdict } = judge(insistenceKept, floorRoom());
    expect(verdict).toEqual({ holds: true, applies: true });
    expect(result.outcome).toBe('joint-statement');
    expect(result.consensus!.paragraphs.map((p) => p.rung)).toEqual(['investigation']);
  });

  it('catches an engine that omits the insisted paragraph, moves it into the annex, or words it below the floor', () => {
    const message = (engine: Engine) => judge(insistenceKept, floorRoom(), engine).verdict.message;
    expect(message(droppingEngine)).toBe(
      "seed 1: joint statement adopted with war omitted, below present III's insistence-1 floor (min investigation)",
    );
    expect(message(annexingEngine)).toBe(
      "seed 1: joint statement adopted with war moved into the chair's annex, below present III's insistence-1 floor (min investigation)",
    );
    const weakened = planted((r) => {
      const text = { paragraphs: [{ issue: 'war', rung: 'dialogue', text: 'On the war: dialogue.' }] };
      return { ...r, consensus: text, statement: text };
    });
    expect(message(weakened)).toBe(
      "seed 1: joint statement adopted with war at dialogue, below present III's insistence-1 floor (min investigation)",
    );
  });

  it('reads insistence, not firmness, for the floor; unstated, insistence is the firmness', () => {
    const verdict = (line: Partial<Position>) => judge(insistenceKept, floorRoom(line), droppingEngine).verdict;
    expect(verdict({ insistence: 0.5 })).toEqual({ holds: true, applies: false });
    expect(verdict({ firmness: 0.5, insistence: 1 }).holds).toBe(false);
    expect(verdict({ firmness: 0.5 })).toEqual({ holds: true, applies: false });
  });
});

describe('the positions a run held', () => {
  const arrivals = (r: RunResult) =>
    r.transcript.filter(
      (e): e is Extract<ForumEvent, { type: 'delegation.arrived' }> => e.type === 'delegation.arrived',
    );

  it("come from the transcript's arrivals when kept, else from the scenario with the firmness the run drew, and agree on the lines", () => {
    const input: RunInput = { ...ceilingRoom(), overrides: { 'forum.uncertainty': 'on' } };
    const s = effectiveScenario(input);
    const kept = runInput(input, runScenario, true);
    const bare = runInput(input);
    expect(arrivals(kept)).toHaveLength(4);
    expect(bare.transcript).toEqual([]);
    const drawn = bare.inputs.drawn['RRR.positions.war.firmness']!;
    expect(drawn).toBeLessThan(1);
    expect(heldPositions(s, kept).RRR!.war!.firmness).toBe(drawn);
    // What the invariants read of a line is the same either way: its bounds, its firmness, and
    // whether its floor is unyielding (insistence 1). Not salience (it fades at seating) nor an
    // insistence below 1 (seating scales it by the run's structure and the chair's licence).
    const lines = (r: RunResult) =>
      Object.entries(heldPositions(s, r)).map(([id, ps]) =>
        Object.entries(ps).map(([issue, p]) => ({
          id,
          issue,
          hard: p.hard,
          min: p.min,
          max: p.max,
          firmness: p.firmness,
          floorUnyielding: floorInsistence(p) >= 1,
        })),
      );
    expect(lines(bare)).toEqual(lines(kept));
    // Both kinds of floor are in the room: RRR's yields (its drawn firmness is below 1), the others' do not.
    expect(
      lines(kept)
        .flat()
        .map((l) => l.floorUnyielding),
    ).toEqual([true, true, true, false]);
  });

  it('prefer the transcript: a breach on drawn values that the arrivals do not bear out is none', () => {
    // A copy whose delegations arrive with RRR's line at firmness 0.5 (as a faded line would), and adopts above it.
    let transcriptRuns = 0;
    const fading: Engine = (s, o) => {
      const r = raisingEngine(s, o);
      if (!o.transcript) return r;
      transcriptRuns++;
      const transcript = r.transcript.map((e) =>
        e.type === 'delegation.arrived' && e.actor === 'RRR'
          ? { ...e, positions: { ...e.positions, war: { ...e.positions.war!, firmness: 0.5 } } }
          : e,
      );
      return { ...r, transcript };
    };
    // Judged as `check` runs it (no transcript): the breach on stated values sends for the transcript.
    expect(judge(refusedLine, ceilingRoom(), fading).verdict).toEqual({ holds: true, applies: false });
    expect(transcriptRuns).toBe(1);
    // The same copy, telling the truth in its transcript, is caught.
    expect(judge(refusedLine, ceilingRoom(), raisingEngine).verdict.holds).toBe(false);
  });
});

describe('check finds the planted bugs on a built-in scenario, and the real engine passes the same check', () => {
  const amm = loadScenario('amm-2022');

  it.each([
    [
      'refused-line',
      refusedLine,
      raisingEngine,
      /^seed \S+: joint statement adopted with \S+ at \S+, above present \w+'s firmness-1 red line \(max \S+\)/,
    ],
    [
      'insistence-kept',
      insistenceKept,
      droppingEngine,
      /^seed \S+: joint statement adopted with \S+ omitted, below present \w+'s insistence-1 floor \(min \S+\)/,
    ],
  ])('%s', (_id, invariant, engine, message) => {
    const real = checkScenario(amm, { runs: 30, seed: 1, invariants: [invariant] });
    expect(real.ok).toBe(true);
    expect(real.notExercised).toEqual([]);
    const broken = checkScenario(amm, { runs: 30, seed: 1, invariants: [invariant], engine });
    expect(broken.ok).toBe(false);
    expect(broken.invariants[0]!.counterexample!.message).toMatch(message);
  });
});
