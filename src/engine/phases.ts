// A round as data: the phases it walks through, in order, and what ends it early. The engine
// supplies the steps (RoundSteps, each a module in phases/); this table says which run when, as
// boardgame.io keeps phases and turn order as data. Voting is not a round's phase: it follows the
// last round (conclusion.ts).
import type { Phase } from '../domain/types.js';

/** What the engine does in each phase. */
export interface RoundSteps {
  /** The chair tables the draft; each present delegation reassesses. */
  table(round: number): void;
  /** Delegations speak in speaking order; listeners may walk out. */
  hearStatements(): void;
  /** Each power approaches its targets. */
  lobby(): void;
  /** Whether at least two delegations are present and every one supports: then the draft is adopted. */
  adopt(): boolean;
  /** Impatience sets in: soft intervals widen, and the price of blocking is measured. */
  closeRound(round: number): void;
  /** The chair moves a paragraph that cannot pass in time into its own statement: whether it did. */
  annex(round: number): boolean;
  /** The chair revises one paragraph for the next round. */
  revise(): void;
  isLastRound(round: number): boolean;
}

/** After a phase: go on to the next one, end the round, or end it with the draft adopted. */
export type PhaseVerdict = 'next' | 'endRound' | 'adopted';

export interface PhaseSpec {
  phase: Phase;
  run(steps: RoundSteps, round: number): PhaseVerdict;
}

const next = (): PhaseVerdict => 'next';

/** A round the chair annexes a paragraph in is not also a round it revises one in. */
const annexOrRevise = (s: RoundSteps, round: number): void => {
  if (!s.annex(round)) s.revise();
};

const tabling: PhaseSpec = { phase: 'tabling', run: (s, round) => (s.table(round), next()) };
const statements: PhaseSpec = { phase: 'statements', run: (s) => (s.hearStatements(), next()) };
const lobbying: PhaseSpec = { phase: 'lobbying', run: (s) => (s.lobby(), next()) };
/** At the deadline the fallback decides, so the last round has no closing (nor revision). */
const closing: PhaseSpec = {
  phase: 'closing',
  run: (s, round) => (s.isLastRound(round) ? 'endRound' : (s.closeRound(round), next())),
};

/**
 * Consensus: adoption when every delegation present supports (a protester is back for the text).
 * The chair revises after impatience has set in, drafting for the next round's room.
 */
export const CONSENSUS_ROUND: readonly PhaseSpec[] = [
  tabling,
  statements,
  lobbying,
  { phase: 'adoption', run: (s) => (s.adopt() ? 'adopted' : next()) },
  closing,
  { phase: 'revision', run: (s, round) => (annexOrRevise(s, round), next()) },
];

/**
 * The preparatory track before a meeting: officials table and revise the draft, powers lobby,
 * positions soften; no set speeches and no adoption (the meeting adopts).
 */
export const PREPARATION_ROUND: readonly PhaseSpec[] = [
  {
    phase: 'preparation',
    run: (s, round) => {
      s.table(round);
      s.lobby();
      s.closeRound(round);
      annexOrRevise(s, round);
      return next();
    },
  },
];

/** Under a vote rule the text stays as tabled: only lobbying and impatience move the room. */
export const VOTE_ROUND: readonly PhaseSpec[] = [tabling, statements, lobbying, closing];

/**
 * Walks one round's phases, setting the log's phase as each begins; returns whether the round
 * ended with the draft adopted.
 */
export function playPhases(
  table: readonly PhaseSpec[],
  steps: RoundSteps,
  round: number,
  enter: (phase: Phase) => void,
): boolean {
  for (const spec of table) {
    enter(spec.phase);
    const verdict = spec.run(steps, round);
    if (verdict === 'adopted') return true;
    if (verdict === 'endRound') return false;
  }
  return false;
}
