// The turn-based forum protocol: who acts in which phase, in what order, with which draws. A run
// is a pure function of (scenario, overrides, seed). How a forum ends lives in outcome.ts; the
// phases of a round in phases.ts; every happening is a typed event folded by replay.ts.
import { createActor } from 'xstate';
import { standingOf, stanceMachine, type StanceContext, type StanceEvent } from '../actors/stanceMachine.js';
import { explainStance } from '../actors/stance.js';
import { approachOutcome, approachStyle } from '../actors/influence.js';
import { rungDistance, type Attribution, type LadderSizes } from '../actors/utility.js';
import type {
  ActorId,
  Blocker,
  Draft,
  IssueId,
  Paragraph,
  RunResult,
  Scenario,
  Stance,
  Vote,
  VoteRule,
} from '../domain/types.js';
import { applyOverrides, type Overrides } from '../scenario/overrides.js';
import { VERSION } from '../version.js';
import { blockingCost } from '../actors/pressure.js';
import { contestScores, reviseDraft, type DelegateView } from './chair.js';
import { attributionOf } from '../actors/attribution.js';
import { annexCandidate } from './products.js';
import { protested, restrainProtests, QUIET_ROOM, type RoomMood } from './protest.js';
import { forumStakes, preparationRounds } from './stakes.js';
import { chairLine } from './chairLine.js';
import { draftKey, rungId, wordingOf } from './ladder.js';
import { jitterProfiles } from './noise.js';
import { blockersOf, canAgree, compromiseBaseline, consensusEnding, paragraphsOf, voteVerdict } from './outcome.js';
import { CONSENSUS_ROUND, playPhases, PREPARATION_ROUND, VOTE_ROUND, type RoundSteps } from './phases.js';
import { drawParameters, type DrawnParameters } from './uncertainty.js';
import { createRng, type Rng } from './rng.js';
import { speakingOrder } from './speakingOrder.js';
import { Transcript } from './transcript.js';
import { replayEvents } from './replay.js';
import { inRoom, seatOf, sendTo, walkoutListeners, type Seat } from './seats.js';
import { isVoteRule, voteOf } from './votes.js';

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

class EventCapReached extends Error {}

export function runScenario(base: Scenario, options: RunOptions): RunResult {
  const seed = String(options.seed);
  const overrides = options.overrides ?? {};
  const scenario = canonicalOrder(applyOverrides(base, overrides));
  const parameters = drawParameters(scenario, seed, options.drawn);
  const maxEvents = options.maxEvents ?? DEFAULT_MAX_EVENTS;
  return new ForumRun(scenario, seed, overrides, maxEvents, parameters, options.transcript ?? true).execute();
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
  private readonly sizes: LadderSizes;
  private readonly seats = new Map<ActorId, Seat>();
  /** Per speaker, who may walk out when it speaks (built once the actors have started). */
  private listeners = new Map<ActorId, ActorId[]>();
  private draft: Draft;
  /** The draft as last put to the room: stances and blockers refer to it. */
  private tabledDraft: Draft;
  private readonly tabled = new Set<string>();
  private events = 0;
  private rounds = 0;
  /** Whether the event cap cut the run short. */
  private capped = false;
  /** How protests have left the room: the host's embarrassment and the chill. */
  private room: RoomMood = QUIET_ROOM;
  /** Paragraphs the chair moved out of the text into its own statement. */
  private annexed: Draft = {};
  private readonly attribution: Attribution;
  private readonly stakes: number;
  private readonly preparation: number;

  constructor(
    private readonly scenario: Scenario,
    private readonly seed: string,
    private readonly overrides: Overrides,
    private readonly maxEvents: number,
    private readonly parameters: DrawnParameters,
    keepTranscript: boolean,
  ) {
    this.rng = createRng(seed);
    this.sizes = Object.fromEntries(scenario.issues.map((i) => [i.id, i.ladder.length]));
    this.draft = { ...scenario.draft };
    this.tabledDraft = this.draft;
    this.log = new Transcript(keepTranscript);
    this.attribution = attributionOf(scenario.issues);
    this.stakes = forumStakes(scenario);
    this.preparation = preparationRounds(scenario);
  }

  execute(): RunResult {
    const { scenario } = this;
    const profiles = jitterProfiles(this.parameters.profiles, scenario.participants, scenario.rules.noise, this.rng);
    const seated = scenario.participants.filter((id) => !scenario.absent.includes(id));
    for (const id of scenario.participants) {
      const profile = restrainProtests(profiles[id]!, this.stakes);
      const present = !scenario.absent.includes(id);
      const actor = createActor(stanceMachine, {
        input: { profile, sizes: this.sizes, attribution: this.attribution, seated, draft: this.draft, present },
      });
      actor.start();
      this.seats.set(id, seatOf(actor));
      this.log.add(() => ({
        type: 'delegation.arrived',
        actor: id,
        stance: this.stance(id),
        present,
        positions: profile.positions,
        lobbyingStrength: profile.lobbying?.strength ?? null,
        reason: this.reason(id),
      }));
    }
    this.listeners = walkoutListeners(scenario.participants, this.seats);
    const rule = scenario.rules.decisionRule;
    const voteRule = isVoteRule(rule) ? rule : null;
    let adopted = false;
    try {
      // The preparatory track: officials work on the draft before the meeting (rounds -P..-1).
      for (let round = -this.preparation; round < 0; round++) {
        this.log.round = round;
        playPhases(PREPARATION_ROUND, this, round, (phase) => (this.log.phase = phase));
      }
      for (let round = 1; round <= scenario.rules.roundLimit && !adopted; round++) {
        this.rounds = round;
        this.log.round = round;
        adopted = playPhases(voteRule ? VOTE_ROUND : CONSENSUS_ROUND, this, round, (phase) => (this.log.phase = phase));
      }
    } catch (error) {
      if (!(error instanceof EventCapReached)) throw error;
      this.capped = true;
      this.log.add(() => ({
        type: 'cap.reached',
        actor: scenario.chair,
        cap: this.maxEvents,
        events: this.events,
        reason: `event cap of ${this.maxEvents} reached`,
      }));
    }
    // A vote is taken even when the event cap cut the debate short: casting votes sends no events.
    const result = voteRule ? this.concludeVote(voteRule) : this.conclude(adopted);
    if (this.log.kept) this.assertLogMatchesActors();
    for (const seat of this.seats.values()) seat.actor.stop();
    return result;
  }

  // The round's steps, in the order CONSENSUS_ROUND and VOTE_ROUND (phases.ts) walk them.

  table(round: number): void {
    const { scenario } = this;
    this.tabledDraft = this.draft;
    this.tabled.add(draftKey(this.draft));
    this.log.add(() => ({
      type: 'draft.tabled',
      actor: scenario.chair,
      draft: { ...this.draft },
      wording: wordingOf(scenario.issues, this.draft),
      roundLimit: scenario.rules.roundLimit,
      reason: `round ${round} of ${scenario.rules.roundLimit}`,
    }));
    // One copy for the whole room: stance actors keep the draft they were given and never change it.
    const tabled = { ...this.draft };
    for (const id of this.present()) {
      const change = this.send(id, { type: 'draft.tabled', draft: tabled });
      if (change.before !== change.after)
        this.log.add(() => ({
          type: 'stance.changed',
          actor: id,
          ...change,
          cause: 'draft.tabled',
          reason: this.reason(id),
        }));
    }
  }

  hearStatements(): void {
    const { scenario } = this;
    for (const speaker of speakingOrder(scenario.rules.speakingOrder, scenario.participants, scenario.host, this.rng)) {
      if (!this.isPresent(speaker)) continue;
      this.log.add(() => ({
        type: 'speech.made',
        actor: speaker,
        stance: this.stance(speaker),
        reason: this.reason(speaker),
      }));
      for (const listener of this.listeners.get(speaker) ?? []) {
        if (!this.isPresent(listener)) continue;
        const draw = this.rng.next();
        const change = this.send(listener, { type: 'speech.made', speaker, draw });
        if (change.before === change.after) continue;
        this.room = protested(this.room);
        this.log.add(() => ({
          type: 'walkout',
          actor: listener,
          ...change,
          speaker,
          draw,
          ...this.room,
          reason: `protest while ${speaker} spoke: ${this.reason(listener)}`,
        }));
      }
    }
    // Protesters come back for the text.
    for (const id of scenario.participants) {
      if (this.stance(id) !== 'walkedOut') continue;
      const change = this.send(id, { type: 'delegation.returned' });
      this.log.add(() => ({
        type: 'delegation.returned',
        actor: id,
        ...change,
        reason: `back for the text: ${this.reason(id)}`,
      }));
    }
  }

  adopt(): boolean {
    const present = this.present();
    // A chair alone (everyone else absent) has no one to agree with: that is no joint statement.
    if (!canAgree(present.length) || !present.every((id) => this.stance(id) === 'supporting')) return false;
    this.log.add(() => ({
      type: 'draft.adopted',
      actor: this.scenario.chair,
      draft: { ...this.draft },
      wording: wordingOf(this.scenario.issues, this.draft),
      reason: 'every delegation present supports the draft',
    }));
    return true;
  }

  isLastRound(round: number): boolean {
    return round === this.scenario.rules.roundLimit;
  }

  /**
   * Impatience sets in, fully by the last round: soft red lines widen (less in a room cooled by
   * protests), and each delegation learns what it would now cost it to be the one who blocks.
   */
  closeRound(round: number): void {
    const { scenario } = this;
    const step = this.preparation + round;
    const elapsed = Math.min(1, step / Math.max(1, this.preparation + scenario.rules.roundLimit - 1));
    const widening: Record<ActorId, number> = {};
    const pressure = this.pressures(elapsed);
    try {
      for (const id of this.present()) {
        const change = this.send(id, {
          type: 'round.closed',
          elapsed: elapsed * (1 - this.room.coolness),
          pressure: pressure[id] ?? 0,
        });
        widening[id] = this.context(id).widening;
        if (change.before !== change.after)
          this.log.add(() => ({
            type: 'stance.changed',
            actor: id,
            ...change,
            cause: 'round.closed',
            reason: `impatience after round ${round}: ${this.reason(id)}`,
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
        reason: `impatience: soft red lines widen by patience x ${(elapsed * (1 - this.room.coolness)).toFixed(2)}`,
      }));
    }
  }

  /** The cost to each delegation present of being the one who blocks the current draft. */
  private pressures(elapsed: number): Record<ActorId, number> {
    const present = this.present();
    const supporting = new Set(present.filter((id) => this.stance(id) === 'supporting'));
    const out: Record<ActorId, number> = {};
    for (const id of present) {
      const others = present.length - 1;
      const isolation = others > 0 ? (supporting.size - (supporting.has(id) ? 1 : 0)) / others : 0;
      out[id] =
        blockingCost({ stakes: this.stakes, isolation, elapsed, hostEmbarrassment: this.room.embarrassment }) *
        (1 - this.room.coolness);
    }
    return out;
  }

  /**
   * The chair revises the most contested paragraph for the room of the next round. Before the last
   * round of a forum whose chair can issue its own text, it may instead move a contested paragraph
   * into its own statement so that the rest can pass.
   */
  revise(round: number): void {
    const { scenario } = this;
    const room = this.present().map((id) => this.view(id));
    if (round === scenario.rules.roundLimit - 1 && scenario.rules.fallback === 'chair-statement' && this.annex(room))
      return;
    const onTable = scenario.issues.filter((i) => i.id in this.draft);
    const revision = reviseDraft(
      this.draft,
      room,
      chairLine(scenario, (id) => this.context(id).positions),
      onTable,
      this.sizes,
      (d) => this.tabled.has(draftKey(d)),
    );
    if (!revision) {
      this.log.add(() => ({
        type: 'draft.unchanged',
        actor: scenario.chair,
        reason: 'no revision brings the room closer',
      }));
      return;
    }
    this.draft = { ...this.draft, [revision.issue]: revision.to };
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
    const scores = contestScores(this.draft, room, this.sizes);
    const contested = [...scores.entries()]
      .filter(([, v]) => v > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([issue]) => issue);
    const issue = annexCandidate(this.draft, room, this.sizes, contested, this.scenario.issues);
    if (issue === null) return false;
    const rung = this.draft[issue]!;
    const draft = { ...this.draft };
    delete draft[issue];
    this.draft = draft;
    this.annexed = { ...this.annexed, [issue]: rung };
    this.log.add(() => ({
      type: 'paragraph.annexed',
      actor: this.scenario.chair,
      issue,
      rung,
      rungId: this.rungName(issue, rung),
      reason: `${issue}: no wording can pass in time; the chair takes it into its own statement so the rest can be adopted`,
    }));
    return true;
  }

  /** Each power approaches each target once a round, on the paragraph where they differ most. */
  lobby(): void {
    const { scenario, log } = this;
    for (const lobbyist of scenario.participants) {
      const lobbying = this.context(lobbyist).profile.lobbying;
      // Strength 0 as stated (before any draw) or as drawn: no lobbying, so no approach and no backfire.
      if (
        !lobbying ||
        !this.isPresent(lobbyist) ||
        lobbying.strength <= 0 ||
        scenario.profiles[lobbyist]?.lobbying?.strength === 0
      )
        continue;
      let lostFace = false;
      const own = this.context(lobbyist).positions;
      for (const target of [...lobbying.targets].sort()) {
        // Targets are a power's standing list; only those in this forum's room can be approached.
        if (target === lobbyist || !this.seats.has(target) || !this.isPresent(target)) continue;
        const targetContext = this.context(target);
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
        const strength = this.seats.get(lobbyist)!.lobbyingStrength ?? 0;
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
          const change = this.send(target, { type: 'lobby.received', from: lobbyist, issue, toward, persuaded: true });
          log.add(() => ({
            ...approach,
            moved: { ...change, position: this.context(target).positions[issue]! },
            reason: `${lobbyist} (${style}) on ${issue}: ${this.reason(target)}`,
          }));
          continue;
        }
        log.add(() => ({ ...approach, moved: null, reason: `${style} toward ${target} on ${issue}: ${outcome}` }));
        if (outcome === 'backfired') {
          // The room sees a power lose its temper once a sitting: its strength falls once a round.
          if (!lostFace) {
            lostFace = true;
            this.seats.get(lobbyist)!.lobbyingStrength = strength * FACE_LOSS_STRENGTH_FACTOR;
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
          const change = this.send(target, { type: 'face.lost', by: lobbyist, issue, from: toward });
          log.add(() => ({
            type: 'target.resented',
            actor: target,
            ...change,
            power: lobbyist,
            issue,
            position: this.context(target).positions[issue]!,
            reason: `resents ${lobbyist}'s ${style}: ${this.reason(target)}`,
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
      if (!mine || !theirs || !(issue in this.draft)) continue;
      const gap = theirs.salience * rungDistance(theirs, mine.ideal, this.sizes[issue]!);
      if (gap > bestGap) {
        bestGap = gap;
        best = issue;
      }
    }
    return best;
  }

  private conclude(adopted: boolean): RunResult {
    const { scenario } = this;
    this.log.phase = 'closing';
    const ending = consensusEnding({
      adopted,
      standing: scenario.rules.standingProduct ?? 'consensus-text',
      fallback: scenario.rules.fallback,
      draft: this.draft,
      annexed: this.annexed,
      chairIdeals: chairLine(scenario, (id) => this.context(id).positions).ideals,
      issues: scenario.issues,
      room: this.present().map((id) => this.view(id)),
      sizes: this.sizes,
      level: scenario.level,
      rounds: this.rounds,
      present: this.present().length,
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
    const { scenario, log } = this;
    log.phase = 'voting';
    const votes: Record<ActorId, Vote> = {};
    for (const id of scenario.participants) {
      const stance = this.stance(id);
      const vote = voteOf(stance);
      votes[id] = vote;
      log.add(() => ({ type: 'vote.cast', actor: id, stance, vote, reason: this.reason(id) }));
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
    const paragraphs = verdict.result === 'adopted' ? paragraphsOf(scenario.issues, this.draft, scenario.level) : null;
    log.add(() => ({
      type: 'outcome',
      actor: scenario.chair,
      outcome: verdict.result,
      statement: paragraphs ? { paragraphs } : null,
      consensus: false,
      annex: [],
      reason: `put to the vote (${rule}) after ${this.rounds} round(s): ${verdict.result}`,
    }));
    // Under a vote rule, those in the way are those who voted no, on the paragraphs they could not accept.
    const blockers = this.blockers().filter((b) => votes[b.actor] === 'no');
    return this.result(verdict.result, paragraphs, blockers, votes, verdict.tally, null, []);
  }

  private blockers(): Blocker[] {
    const room = this.scenario.participants.map((id) => ({
      view: this.view(id),
      stance: this.stance(id),
      boycotting: this.context(id).boycotting.map((b) => b.of),
    }));
    return blockersOf(room, this.tabledDraft, this.sizes, this.scenario.issues);
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
    const { scenario } = this;
    const delegations: RunResult['delegations'] = {};
    for (const id of scenario.participants) {
      const stance = this.stance(id);
      delegations[id] = { stance, present: stance !== 'walkedOut' && stance !== 'absent' };
    }
    return {
      scenario: scenario.id,
      seed: this.seed,
      outcome,
      rounds: this.rounds,
      statement: paragraphs ? { paragraphs } : null,
      consensus,
      annex,
      delegations,
      blockers,
      baseline: compromiseBaseline(scenario, this.draft),
      votes,
      tally,
      inputs: this.inputs(),
      events: this.events,
      capped: this.capped,
      transcript: this.log.entries,
    };
  }

  /** What the run was a function of, recorded so that it can be replayed. */
  private inputs(): RunResult['inputs'] {
    return {
      scenarioHash: this.scenario.hash,
      overrides: { ...this.overrides },
      seed: this.seed,
      version: VERSION,
      uncertainty: this.scenario.uncertainty.enabled ? 'on' : 'off',
      drawn: this.parameters.drawn,
    };
  }

  /**
   * The engine keeps its own view of the room (stances, presence, lobbying strength) in its seats;
   * a kept transcript, folded, must tell the same story, or a replay of it would tell another.
   */
  private assertLogMatchesActors(): void {
    const folded = replayEvents(this.log.entries);
    for (const [id, seat] of this.seats) {
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
    if (draftKey(folded.draft) !== draftKey(this.draft)) throw new Error('transcript fold diverged from the draft');
  }

  /** Sends one event to a stance actor, within the event cap; returns its stance before and after. */
  private send(id: ActorId, event: StanceEvent): { before: Stance; after: Stance } {
    // The cap counts events sent: the one that would exceed it is not sent, nor counted.
    if (this.events >= this.maxEvents) throw new EventCapReached();
    this.events++;
    return sendTo(this.seats.get(id)!, event);
  }

  private present(): ActorId[] {
    return this.scenario.participants.filter((id) => this.isPresent(id));
  }

  private isPresent(id: ActorId): boolean {
    const seat = this.seats.get(id);
    return seat !== undefined && inRoom(seat.stance);
  }

  private stance(id: ActorId): Stance {
    return this.seats.get(id)!.stance;
  }

  private context(id: ActorId): StanceContext {
    return this.seats.get(id)!.context;
  }

  private view(id: ActorId): DelegateView {
    const c = this.context(id);
    return { id, ...standingOf(c) };
  }

  private reason(id: ActorId): string {
    return explainStance(this.stance(id), this.context(id), (issue, rung) => this.rungName(issue, rung));
  }

  private rungName(issue: IssueId, rung: number): string {
    return rungId(this.scenario.issues, issue, rung);
  }
}
