// How a delegation votes from its stance and why it holds it (src/engine/voteChoice.ts): unit
// cases for each branch, then properties over random standings and texts.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Standing } from '../../src/actors/acceptance.js';
import { heldRedLines } from '../../src/actors/acceptance.js';
import { STANCES, type Draft, type Position } from '../../src/domain/types.js';
import { voteChoice, isRefusal, type VoteInput } from '../../src/engine/voteChoice.js';
import { voteOf } from '../../src/engine/votes.js';
import { propertySettings } from '../../src/testing/index.js';
import { position } from '../support/build.js';

const sizes = { war: 5, trade: 5, climate: 5 };
const RUNGS = ['omit', 'dialogue', 'ceasefire', 'investigation', 'condemn'];
const name = (_issue: string, rung: number) => RUNGS[rung]!;

function standing(positions: Record<string, Position>, extra: Partial<Standing> = {}): Standing {
  return { positions, widening: 0, risk: 0, reservation: 0.3, pressure: 0, attribution: {}, ...extra };
}

const blocking = (s: Standing, draft: Draft, boycotted: string[] = []): VoteInput => ({
  stance: 'blocking',
  standing: s,
  draft,
  sizes,
  boycotted,
});

/** A hard ceiling at `dialogue` on the war paragraph (firmness 1: it never yields). */
const refusesWar = (salience: number) => position(0, 0, 1, { hard: true, salience });

describe('voteChoice: stances other than blocking vote as before', () => {
  it.each([
    ['supporting', 'yes'],
    ['walkedOut', 'absent'],
    ['absent', 'absent'],
    ['reviewing', 'abstain'],
    ['seekingAmendment', 'abstain'],
    ['objecting', 'abstain'],
  ] as const)('%s votes %s, with no reason of its own', (stance, vote) => {
    const s = standing({ war: refusesWar(1) });
    expect(voteChoice({ stance, standing: s, draft: { war: 4 }, sizes, boycotted: [] })).toEqual({
      vote,
      because: null,
    });
  });
});

describe('voteChoice: a blocking delegation', () => {
  it('votes no against a text that crosses a line it refuses, and says which', () => {
    expect(voteChoice(blocking(standing({ war: refusesWar(1) }), { war: 4 }), name)).toEqual({
      vote: 'no',
      because: 'votes no: the text crosses its refused line on war at condemn',
    });
  });

  it('votes no when it boycotts a delegation present, whatever the text', () => {
    const s = standing({ war: position(4, 0, 4, { salience: 1 }) });
    expect(voteChoice(blocking(s, { war: 4 }, ['RUS'])).vote).toBe('no');
  });

  it('abstains when the text is only too weak for it (a held floor, nothing refused): it shares the aim', () => {
    const insists = standing({ war: position(4, 3, 4, { hard: true, salience: 1 }) });
    expect(voteChoice(blocking(insists, { war: 1 }), name)).toEqual({
      vote: 'abstain',
      because: "abstains: the text is too weak for it on war at dialogue but it shares the text's aim",
    });
  });

  it('abstains when no line of its holds against the text (nothing to refuse)', () => {
    const s = standing({ war: position(2, 0, 4, { salience: 1 }) });
    expect(voteChoice(blocking(s, { war: 2 })).vote).toBe('abstain');
  });

  it('a line that yields under the pressure is not refused', () => {
    const yielding = standing(
      { war: position(0, 0, 1, { hard: true, firmness: 0.3, salience: 1 }) },
      { pressure: 0.5 },
    );
    expect(voteChoice(blocking(yielding, { war: 4 })).vote).toBe('abstain');
    expect(voteChoice(blocking({ ...yielding, pressure: 0.2 }, { war: 4 })).vote).toBe('no');
  });

  it('cross-pressured: refuses the war paragraph but the trade paragraph makes the text worth its reservation, so it abstains', () => {
    const s = standing({ war: refusesWar(0.5), trade: position(2, 0, 4, { salience: 0.5 }) });
    // Worth (0.5 x 0 + 0.5 x 1) / 1 = 0.5 >= reservation 0.3.
    expect(voteChoice(blocking(s, { war: 4, trade: 2 }), name)).toEqual({
      vote: 'abstain',
      because: "abstains: crosses its refused line on war at condemn but shares the text's aim",
    });
    // A reservation above that worth: no shared aim worth abstaining for.
    expect(voteChoice(blocking({ ...s, reservation: 0.6 }, { war: 4, trade: 2 })).vote).toBe('no');
    // Pressure lowers the reservation it holds out for: 0.6 x (1 - 0.25) = 0.45 <= 0.5.
    expect(voteChoice(blocking({ ...s, reservation: 0.6, pressure: 0.25 }, { war: 4, trade: 2 })).vote).toBe('abstain');
  });

  it('a minor paragraph it likes does not outweigh a salient one it refuses (the refused one counts as worth nothing)', () => {
    const s = standing({ war: refusesWar(0.9), trade: position(2, 0, 4, { salience: 0.1 }) });
    // Worth (0.9 x 0 + 0.1 x 1) / 1 = 0.1 < 0.3; leaving the war paragraph out would have made it 1.
    expect(voteChoice(blocking(s, { war: 4, trade: 2 })).vote).toBe('no');
  });

  it('an omitted paragraph is no aim to share, even with no reservation at all', () => {
    const s = standing({ war: refusesWar(0.5), trade: position(0, 0, 4, { salience: 0.5 }) }, { reservation: 0 });
    expect(voteChoice(blocking(s, { war: 4, trade: 0 })).vote).toBe('no');
    expect(voteChoice(blocking(s, { war: 4, trade: 1 })).vote).toBe('abstain');
  });
});

// Random standings on three five-rung paragraphs (two refused lines and a third paragraph are
// what it takes to tell the refused paragraphs' weighting apart), and random texts.
const rung = fc.integer({ min: 0, max: 4 });
const positionArb = fc
  .record({
    rungs: fc.tuple(rung, rung, rung).map((r) => [...r].sort((a, b) => a - b) as [number, number, number]),
    // Mostly hard lines, often unyielding: refused paragraphs are what the properties are about.
    hard: fc.oneof(fc.constant(true), fc.boolean()),
    firmness: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined, freq: 2 }),
    salience: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ rungs: [min, ideal, max], hard, firmness, salience }) =>
    position(ideal, min, max, { hard, salience, ...(firmness === undefined ? {} : { firmness }) }),
  );
const standingArb = fc
  .record({
    war: positionArb,
    trade: positionArb,
    climate: positionArb,
    risk: fc.double({ min: -1, max: 1, noNaN: true }),
    reservation: fc.double({ min: 0, max: 1, noNaN: true }),
    pressure: fc.double({ min: 0, max: 0.999, noNaN: true }),
  })
  .map(({ war, trade, climate, ...rest }) => standing({ war, trade, climate }, rest));
/** Texts often at the top rung, which crosses every ceiling below it. */
const textRung = fc.oneof(fc.constant(4), rung);
const draftArb = fc.record({ war: textRung, trade: textRung, climate: textRung });
const settings = propertySettings({ scale: 5 });

describe(`voteChoice properties (fast-check seed ${settings.seed}, ${settings.numRuns} runs)`, () => {
  test.prop([fc.constantFrom(...STANCES), standingArb, draftArb], settings)(
    'only a blocking delegation can vote otherwise than its stance says; a supporting one always votes yes',
    (stance, s, draft) => {
      const { vote } = voteChoice({ stance, standing: s, draft, sizes, boycotted: [] });
      if (stance !== 'blocking') expect(vote).toBe(voteOf(stance));
      else expect(['no', 'abstain']).toContain(vote);
      if (stance === 'supporting') expect(vote).toBe('yes');
    },
  );

  test.prop([standingArb, draftArb], settings)(
    'a delegation whose text crosses no refused line that holds (and who boycotts no one) never votes no',
    (s, draft) => {
      const refuses = heldRedLines(s, draft, sizes).some((b) => isRefusal(s, b));
      if (!refuses) expect(voteChoice(blocking(s, draft)).vote).not.toBe('no');
    },
  );

  test.prop(
    [standingArb, draftArb, fc.constantFrom('war', 'trade', 'climate'), fc.integer({ min: 1, max: 4 })],
    settings,
  )('raising a ceiling (accepting stronger wording) never turns an abstention into a no', (s, draft, issue, by) => {
    const p = s.positions[issue]!;
    const wider = { ...s, positions: { ...s.positions, [issue]: { ...p, max: Math.min(4, p.max + by) } } };
    if (voteChoice(blocking(s, draft)).vote === 'abstain')
      expect(voteChoice(blocking(wider, draft)).vote).toBe('abstain');
  });

  test.prop([standingArb, draftArb, fc.double({ min: 0, max: 0.999, noNaN: true })], settings)(
    'more pressure (or a lower reservation) never turns an abstention into a no',
    (s, draft, more) => {
      const pressed = { ...s, pressure: Math.max(s.pressure, more) };
      if (voteChoice(blocking(s, draft)).vote === 'abstain')
        expect(voteChoice(blocking(pressed, draft)).vote).toBe('abstain');
    },
  );
});
