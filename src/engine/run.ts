// The turn-based forum protocol: who acts in which phase, in what order, with which draws. A run
// is a pure function of (scenario, overrides, seed). How a forum ends lives in outcome.ts; the
// phases of a round in phases.ts; every happening is a typed event folded by replay.ts.
import type { StanceContext } from '../actors/stanceMachine.js';
import { approachOutcome, approachStyle } from '../actors/influence.js';
import { rungDistance } from '../actors/utility.js';
import type {
  ActorId,
  Blocker,
  IssueId,
  Paragraph,
  RunResult,
  Scenario,
  Vote,
  VoteRule,
} from '../domain/types.js';
import { applyOverrides, type Overrides } from '../scenario/overrides.js';
import { VERSION } from '../version.js';
import { blockingCost } from '../actors/pressure.js';
import { contestScores, reviseDraft, type DelegateView } from './chair.js';
import { annexCandidate } from './products.js';
import { restrainProtests } from './protest.js';
import { chairLine } from './chairLine.js';
import { draftKey, rungId } from './ladder.js';
import { jitterProfiles } from './noise.js';
import { blockersOf, compromiseBaseline, consensusEnding, paragraphsOf, voteVerdict } from './outcome.js';
import { CONSENSUS_ROUND, playPhases, PREPARATION_ROUND, VOTE_ROUND, type RoundSteps } from './phases.js';
import { drawParameters, type DrawnParameters } from './uncertainty.js';
import { createRng, type Rng } from './rng.js';
import { Transcript } from './transcript.js';
import { replayEvents } from './replay.js';
import { inRoom } from './seats.js';
import { Delegations, EventCapReached } from './delegations.js';
import { forumOf, initialRunState, type Forum, type RunState } from './state.js';
import { isVoteRule, voteOf } from './votes.js';
import { tableDraft } from './phases/table.js';
import { hearStatements } from './phases/hear.js';
import { adoptIfAgreed } from './phases/adopt.js';

export interface RunOptions {
  seed: string | number;
  overrides?: Overrides;
  /** Hard cap on events sent to stance actors; the run ends in its fallback when reached. */
  maxEvents?: number;
  /** Keep the transcript in the result (default true). */
  transcript?: boolean;
  /** Parameter values from a recorded run's `inputs.drawn`, used instead of fresh draws. */
  drawn?: Readonly<Record<string, number>>;
}

export const DEFAULT_MAX_EVENTS = 200_000;
/** Lobbying strength a power keeps after losing face in the room. */
const FACE_LOSS_STRENGTH_FACTOR = 0.5;

export function runScenario(base: Scenario, options: RunOptions): RunResult {
  const seed = String(options.seed);
  const overrides = options.overrides ?? {};
  const scenario = canonicalOrder(applyOverrides(base, overrides));
  const parameters = drawParameters(scenario, seed, options.drawn);
  const maxEvents = options.maxEvents ?? DEFAULT_MAX_EVENTS;
  return new ForumRun(forumOf(scenario), seed, overrides, parameters, maxEvents, options.transcript ?? true).execute();
}

/**
 * Participants, empty seats and permanent members in canonical (sorted) order, as the loader lists
 * them, so a scenario built in code runs the same whatever order it lists its delegations in.
 */
function canonicalOrder(scenario: Scenario): Scenario {
  const sorted = (ids: readonly string[]) => [...ids].sort();
  const inOrder = (ids: readonly string[]) => ids.every((id, i) => i === 0 || ids[i - 1]! < id);
  if (inOrder(scenario.participants) && inOrder(scenario.absent) && inOrder(scenario.rules.permanent)) return scenario;
  return {
    ...scenario,
    participants: sorted(scenario.participants),
    absent: sorted(scenario.absent),
    rules: { ...scenario.rules, permanent: sorted(scenario.rules.permanent) },
  };
}

class ForumRun implements RoundSteps {
  private readonly rng: Rng;
  private readonly log: Transcript;
  private readonly state: RunState;
  private readonly delegations: Delegations;

  constructor(
    private readonly forum: Forum,
    private readonly seed: string,
    private readonly overrides: Overrides,
    private readonly parameters: DrawnParameters,
    maxEvents: number,
    keepTranscript: boolean,
  ) {
    this.rng = createRng(seed);
    this.state = initialRunState(forum);
    this.delegations = new Delegations(forum, maxEvents);
    this.log = new Transcript(keepTranscript);
  }

  execute(): RunResult {
    const { scenario } = this.forum;
    const profiles = jitterProfiles(this.parameters.profiles, scenario.participants, scenario.rules.noise, this.rng);
    const seated = scenario.participants.filter((id) => !scenario.absent.includes(id));
    for (const id of scenario.participants) {
      const profile = restrainProtests(profiles[id]!, this.forum.stakes);
      const present = !scenario.absent.includes(id);
      this.delegations.seat(id, profile, seated, this.state.draft, present);
      this.log.add(() => ({
        type: 'delegation.arrived',
        actor: id,
        stance: this.delegations.stance(id),
        present,
        positions: profile.positions,
        lobbyingStrength: profile.lobbying?.strength ?? null,
        reason: this.delegations.reason(id),
      }));
    }
    this.delegations.seatingDone();
    const rule = scenario.rules.decisionRule;
    const voteRule = isVoteRule(rule) ? rule : null;
    let adopted = false;
    try {
      // The preparatory track: officials work on the draft before the meeting (rounds -P..-1).
      for (let round = -this.forum.preparation; round < 0; round++) {
        this.log.round = round;
        playPhases(PREPARATION_ROUND, this, round, (phase) => (this.log.phase = phase));
      }
      for (let round = 1; round <= scenario.rules.roundLimit && !adopted; round++) {
        this.state.rounds = round;
        this.log.round = round;
        adopted = playPhases(voteRule ? VOTE_ROUND : CONSENSUS_ROUND, this, round, (phase) => (this.log.phase = phase));
      }
    } catch (error) {
      if (!(error instanceof EventCapReached)) throw error;
      this.state.capped = true;
      this.log.add(() => ({
        type: 'cap.reached',
        actor: scenario.chair,
        cap: this.delegations.maxEvents,
        events: this.delegations.sent,
        reason: `event cap of ${this.delegations.maxEvents} reached`,
      }));
    }
    // A vote is taken even when the event cap cut the debate short: casting votes sends no events.
    const result = voteRule ? this.concludeVote(voteRule) : this.conclude(adopted);
    if (this.log.kept) this.assertLogMatchesActors();
    this.delegations.stopAll();
    return result;
  }

  // The round's steps, in the order CONSENSUS_ROUND and VOTE_ROUND (phases.ts) walk them.

  table(round: number): void {
    tableDraft(this.state, this.delegations, this.log, round);
  }

  hearStatements(): void {
    hearStatements(this.state, this.delegations, this.log, this.rng);
  }

  adopt(): boolean {
    return adoptIfAgreed(this.state, this.delegations, this.log);
  }

  isLastRound(round: number): boolean {
    return round === this.forum.scenario.rules.roundLimit;
  }

  /**
   * Impatience sets in, fully by the last round: soft red lines widen (less in a room cooled by
   * protests), and each delegation learns what it would now cost it to be the one who blocks.
   */
  closeRound(round: number): void {
    const { scenario } = this.forum;
    const step = this.forum.preparation + round;
    const elapsed = Math.min(1, step / Math.max(1, this.forum.preparation + scenario.rules.roundLimit - 1));
    const widening: Record<ActorId, number> = {};
    const pressure = this.pressures(elapsed);
    try {
      for (const id of this.delegations.present()) {
        const change = this.delegations.send(id, {
          type: 'round.closed',
          elapsed: elapsed * (1 - this.state.room.coolness),
          pressure: pressure[id] ?? 0,
        });
        widening[id] = this.delegations.context(id).widening;
        if (change.before !== change.after)
          this.log.add(() => ({
            type: 'stance.changed',
            actor: id,
            ...change,
            cause: 'round.closed',
            reason: `impatience after round ${round}: ${this.delegations.reason(id)}`,
          }));
      }
    } finally {
      // Logged after the widening it reports (even when the event cap cut it short), so a replay carries it.
      this.log.add(() => ({
        type: 'round.closed',
        actor: scenario.chair,
        elapsed,
        widening,
        pressure,
        reason: `impatience: soft red lines widen by patience x ${(elapsed * (1 - this.state.room.coolness)).toFixed(2)}`,
      }));
    }
  }

  /** The cost to each delegation present of being the one who blocks the current draft. */
  private pressures(elapsed: number): Record<ActorId, number> {
    const present = this.delegations.present();
    const supporting = new Set(present.filter((id) => this.delegations.stance(id) === 'supporting'));
    const out: Record<ActorId, number> = {};
    for (const id of present) {
      const others = present.length - 1;
      const isolation = others > 0 ? (supporting.size - (supporting.has(id) ? 1 : 0)) / others : 0;
      out[id] =
        blockingCost({ stakes: this.forum.stakes, isolation, elapsed, hostEmbarrassment: this.state.room.embarrassment }) *
        (1 - this.state.room.coolness);
    }
    return out;
  }

  /**
   * The chair revises the most contested paragraph for the room of the next round. Before the last
   * round of a forum whose chair can issue its own text, it may instead move a contested paragraph
   * into its own statement so that the rest can pass.
   */
  revise(round: number): void {
    const { scenario } = this.forum;
    const room = this.delegations.present().map((id) => this.delegations.view(id));
    if (round === scenario.rules.roundLimit - 1 && scenario.rules.fallback === 'chair-statement' && this.annex(room))
      return;
    const onTable = scenario.issues.filter((i) => i.id in this.state.draft);
    const revision = reviseDraft(
      this.state.draft,
      room,
      chairLine(scenario, (id) => this.delegations.context(id).positions),
      onTable,
      this.forum.sizes,
      (d) => this.state.tabled.has(draftKey(d)),
    );
    if (!revision) {
      this.log.add(() => ({
        type: 'draft.unchanged',
        actor: scenario.chair,
        reason: 'no revision brings the room closer',
      }));
      return;
    }
    this.state.draft = { ...this.state.draft, [revision.issue]: revision.to };
    this.log.add(() => ({
      type: revision.to === 0 ? 'paragraph.dropped' : 'paragraph.revised',
      actor: scenario.chair,
      issue: revision.issue,
      from: revision.from,
      to: revision.to,
      fromId: this.rungName(revision.issue, revision.from),
      toId: this.rungName(revision.issue, revision.to),
      reason: `${revision.issue}: ${revision.reason}`,
    }));
  }

  private annex(room: DelegateView[]): boolean {
    const scores = contestScores(this.state.draft, room, this.forum.sizes);
    const contested = [...scores.entries()]
      .filter(([, v]) => v > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([issue]) => issue);
    const issue = annexCandidate(this.state.draft, room, this.forum.sizes, contested, this.forum.scenario.issues);
    if (issue === null) return false;
    const rung = this.state.draft[issue]!;
    const draft = { ...this.state.draft };
    delete draft[issue];
    this.state.draft = draft;
    this.state.annexed = { ...this.state.annexed, [issue]: rung };
    this.log.add(() => ({
      type: 'paragraph.annexed',
      actor: this.forum.scenario.chair,
      issue,
      rung,
      rungId: this.rungName(issue, rung),
      reason: `${issue}: no wording can pass in time; the chair takes it into its own statement so the rest can be adopted`,
    }));
    return true;
  }

  /** Each power approaches each target once a round, on the paragraph where they differ most. */
  lobby(): void {
    const { log } = this;
    const { scenario } = this.forum;
    for (const lobbyist of scenario.participants) {
      const lobbying = this.delegations.context(lobbyist).profile.lobbying;
      // Strength 0 as stated (before any draw) or as drawn: no lobbying, so no approach and no backfire.
      if (
        !lobbying ||
        !this.delegations.isPresent(lobbyist) ||
        lobbying.strength <= 0 ||
        scenario.profiles[lobbyist]?.lobbying?.strength === 0
      )
        continue;
      let lostFace = false;
      const own = this.delegations.context(lobbyist).positions;
      for (const target of [...lobbying.targets].sort()) {
        // Targets are a power's standing list; only those in this forum's room can be approached.
        if (target === lobbyist || !this.delegations.has(target) || !this.delegations.isPresent(target)) continue;
        const targetContext = this.delegations.context(target);
        if (targetContext.resentful.includes(lobbyist)) continue;
        const issue = this.widestGap(own, targetContext, lobbying.issues);
        if (!issue) continue;
        const toward = own[issue]!.ideal;
        // Only a mixed repertoire draws its style, so single-style runs keep their draws.
        const styleDraw = lobbying.style === 'promises-and-threats' ? this.rng.next() : null;
        const style = approachStyle(lobbying.style, styleDraw ?? 0);
        const backfireDraw = this.rng.next();
        const persuadeDraw = this.rng.next();
        // The room's record of the power's strength: it falls when the power loses face.
        const strength = this.delegations.lobbyingStrength(lobbyist) ?? 0;
        const outcome = approachOutcome(
          {
            style,
            strength,
            susceptibility: targetContext.profile.susceptibility[lobbyist] ?? 0,
            faceSensitivity: targetContext.profile.faceSensitivity,
            lobbyistIsHost: lobbyist === scenario.host,
          },
          backfireDraw,
          persuadeDraw,
        );
        const approach = {
          type: 'lobby.approach',
          actor: lobbyist,
          target,
          style,
          issue,
          toward,
          towardId: this.rungName(issue, toward),
          strength,
          styleDraw,
          backfireDraw,
          persuadeDraw,
          outcome,
        } as const;
        if (outcome === 'persuaded') {
          const change = this.delegations.send(target, { type: 'lobby.received', from: lobbyist, issue, toward, persuaded: true });
          log.add(() => ({
            ...approach,
            moved: { ...change, position: this.delegations.context(target).positions[issue]! },
            reason: `${lobbyist} (${style}) on ${issue}: ${this.delegations.reason(target)}`,
          }));
          continue;
        }
        log.add(() => ({ ...approach, moved: null, reason: `${style} toward ${target} on ${issue}: ${outcome}` }));
        if (outcome === 'backfired') {
          // The room sees a power lose its temper once a sitting: its strength falls once a round.
          if (!lostFace) {
            lostFace = true;
            this.delegations.setLobbyingStrength(lobbyist, strength * FACE_LOSS_STRENGTH_FACTOR);
            log.add(() => ({
              type: 'power.lostFace',
              actor: lobbyist,
              target,
              issue,
              style,
              from: strength,
              to: strength * FACE_LOSS_STRENGTH_FACTOR,
              reason: `${style} toward ${target} on ${issue} backfired; its lobbying weakens`,
            }));
          }
          const change = this.delegations.send(target, { type: 'face.lost', by: lobbyist, issue, from: toward });
          log.add(() => ({
            type: 'target.resented',
            actor: target,
            ...change,
            power: lobbyist,
            issue,
            position: this.delegations.context(target).positions[issue]!,
            reason: `resents ${lobbyist}'s ${style}: ${this.delegations.reason(target)}`,
          }));
        }
      }
    }
  }

  private widestGap(
    own: StanceContext['positions'],
    target: StanceContext,
    issues: readonly IssueId[],
  ): IssueId | undefined {
    let best: IssueId | undefined;
    let bestGap = 0;
    for (const issue of [...issues].sort()) {
      const mine = own[issue];
      const theirs = target.positions[issue];
      if (!mine || !theirs || !(issue in this.state.draft)) continue;
      const gap = theirs.salience * rungDistance(theirs, mine.ideal, this.forum.sizes[issue]!);
      if (gap > bestGap) {
        bestGap = gap;
        best = issue;
      }
    }
    return best;
  }

  private conclude(adopted: boolean): RunResult {
    const { scenario } = this.forum;
    this.log.phase = 'closing';
    const ending = consensusEnding({
      adopted,
      standing: scenario.rules.standingProduct ?? 'consensus-text',
      fallback: scenario.rules.fallback,
      draft: this.state.draft,
      annexed: this.state.annexed,
      chairIdeals: chairLine(scenario, (id) => this.delegations.context(id).positions).ideals,
      issues: scenario.issues,
      room: this.delegations.present().map((id) => this.delegations.view(id)),
      sizes: this.forum.sizes,
      level: scenario.level,
      rounds: this.state.rounds,
      present: this.delegations.present().length,
    });
    const statement = ending.paragraphs ? { paragraphs: ending.paragraphs } : null;
    const consensus = ending.consensus ? { paragraphs: ending.consensus } : null;
    this.log.add(() => ({
      type: 'outcome',
      actor: scenario.chair,
      outcome: ending.outcome,
      statement,
      consensus: consensus !== null,
      annex: ending.annex,
      reason: ending.reason,
    }));
    return this.result(
      ending.outcome,
      ending.paragraphs,
      adopted ? [] : this.blockers(),
      null,
      null,
      consensus,
      ending.annex,
    );
  }

  /** The chair puts the text to the vote: each delegation votes from its stance on it after the debate. */
  private concludeVote(rule: VoteRule): RunResult {
    const { log } = this;
    const { scenario } = this.forum;
    log.phase = 'voting';
    const votes: Record<ActorId, Vote> = {};
    for (const id of scenario.participants) {
      const stance = this.delegations.stance(id);
      const vote = voteOf(stance);
      votes[id] = vote;
      log.add(() => ({ type: 'vote.cast', actor: id, stance, vote, reason: this.delegations.reason(id) }));
    }
    const verdict = voteVerdict(votes, rule, scenario.rules.permanent, scenario.participants.length);
    log.add(() => ({
      type: 'vote.tallied',
      actor: scenario.chair,
      rule,
      tally: { ...verdict.tally },
      result: verdict.result,
      vetoedBy: verdict.vetoedBy,
      reason: verdict.reason,
    }));
    log.phase = 'closing';
    const paragraphs = verdict.result === 'adopted' ? paragraphsOf(scenario.issues, this.state.draft, scenario.level) : null;
    log.add(() => ({
      type: 'outcome',
      actor: scenario.chair,
      outcome: verdict.result,
      statement: paragraphs ? { paragraphs } : null,
      consensus: false,
      annex: [],
      reason: `put to the vote (${rule}) after ${this.state.rounds} round(s): ${verdict.result}`,
    }));
    // Under a vote rule, those in the way are those who voted no, on the paragraphs they could not accept.
    const blockers = this.blockers().filter((b) => votes[b.actor] === 'no');
    return this.result(verdict.result, paragraphs, blockers, votes, verdict.tally, null, []);
  }

  private blockers(): Blocker[] {
    const room = this.forum.scenario.participants.map((id) => ({
      view: this.delegations.view(id),
      stance: this.delegations.stance(id),
      boycotting: this.delegations.context(id).boycotting.map((b) => b.of),
    }));
    return blockersOf(room, this.state.tabledDraft, this.forum.sizes, this.forum.scenario.issues);
  }

  private result(
    outcome: RunResult['outcome'],
    paragraphs: Paragraph[] | null,
    blockers: Blocker[],
    votes: RunResult['votes'],
    tally: RunResult['tally'],
    consensus: RunResult['consensus'],
    annex: Paragraph[],
  ): RunResult {
    const { scenario } = this.forum;
    const delegations: RunResult['delegations'] = {};
    for (const id of scenario.participants) {
      const stance = this.delegations.stance(id);
      delegations[id] = { stance, present: stance !== 'walkedOut' && stance !== 'absent' };
    }
    return {
      scenario: scenario.id,
      seed: this.seed,
      outcome,
      rounds: this.state.rounds,
      statement: paragraphs ? { paragraphs } : null,
      consensus,
      annex,
      delegations,
      blockers,
      baseline: compromiseBaseline(scenario, this.state.draft),
      votes,
      tally,
      inputs: this.inputs(),
      events: this.delegations.sent,
      capped: this.state.capped,
      transcript: this.log.entries,
    };
  }

  /** What the run was a function of, recorded so that it can be replayed. */
  private inputs(): RunResult['inputs'] {
    return {
      scenarioHash: this.forum.scenario.hash,
      overrides: { ...this.overrides },
      seed: this.seed,
      version: VERSION,
      uncertainty: this.forum.scenario.uncertainty.enabled ? 'on' : 'off',
      drawn: this.parameters.drawn,
    };
  }

  /**
   * The engine keeps its own view of the room (stances, presence, lobbying strength) in its seats;
   * a kept transcript, folded, must tell the same story, or a replay of it would tell another.
   */
  private assertLogMatchesActors(): void {
    const folded = replayEvents(this.log.entries);
    for (const [id, seat] of this.delegations.seats) {
      const d = folded.delegations[id];
      const agrees =
        d !== undefined &&
        d.stance === seat.stance &&
        d.present === inRoom(seat.stance) &&
        d.widening === seat.context.widening &&
        d.lobbyingStrength === seat.lobbyingStrength;
      if (!agrees)
        throw new Error(`transcript fold diverged from the stance actor of ${id}: ${d?.stance} vs ${seat.stance}`);
    }
    if (draftKey(folded.draft) !== draftKey(this.state.draft)) throw new Error('transcript fold diverged from the draft');
  }

  private rungName(issue: IssueId, rung: number): string {
    return rungId(this.forum.scenario.issues, issue, rung);
  }
}
