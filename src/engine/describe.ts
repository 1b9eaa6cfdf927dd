// One line of text per event, for `run --transcript` and the UI's log: the only place events
// become strings.
import type { ForumEvent } from '../domain/events.js';
import { safeText } from '../present/safeText.js';

const arrow = (before: string | number, after: string | number) => ` ${before} -> ${after}`;
const summary = (wording: Record<string, string>) =>
  ` ${Object.entries(wording)
    .map(([issue, rung]) => `${issue}=${rung}`)
    .join(' ')}`;

/** What changed, after the event's type (empty when nothing did). */
function change(e: ForumEvent): string {
  switch (e.type) {
    case 'delegation.arrived':
      return ` ${e.stance}`;
    case 'draft.tabled':
    case 'draft.adopted':
      return summary(e.wording);
    case 'stance.changed':
    case 'walkout':
    case 'delegation.returned':
    case 'target.resented':
      return arrow(e.before, e.after);
    case 'speech.made':
      return ` ${e.stance}`;
    case 'lobby.approach':
      return ` ${e.target} ${e.issue}->${e.towardId} ${e.outcome}${e.moved ? arrow(e.moved.before, e.moved.after) : ''}`;
    case 'power.lostFace':
      return arrow(e.from, e.to);
    case 'round.closed':
      return ` elapsed ${e.elapsed.toFixed(2)}`;
    case 'paragraph.revised':
    case 'paragraph.dropped':
      return arrow(e.fromId, e.toId);
    case 'paragraph.annexed':
      return ` ${e.issue} (${e.rungId}) to the chair's statement`;
    case 'draft.unchanged':
      return '';
    case 'cap.reached':
      return ` ${e.events}`;
    case 'vote.cast':
      return arrow(e.stance, e.vote);
    case 'vote.tallied':
      return ` ${e.result}`;
    case 'outcome':
      return ` ${e.outcome}`;
  }
}

/** The event as one line, escaped (reasons quote names and wordings from files). */
export function describeEvent(e: ForumEvent): string {
  return safeText(
    `#${String(e.seq).padStart(4)} r${e.round} ${e.phase.padEnd(10)} ${e.actor.padEnd(4)} ${e.type}${change(e)}  (${e.reason})`,
  );
}
