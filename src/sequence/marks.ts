// What a meeting leaves for later ones, read from its result and typed events: walkouts (who left
// when whom spoke), face lost (a power whose approach backfired; a target that resented a threat),
// grievances (a paragraph a delegation could sign, blocked), the host's embarrassment, the room's
// chill, and the paragraphs of an agreed text (precedent). Amounts 0..1; the numbers are assumed.
import type { ForumEvent } from '../domain/events.js';
import type { ActorId, IssueId, Position, RunResult, Scenario } from '../domain/types.js';
import type { Channel, Mark } from './types.js';

/** Embarrassment a host takes from a meeting that fails (assumed; a walkout adds the engine's own). */
export const FAILED_MEETING_EMBARRASSMENT = 0.5;

type Of<T extends ForumEvent['type']> = Extract<ForumEvent, { type: T }>;

export function marksOf(scenario: Scenario, result: RunResult, meeting: number): Mark[] {
  const events = result.transcript;
  const marks: Mark[] = [];
  const mark = (channel: Channel, delegation: ActorId, amount: number, reason: string, more: Partial<Mark> = {}) => {
    const found = marks.find(
      (m) =>
        m.channel === channel &&
        m.delegation === delegation &&
        m.toward === (more.toward ?? null) &&
        m.issue === (more.issue ?? null),
    );
    // One mark per delegation and target in a meeting: the strongest reason stands.
    if (found) {
      if (amount > found.amount) Object.assign(found, { amount, reason });
      return;
    }
    marks.push({
      channel,
      delegation,
      toward: null,
      issue: null,
      rung: null,
      ...more,
      amount: Math.min(1, amount),
      meeting,
      date: scenario.date,
      reason,
    });
  };
  const at = `at ${scenario.id}`;
  for (const e of events) {
    if (e.type === 'walkout')
      mark('walkouts', e.actor, 1, `walked out when ${e.speaker} spoke ${at}`, { toward: e.speaker });
    if (e.type === 'power.lostFace') {
      const lost = e.from > 0 ? (e.from - e.to) / e.from : 0;
      mark('face', e.actor, lost, `lost face ${at}: its approach to ${e.target} backfired`, { toward: e.target });
    }
    if (e.type === 'target.resented')
      mark('face', e.actor, 1, `lost face ${at}: resented ${e.power}'s approach on ${e.issue}`, { toward: e.power });
  }
  grievances(scenario, result, at, mark);
  const walkouts = events.filter((e): e is Of<'walkout'> => e.type === 'walkout');
  const last = walkouts.at(-1);
  const failed = result.outcome === 'no-statement' || result.outcome === 'rejected' || result.outcome === 'vetoed';
  const embarrassment = (last?.embarrassment ?? 0) + (failed ? FAILED_MEETING_EMBARRASSMENT : 0);
  if (embarrassment > 0) {
    const why = [failed ? `the meeting ended with ${result.outcome}` : '', last ? `${walkouts.length} walkout(s)` : '']
      .filter(Boolean)
      .join(' and ');
    mark('embarrassment', scenario.host, embarrassment, `host of ${scenario.id}, embarrassed: ${why}`);
  }
  if (last && last.coolness > 0)
    mark(
      'mood',
      '*',
      last.coolness,
      `the room cooled by ${last.coolness.toFixed(2)} ${at} after ${walkouts.length} walkout(s)`,
    );
  for (const p of result.consensus?.paragraphs ?? [])
    mark('precedent', '*', 1, `agreed ${at}: [${p.issue}: ${p.rung}]`, { issue: p.issue, rung: p.rung });
  return marks;
}

/**
 * A delegation present at the end that wanted a blocked paragraph (its ideal, as it arrived, at the
 * blocked rung or beyond it, away from the blocker's line) holds a grievance on that issue.
 */
function grievances(
  scenario: Scenario,
  result: RunResult,
  at: string,
  mark: (c: Channel, d: ActorId, amount: number, reason: string, more: Partial<Mark>) => void,
): void {
  const arrived = new Map<ActorId, Record<IssueId, Position>>(
    result.transcript
      .filter((e): e is Of<'delegation.arrived'> => e.type === 'delegation.arrived')
      .map((e) => [e.actor, e.positions]),
  );
  for (const blocker of result.blockers) {
    const rung = scenario.issues.find((i) => i.id === blocker.issue)?.ladder.findIndex((r) => r.id === blocker.rung);
    if (rung === undefined || rung < 0) continue;
    // Blocked as too strong (above the blocker's max) or too weak: those who wanted it at least that far are denied.
    const line = arrived.get(blocker.actor)?.[blocker.issue];
    if (!line) continue;
    const tooStrong = rung > line.max;
    for (const [id, seat] of Object.entries(result.delegations)) {
      const position = arrived.get(id)?.[blocker.issue];
      if (id === blocker.actor || !seat.present || !position || position.salience === 0) continue;
      if (tooStrong ? position.ideal >= rung : position.ideal <= rung)
        mark(
          'grievance',
          id,
          1,
          `${blocker.actor} blocked [${blocker.issue}: ${blocker.rung}], which it wanted, ${at}`,
          {
            issue: blocker.issue,
            toward: blocker.actor,
          },
        );
    }
  }
}
