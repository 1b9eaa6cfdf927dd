// The run's append-only log: stamps each event with its seq, round and phase, and folds it into
// the replay state the engine reads the room from, so the engine's view is the transcript's.
import type { ForumEvent, ForumEventInput } from '../domain/events.js';
import type { Draft, Phase } from '../domain/types.js';
import { applyEvent, initialReplayState, type ReplayState } from './replay.js';

export class Transcript {
  readonly entries: ForumEvent[] = [];
  round = 0;
  phase: Phase = 'opening';
  private folded: ReplayState;

  constructor(openingDraft: Draft) {
    this.folded = initialReplayState(openingDraft);
  }

  /** What the events so far say about the room. */
  get state(): ReplayState {
    return this.folded;
  }

  add(event: ForumEventInput): void {
    const entry = { ...event, seq: this.entries.length + 1, round: this.round, phase: this.phase } as ForumEvent;
    this.entries.push(entry);
    this.folded = applyEvent(this.folded, entry);
  }
}
