// The run's append-only log: stamps each event with its seq, round and phase. An event is built
// only when the log is kept, so a run whose transcript is thrown away pays nothing for its
// events' reasons and wordings; the engine keeps its own view of the room (see delegations.ts),
// and a kept log is folded at the end and checked against it (logCheck.ts).
import type { ForumEvent, ForumEventInput } from '../domain/events.js';
import type { Phase } from '../domain/types.js';

export class Transcript {
  readonly entries: ForumEvent[] = [];
  round = 0;
  phase: Phase = 'opening';

  constructor(readonly kept: boolean) {}

  /** Appends the event `build` makes, called at once (it reads the run as it is now), if the log is kept. */
  add(build: () => ForumEventInput): void {
    if (!this.kept) return;
    const event = build();
    const entry = { ...event, seq: this.entries.length + 1, round: this.round, phase: this.phase } as ForumEvent;
    this.entries.push(entry);
  }
}
