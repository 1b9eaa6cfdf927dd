// `--given MEETING=EVENT` (the event happened at that meeting) or `MEETING!=EVENT` (it did not):
// the conditions a sequence sweep's conditional odds are taken under. EVENT is a product
// (joint-statement, chair-statement, no-statement, adopted, ...), consensus-text or walkout.
import { didYouMean, InputError, type Problem } from '../../scenario/errors.js';
import { CHAIN_EVENTS, type ChainEvent, type Condition } from './chainSummary.js';

export function parseGiven(args: readonly string[], meetings: readonly string[]): Condition[] {
  const problems: Problem[] = [];
  const conditions: Condition[] = [];
  for (const arg of args) {
    const match = /^([^=!]+)(!?=)(.+)$/.exec(arg.trim());
    const fail = (message: string) => problems.push({ file: '--given', path: arg, message });
    if (!match) {
      fail('expected MEETING=EVENT or MEETING!=EVENT, e.g. asean-russia-2022!=consensus-text');
      continue;
    }
    const [, meeting, op, event] = match as unknown as [string, string, string, string];
    if (!meetings.includes(meeting))
      fail(`unknown meeting "${meeting}"; the sequence's are ${meetings.join(', ')}${didYouMean(meeting, meetings)}`);
    else if (!CHAIN_EVENTS.includes(event as ChainEvent))
      fail(`unknown event "${event}"; expected one of ${CHAIN_EVENTS.join(', ')}${didYouMean(event, CHAIN_EVENTS)}`);
    else if (conditions.some((c) => c.meeting === meeting && c.event === event))
      fail(`${meeting} ${event} is given twice`);
    else conditions.push({ meeting, event: event as ChainEvent, holds: op === '=' });
  }
  if (problems.length > 0) throw new InputError(problems);
  return conditions;
}
