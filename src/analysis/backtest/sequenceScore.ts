// A sequence case scored: each meeting's forecast of its event (P of a consensus text, or of
// adoption under a vote rule) with the carry-over beside the same meeting alone, each scored as
// backtest scores a case (score.ts: Brier, smoothed log loss), and the totals over the scored
// meetings. Pure: it reads the counts (sequenceRuns.ts) and the case, never engine internals.
import type { ExpectedOutcome } from '../../domain/types.js';
import type { ReportedEvent } from '../consensusText.js';
import type { CarrySettings } from '../../sequence/types.js';
import { eventCount, type CaseTally } from './caseTally.js';
import { eventOf, happened, score, totals, type Score, type Totals } from './score.js';
import type { SequenceCase } from './sequenceCases.js';
import type { SequenceTallies } from './sequenceRuns.js';
import { periodOf, type Period } from './split.js';

export interface MeetingScore {
  id: string;
  file: string;
  name: string;
  date: string;
  period: Period;
  event: ReportedEvent;
  real: ExpectedOutcome['outcome'];
  /** Why the meeting is run (for what it carries) but not scored; null when it is scored. */
  unscorable: string | null;
  runs: number;
  /** Chains in which some value carried into this meeting. */
  chainsWithCarry: number;
  /** The meeting in the chain, after what carried into it; null when not scored. */
  carried: Score | null;
  /** The meeting alone, on the same seeds; null when not scored. */
  alone: Score | null;
}

export interface SequenceCaseReport {
  id: string;
  file: string;
  name: string;
  runs: number;
  carry: CarrySettings;
  meetings: MeetingScore[];
  /** Over the scored meetings: with the carry-over, and alone. */
  totals: { carried: Totals; alone: Totals };
}

const forecast = (tally: CaseTally, event: ReportedEvent, wasEvent: boolean): Score =>
  score(eventCount(tally, event) / tally.runs, tally.runs, wasEvent);

export function scoreSequenceCase(c: SequenceCase, tallies: SequenceTallies, trainUntil: string): SequenceCaseReport {
  const meetings = c.sequence.meetings.map((meeting, k): MeetingScore => {
    const s = meeting.scenario;
    // loadSequenceCase refuses a meeting without `expected`.
    const expected = s.expected!;
    const event = eventOf(s);
    const wasEvent = happened(expected.outcome, event);
    const unscorable = expected.unscorable ?? null;
    return {
      id: s.id,
      file: s.source,
      name: s.name,
      date: s.date,
      period: periodOf(s.date, trainUntil),
      event,
      real: expected.outcome,
      unscorable,
      runs: tallies.carried[k]!.runs,
      chainsWithCarry: tallies.carriedInto[k] ?? 0,
      carried: unscorable === null ? forecast(tallies.carried[k]!, event, wasEvent) : null,
      alone: unscorable === null ? forecast(tallies.alone[k]!, event, wasEvent) : null,
    };
  });
  const scored = meetings.filter((m) => m.unscorable === null);
  return {
    id: c.sequence.id,
    file: c.file,
    name: c.sequence.name,
    runs: tallies.carried[0]?.runs ?? 0,
    carry: c.sequence.carry,
    meetings,
    totals: { carried: totals(scored.map((m) => m.carried!)), alone: totals(scored.map((m) => m.alone!)) },
  };
}

/** Every scored meeting of every sequence case, with the carry-over and alone. */
export function overallTotals(reports: readonly SequenceCaseReport[]): { carried: Totals; alone: Totals } {
  const scored = reports.flatMap((r) => r.meetings.filter((m) => m.unscorable === null));
  return { carried: totals(scored.map((m) => m.carried!)), alone: totals(scored.map((m) => m.alone!)) };
}
