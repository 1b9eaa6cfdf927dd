// "Was a text agreed?" with one answer in every report. A run's outcome is the product it ends
// with; at a forum whose standing product is the chairman's statement that is `chair-statement`
// every time, even when a consensus text was adopted beside it. So reports count a second,
// overlapping event, `consensus-text`: a text the room agreed, whatever the product. Under
// consensus it is the joint statement or the text beside a standing chairman's statement; under
// a vote rule, the text adopted by the vote (outcome `adopted`).
import { OUTCOMES, type OutcomeKind, type Paragraph, type RunResult } from '../domain/types.js';
import type { RunOutcome } from './sweepLine.js';

export const CONSENSUS_TEXT = 'consensus-text';

/** What a report can count: the product a run ends with, or a consensus text adopted beside any product. */
export type ReportedEvent = OutcomeKind | typeof CONSENSUS_TEXT;

/** Every event a report knows, the products first (in their canonical order), then `consensus-text`. */
export const REPORTED_EVENTS: readonly ReportedEvent[] = [...OUTCOMES, CONSENSUS_TEXT];

/** The text the run adopted: by consensus (beside any product), or by a vote; null when none. */
export function adoptedText(
  result: Pick<RunResult, 'outcome' | 'statement' | 'consensus'>,
): { paragraphs: Paragraph[] } | null {
  return result.consensus ?? (result.outcome === 'adopted' ? result.statement : null);
}

/** Whether the run adopted a consensus text (see the top of this file). */
export const consensusAdopted = (result: Pick<RunResult, 'outcome' | 'statement' | 'consensus'>): boolean =>
  adoptedText(result) !== null;

/** What a report keeps of a run to count events: its product and whether a text was agreed. */
export interface EventFacts {
  outcome: OutcomeKind;
  consensusText: boolean;
}

/** Whether `event` happened in a run. */
export const happened = (run: EventFacts, event: ReportedEvent): boolean =>
  event === CONSENSUS_TEXT ? run.consensusText : run.outcome === event;

/** Whether `event` happened in a run as a sweep line keeps it (its text is null when none was agreed). */
export const happenedInLine = (result: Pick<RunOutcome, 'outcome' | 'text'>, event: ReportedEvent): boolean =>
  happened({ outcome: result.outcome, consensusText: result.text !== null }, event);
