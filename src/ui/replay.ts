// Folds a prefix of a run's transcript into what the forum view shows at that moment.
// Pure: the UI never asks the engine for state, it replays the log.
import { STANCES, VOTES, type ActorId, type IssueId, type Phase, type RunResult, type Scenario, type Stance, type TranscriptEntry, type Vote } from '../domain/types.js';

export interface DelegationView {
  id: ActorId;
  name: string;
  stance: Stance;
  /** Powers whose lobbying moved this delegation so far. */
  lobbiedBy: ActorId[];
  /** Powers this delegation resents after losing face to them. */
  resents: ActorId[];
  /** This delegation (a power) lost face in the room. */
  lostFace: boolean;
  /** Share of the ladder its soft red lines have widened by. */
  impatience: number;
  /** Its vote, once cast (vote rules only). */
  vote: Vote | null;
}

export interface ForumMoment {
  round: number;
  phase: Phase;
  /** Rung index per issue of the draft on the table. */
  draft: Record<IssueId, number>;
  delegations: DelegationView[];
  last: TranscriptEntry | null;
  finished: boolean;
}

const isStance = (value: unknown): value is Stance => typeof value === 'string' && (STANCES as readonly string[]).includes(value);
const isVote = (value: unknown): value is Vote => typeof value === 'string' && (VOTES as readonly string[]).includes(value);

export function replay(scenario: Scenario, result: RunResult, upto: number): ForumMoment {
  const entries = result.transcript.slice(0, upto);
  const views = new Map<ActorId, DelegationView>(
    scenario.participants.map((id) => [
      id,
      { id, name: scenario.profiles[id]?.name ?? id, stance: 'reviewing', lobbiedBy: [], resents: [], lostFace: false, impatience: 0, vote: null },
    ]),
  );
  const draft = { ...scenario.draft };
  const rungIndex = (issue: IssueId, name: unknown) => scenario.issues.find((i) => i.id === issue)?.ladder.findIndex((r) => r.id === name) ?? -1;
  let round = 0;
  let phase: Phase = 'opening';
  for (const e of entries) {
    round = e.round;
    phase = e.phase;
    const view = views.get(e.actor);
    // A vote is not a stance, though `absent` names both: a walked-out delegation votes absent and stays walked out.
    if (view && e.event === 'vote.cast') {
      if (isVote(e.after)) view.vote = e.after;
    } else if (view && isStance(e.after)) view.stance = e.after;
    const from = e.data?.from;
    if (view && typeof from === 'string') {
      if (e.event === 'lobby.received' && !view.lobbiedBy.includes(from)) view.lobbiedBy.push(from);
      if (e.event === 'face.lost' && !view.resents.includes(from)) view.resents.push(from);
    }
    if (view && e.event === 'face.lost' && typeof e.after === 'number') view.lostFace = true;
    if (e.event === 'draft.tabled' && e.data?.draft) Object.assign(draft, e.data.draft as Record<string, number>);
    if ((e.event === 'paragraph.revised' || e.event === 'paragraph.dropped') && typeof e.data?.issue === 'string') {
      const index = rungIndex(e.data.issue, e.after);
      if (index >= 0) draft[e.data.issue] = index;
    }
    if (e.event === 'round.closed' && typeof e.data?.elapsed === 'number') {
      for (const v of views.values()) v.impatience = (scenario.profiles[v.id]?.patience ?? 0) * (e.data.elapsed as number);
    }
  }
  return {
    round,
    phase,
    draft,
    delegations: [...views.values()],
    last: entries[entries.length - 1] ?? null,
    finished: upto >= result.transcript.length,
  };
}
