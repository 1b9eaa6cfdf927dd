// A run played back for the UI in bounded memory. The engine's own fold (applyEvent) is carried
// forward one event at a time, never re-run from the start; each delegation's state is held once
// and replaced when an event changes it (no copy of the whole room per step); and of the log only
// the last LOG_WINDOW lines are kept. What a 5,000-delegation forum costs here is its delegations
// plus the window, whatever the length of its transcript.
import type { ActorId, ForumEvent, RunResult, Scenario } from '../domain/types.js';
import { describeEvent } from '../engine/describe.js';
import { applyEvent, initialReplayState, type DelegationState, type ReplayState } from '../engine/replay.js';
import { formatVotes } from '../present/votes.js';
import type { DelegationView, ForumMoment } from './replay.js';

/** Log lines the playback keeps; a step longer than this prints its last LOG_WINDOW entries. */
export const LOG_WINDOW = 500;

export interface LogLine {
  key: string;
  text: string;
  bold?: boolean;
  /** Statement text is shown whole; transcript lines are cut at the edge. */
  statement?: boolean;
}

/** Log lines not printed yet, and the position they bring the printed log to. */
export interface LogBatch {
  /** Events printed before this batch. */
  from: number;
  /** Events printed once this batch is. */
  to: number;
  /** The batch ends with the outcome and the text. */
  end: boolean;
  lines: LogLine[];
}

const NO_IDS: readonly ActorId[] = [];

/** The delegations `event` can change: those `applyEvent` updates or seats. */
function touched(event: ForumEvent): readonly ActorId[] {
  switch (event.type) {
    case 'lobby.approach':
      return [event.target];
    case 'round.closed':
    case 'draft.tabled':
    case 'paragraph.annexed':
    case 'paragraph.revised':
    case 'paragraph.dropped':
    case 'draft.unchanged':
    case 'draft.adopted':
    case 'cap.reached':
    case 'vote.tallied':
    case 'outcome':
    case 'speech.made':
      return NO_IDS;
    default:
      return [event.actor];
  }
}

export class RunPlayback {
  /** Events folded so far. */
  private folded = 0;
  /** The fold without its delegations, which live in `delegations` (applyEvent sees only those an event changes). */
  private state: ReplayState;
  private readonly delegations = new Map<ActorId, DelegationState>();
  /** The views of the participants, in the scenario's order; an event replaces the ones it changes. */
  private views: DelegationView[];
  private readonly position = new Map<ActorId, number>();
  /** The last `window` log lines, oldest first from `head`. */
  private ring: LogLine[] = [];
  private head = 0;
  private printedTo = 0;
  private endPrinted = false;
  private endLines: LogLine[] | null = null;

  constructor(
    readonly scenario: Scenario,
    readonly run: RunResult,
    readonly runKey: string,
    readonly window = LOG_WINDOW,
  ) {
    this.state = initialReplayState(scenario.draft);
    this.views = scenario.participants.map((id, i) => {
      this.position.set(id, i);
      return this.view(id, undefined);
    });
  }

  get length(): number {
    return this.run.transcript.length;
  }

  get index(): number {
    return this.folded;
  }

  /** Log lines held: at most the window. */
  get retainedLines(): number {
    return this.ring.length;
  }

  /** Folds the transcript up to entry `index` (exclusive); an earlier index starts over. */
  advanceTo(index: number): this {
    const target = Math.max(0, Math.min(index, this.length));
    if (target < this.folded) this.reset();
    // Only the last `window` entries of a step can be printed: older ones are folded without a line.
    const describeFrom = target - this.window;
    for (let i = this.folded; i < target; i++) {
      const event = this.run.transcript[i]!;
      this.fold(event);
      if (i >= describeFrom) this.remember({ key: `${this.runKey}:${event.seq}`, text: describeEvent(event) });
    }
    this.folded = target;
    return this;
  }

  moment(): ForumMoment {
    return {
      round: this.state.round,
      phase: this.state.phase,
      draft: this.state.draft,
      delegations: this.views.slice(),
      last: this.state.last,
      finished: this.folded >= this.length,
    };
  }

  /** The log lines since the last `printed(batch)`: the played entries (at most the window) and, at the end, the outcome and the text. */
  unprinted(): LogBatch {
    const from = this.printedTo;
    const lines: LogLine[] = [];
    const count = this.folded - from;
    const shown = Math.min(count, this.ring.length);
    if (count > shown) {
      lines.push({
        key: `${this.runKey}:skip${from}`,
        text: `... ${count - shown} entries (#${from + 1}-#${this.folded - shown}) played without a line`,
      });
    }
    for (let i = this.ring.length - shown; i < this.ring.length; i++)
      lines.push(this.ring[(this.head + i) % this.ring.length]!);
    const end = this.folded >= this.length && !this.endPrinted;
    if (end) lines.push(...this.outcomeLines());
    return { from, to: this.folded, end, lines };
  }

  /** The batch has been drawn: later batches start after it. */
  printed(batch: LogBatch): void {
    if (batch.from !== this.printedTo) return;
    this.printedTo = batch.to;
    if (batch.end) this.endPrinted = true;
  }

  private reset(): void {
    this.folded = 0;
    this.state = initialReplayState(this.scenario.draft);
    this.delegations.clear();
    this.views = this.scenario.participants.map((id) => this.view(id, undefined));
    this.ring = [];
    this.head = 0;
    this.printedTo = 0;
    this.endPrinted = false;
  }

  private fold(event: ForumEvent): void {
    if (event.type === 'round.closed') {
      // A round's end changes every delegation: one at a time, as applyEvent copies the record of
      // the delegations it is given on each change.
      for (const [id, widening] of Object.entries(event.widening))
        this.foldInto({ ...event, widening: { [id]: widening } }, [id]);
      this.state = { ...applyEvent({ ...this.state, delegations: {} }, event), delegations: {} };
      return;
    }
    this.state = { ...this.foldInto(event, touched(event)), delegations: {} };
  }

  /** applyEvent given only the delegations `ids`; keeps what it makes of them. */
  private foldInto(event: ForumEvent, ids: readonly ActorId[]): ReplayState {
    const given: Record<ActorId, DelegationState> = {};
    for (const id of ids) {
      const d = this.delegations.get(id);
      if (d) given[id] = d;
    }
    const next = applyEvent({ ...this.state, delegations: given }, event);
    for (const [id, d] of Object.entries(next.delegations)) {
      if (this.delegations.get(id) === d) continue;
      this.delegations.set(id, d);
      const at = this.position.get(id);
      if (at !== undefined) this.views[at] = this.view(id, d);
    }
    return next;
  }

  private view(id: ActorId, d: DelegationState | undefined): DelegationView {
    return {
      id,
      name: this.scenario.profiles[id]?.name ?? id,
      // Before its arrival is replayed a delegation is shown studying the draft.
      stance: d?.stance ?? 'reviewing',
      lobbiedBy: d?.lobbiedBy ?? [],
      resents: d?.resents ?? [],
      lostFace: d?.lostFace ?? false,
      impatience: d?.widening ?? 0,
      vote: d?.vote ?? null,
    };
  }

  private remember(line: LogLine): void {
    if (this.ring.length < this.window) {
      this.ring.push(line);
      return;
    }
    this.ring[this.head] = line;
    this.head = (this.head + 1) % this.window;
  }

  private outcomeLines(): LogLine[] {
    if (this.endLines) return this.endLines;
    const { run, scenario, runKey } = this;
    const lines: LogLine[] = [
      {
        key: `${runKey}:outcome`,
        text: `Outcome: ${run.outcome} after ${run.rounds} round(s), seed ${run.seed}`,
        bold: true,
      },
    ];
    for (const [i, text] of formatVotes(scenario, run).entries())
      lines.push({ key: `${runKey}:vote${i}`, text, statement: true });
    for (const [i, p] of (run.statement?.paragraphs ?? []).entries()) {
      // Prose from a file may be wrapped over lines: one paragraph, one line.
      const text = p.text.replace(/\s*\n\s*/g, ' ');
      lines.push({ key: `${runKey}:p${i}`, text: `  ${i + 1}. [${p.issue}: ${p.rung}] ${text}`, statement: true });
    }
    this.endLines = lines;
    return lines;
  }
}
