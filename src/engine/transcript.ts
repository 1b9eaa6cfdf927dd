import type { ActorId, Phase, TranscriptEntry } from '../domain/types.js';

/** Append-only event log of a run. */
export class Transcript {
  readonly entries: TranscriptEntry[] = [];
  round = 0;
  phase: Phase = 'opening';

  add(actor: ActorId, event: string, before: TranscriptEntry['before'], after: TranscriptEntry['after'], reason: string, data?: Record<string, unknown>): void {
    const entry: TranscriptEntry = { seq: this.entries.length + 1, round: this.round, phase: this.phase, actor, event, before, after, reason };
    if (data) entry.data = data;
    this.entries.push(entry);
  }
}
