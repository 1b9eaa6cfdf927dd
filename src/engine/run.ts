// The turn-based forum protocol. A run is a pure function of (scenario, overrides, seed).
import { createActor, type Actor } from 'xstate';
import { standingOf, stanceMachine, type StanceContext, type StanceEvent } from '../actors/stanceMachine.js';
import { explainStance, stanceOf } from '../actors/stance.js';
import { approachOutcome, approachStyle } from '../actors/influence.js';
import { breaches, rungDistance, type LadderSizes } from '../actors/utility.js';
import type { ActorId, Blocker, Draft, IssueId, Paragraph, RunResult, Scenario, Stance, Vote, VoteRule } from '../domain/types.js';
import { applyOverrides, type Overrides } from '../scenario/overrides.js';
import { VERSION } from '../version.js';
import { contestScores, reviseDraft, type DelegateView } from './chair.js';
import { chairLine } from './chairLine.js';
import { jitterProfiles } from './noise.js';
import { drawParameters, type DrawnParameters } from './uncertainty.js';
import { createRng, type Rng } from './rng.js';
import { speakingOrder } from './speakingOrder.js';
import { Transcript } from './transcript.js';
import { isVoteRule, securityCouncilThreshold, tallyVotes, vetoesCast, voteOf } from './votes.js';

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
  return new ForumRun(scenario, seed, overrides, options.maxEvents ?? DEFAULT_MAX_EVENTS, parameters).execute(options.transcript ?? true);
}

/**
 * Participants, empty seats and permanent members in canonical (sorted) order, as the loader lists
 * them, so a scenario built in code runs the same whatever order it lists its delegations in.
 */
function canonicalOrder(scenario: Scenario): Scenario {
  const sorted = (ids: readonly string[]) => [...ids].sort();
  const inOrder = (ids: readonly string[]) => ids.every((id, i) => i === 0 || ids[i - 1]! < id);
  if (inOrder(scenario.participants) && inOrder(scenario.absent) && inOrder(scenario.rules.permanent)) return scenario;
  return { ...scenario, participants: sorted(scenario.participants), absent: sorted(scenario.absent), rules: { ...scenario.rules, permanent: sorted(scenario.rules.permanent) } };
}

class ForumRun {
  private readonly rng: Rng;
  private readonly log = new Transcript();
  private readonly sizes: LadderSizes;
  private readonly actors = new Map<ActorId, Actor<typeof stanceMachine>>();
  private readonly lobbyingPower = new Map<ActorId, number>();
  private draft: Draft;
  /** The draft as last put to the room: stances and blockers refer to it. */
  private tabledDraft: Draft;
  private readonly tabled = new Set<string>();
  private events = 0;
  private rounds = 0;
  private walkouts = 0;

  constructor(
    private readonly scenario: Scenario,
    private readonly seed: string,
    private readonly overrides: Overrides,
    private readonly maxEvents: number,
    private readonly parameters: DrawnParameters,
  ) {
    this.rng = createRng(seed);
    this.sizes = Object.fromEntries(scenario.issues.map((i) => [i.id, i.ladder.length]));
    this.draft = { ...scenario.draft };
    this.tabledDraft = this.draft;
  }

  execute(keepTranscript: boolean): RunResult {
    const { scenario } = this;
    const profiles = jitterProfiles(this.parameters.profiles, scenario.participants, scenario.rules.noise, this.rng);
    for (const id of scenario.participants) {
      const profile = profiles[id]!;
      const actor = createActor(stanceMachine, { input: { profile, sizes: this.sizes, draft: this.draft, present: !scenario.absent.includes(id) } });
      actor.start();
      this.actors.set(id, actor);
      if (profile.lobbying) this.lobbyingPower.set(id, profile.lobbying.strength);
      this.log.add(id, 'delegation.arrived', null, this.stance(id), this.reason(id));
    }
    const rule = scenario.rules.decisionRule;
    const voteRule = isVoteRule(rule) ? rule : null;
    let adopted = false;
    try {
      for (let round = 1; round <= scenario.rules.roundLimit && !adopted; round++) {
        this.rounds = round;
        this.log.round = round;
        adopted = voteRule ? this.playVoteRound(round) : this.playRound(round);
        // Under consensus a walkout ends the meeting; under a vote rule it is a protest and the room goes on.
        if (!voteRule && !adopted && this.walkouts > 0) {
          this.log.add(scenario.chair, 'consensus.lost', null, null, 'a delegation has left the room: no joint statement is possible');
          break;
        }
      }
    } catch (error) {
      if (!(error instanceof EventCapReached)) throw error;
      this.log.add(scenario.chair, 'cap.reached', null, this.events, `event cap of ${this.maxEvents} reached`);
    }
    // A vote is taken even when the event cap cut the debate short: casting votes sends no events.
    const result = voteRule ? this.concludeVote(voteRule) : this.conclude(adopted);
    for (const actor of this.actors.values()) actor.stop();
    if (!keepTranscript) result.transcript = [];
    return result;
  }

  /** One round; true when the draft is adopted. */
  private playRound(round: number): boolean {
    const { scenario, log } = this;
    this.debate(round);

    log.phase = 'adoption';
    if (this.walkouts === 0 && this.present().every((id) => this.stance(id) === 'supporting')) {
      log.add(scenario.chair, 'draft.adopted', null, this.draftSummary(), 'every delegation present supports the draft');
      return true;
    }
    if (this.walkouts > 0) return false;

    // At the deadline the fallback decides; otherwise impatience sets in, fully by the last round.
    if (round === scenario.rules.roundLimit) return false;
    this.closeRound(round);

    // Revise after impatience has set in, so the chair drafts for the room of the next round.
    log.phase = 'revision';
    const room = this.present().map((id) => this.view(id));
    const onTable = this.scenario.issues.filter((i) => i.id in this.draft);
    const revision = reviseDraft(this.draft, room, chairLine(scenario, (id) => this.context(id).positions), onTable, this.sizes, (d) => this.tabled.has(draftKey(d)));
    if (revision) {
      this.draft = { ...this.draft, [revision.issue]: revision.to };
      log.add(scenario.chair, revision.to === 0 ? 'paragraph.dropped' : 'paragraph.revised', this.rungName(revision.issue, revision.from), this.rungName(revision.issue, revision.to), `${revision.issue}: ${revision.reason}`, { issue: revision.issue });
    } else {
      log.add(scenario.chair, 'draft.unchanged', null, null, 'no revision brings the room closer');
    }
    return false;
  }

  /**
   * One round of debate on a text that will be put to a vote: the text stays as tabled (no chair
   * revision, no adoption by consensus), so only lobbying and impatience move the room. Never adopts.
   */
  private playVoteRound(round: number): boolean {
    this.debate(round);
    if (round < this.scenario.rules.roundLimit) this.closeRound(round);
    return false;
  }

  /** The chair tables the draft, delegations speak (walkouts may follow), powers lobby. */
  private debate(round: number): void {
    const { scenario, log } = this;
    log.phase = 'tabling';
    this.tabledDraft = this.draft;
    this.tabled.add(draftKey(this.draft));
    log.add(scenario.chair, 'draft.tabled', null, this.draftSummary(), `round ${round} of ${scenario.rules.roundLimit}`, { draft: { ...this.draft } });
    for (const id of this.present()) this.send(id, { type: 'draft.tabled', draft: { ...this.draft } });

    log.phase = 'statements';
    for (const speaker of speakingOrder(scenario.rules.speakingOrder, scenario.participants, scenario.host, this.rng)) {
      if (!this.isPresent(speaker)) continue;
      log.add(speaker, 'speech.made', null, this.stance(speaker), this.reason(speaker));
      for (const listener of this.present()) {
        if (listener === speaker || !this.context(listener).profile.walkout.some((t) => t.whenSpeaks === speaker)) continue;
        const draw = this.rng.next();
        this.send(listener, { type: 'speech.made', speaker, draw }, `heard ${speaker}`, { draw });
        if (this.stance(listener) === 'walkedOut') this.walkouts++;
      }
    }

    log.phase = 'lobbying';
    this.lobby();
  }

  /** Impatience sets in, fully by the last round: soft red lines widen. */
  private closeRound(round: number): void {
    const { scenario, log } = this;
    log.phase = 'closing';
    const elapsed = Math.min(1, round / Math.max(1, scenario.rules.roundLimit - 1));
    log.add(scenario.chair, 'round.closed', null, null, `impatience: soft red lines widen by patience x ${elapsed.toFixed(2)}`, { elapsed });
    for (const id of this.present()) this.send(id, { type: 'round.closed', elapsed }, `impatience after round ${round}`);
  }

  /** Each power approaches each target once a round, on the paragraph where they differ most. */
  private lobby(): void {
    const { scenario } = this;
    for (const lobbyist of scenario.participants) {
      const lobbying = this.context(lobbyist).profile.lobbying;
      if (!lobbying || !this.isPresent(lobbyist)) continue;
      let lostFace = false;
      const own = this.context(lobbyist).positions;
      for (const target of [...lobbying.targets].sort()) {
        // Targets are a power's standing list; only those in this forum's room can be approached.
        if (target === lobbyist || !this.actors.has(target) || !this.isPresent(target)) continue;
        const targetContext = this.context(target);
        if (targetContext.resentful.includes(lobbyist)) continue;
        const issue = this.widestGap(own, targetContext, lobbying.issues);
        if (!issue) continue;
        const toward = own[issue]!.ideal;
        // Only a mixed repertoire draws its style, so single-style runs keep their draws.
        const style = approachStyle(lobbying.style, lobbying.style === 'promises-and-threats' ? this.rng.next() : 0);
        const backfireDraw = this.rng.next();
        const persuadeDraw = this.rng.next();
        const strength = this.lobbyingPower.get(lobbyist) ?? 0;
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
        const data = { from: lobbyist, style, issue, toward: this.rungName(issue, toward), backfireDraw, persuadeDraw };
        if (outcome === 'persuaded') {
          this.send(target, { type: 'lobby.received', from: lobbyist, issue, toward, persuaded: true }, `${lobbyist} (${style}) on ${issue}`, data);
        } else if (outcome === 'backfired') {
          // The room sees a power lose its temper once a sitting: its strength falls once a round.
          if (!lostFace) {
            lostFace = true;
            this.lobbyingPower.set(lobbyist, strength * FACE_LOSS_STRENGTH_FACTOR);
            this.log.add(lobbyist, 'face.lost', strength, strength * FACE_LOSS_STRENGTH_FACTOR, `${style} toward ${target} on ${issue} backfired; its lobbying weakens`, data);
          }
          this.send(target, { type: 'face.lost', by: lobbyist, issue, from: toward }, `resents ${lobbyist}'s ${style}`, data);
        }
      }
    }
  }

  private widestGap(own: StanceContext['positions'], target: StanceContext, issues: readonly IssueId[]): IssueId | undefined {
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
    let outcome: RunResult['outcome'];
    let paragraphs: Paragraph[] | null = null;
    if (adopted) {
      outcome = 'joint-statement';
      paragraphs = this.paragraphs(this.draft);
    } else if (scenario.rules.fallback === 'chair-statement') {
      outcome = 'chair-statement';
      const chair = this.context(scenario.chair).positions;
      const chairText = Object.fromEntries(Object.keys(this.draft).map((issue) => [issue, chair[issue]?.ideal ?? this.draft[issue]!]));
      paragraphs = this.paragraphs(chairText);
    } else {
      outcome = 'no-statement';
    }
    this.log.add(scenario.chair, `outcome.${outcome}`, null, outcome, adopted ? 'adopted by consensus' : `no consensus after ${this.rounds} round(s); fallback: ${scenario.rules.fallback}`);
    return this.result(outcome, paragraphs, adopted ? [] : this.blockers(), null, null);
  }

  /** The chair puts the text to the vote: each delegation votes from its stance on it after the debate. */
  private concludeVote(rule: VoteRule): RunResult {
    const { scenario, log } = this;
    log.phase = 'voting';
    const votes: Record<ActorId, Vote> = {};
    for (const id of scenario.participants) {
      const stance = this.stance(id);
      votes[id] = voteOf(stance);
      log.add(id, 'vote.cast', stance, votes[id], this.reason(id));
    }
    const seats = scenario.participants.length;
    const { tally, result } = tallyVotes(votes, rule, scenario.rules.permanent, seats);
    const permanentNo = rule === 'security-council' ? vetoesCast(votes, scenario.rules.permanent) : [];
    const vetoedBy = result === 'vetoed' ? permanentNo : [];
    const counted = `${tally.yes} yes, ${tally.no} no, ${tally.abstain} abstaining, ${tally.absent} absent`;
    const how =
      rule === 'security-council'
        ? `${tally.yes} of ${seats} seats voted yes (${securityCouncilThreshold(seats)} needed)${permanentNo.length > 0 ? `; permanent member(s) voting no: ${permanentNo.join(', ')}` : ''}`
        : `${tally.yes} yes against ${tally.no} no among those present and voting (${rule})`;
    log.add(scenario.chair, 'vote.tallied', null, result, `${counted}; ${how}`, { tally: { ...tally }, ...(vetoedBy.length > 0 ? { vetoedBy } : {}) });
    log.phase = 'closing';
    log.add(scenario.chair, `outcome.${result}`, null, result, `put to the vote (${rule}) after ${this.rounds} round(s): ${result}`);
    // Under a vote rule, those in the way are those who voted no, on the paragraphs they could not accept.
    const blockers = this.blockers().filter((b) => votes[b.actor] === 'no');
    return this.result(result, result === 'adopted' ? this.paragraphs(this.draft) : null, blockers, votes, tally);
  }

  private result(outcome: RunResult['outcome'], paragraphs: Paragraph[] | null, blockers: Blocker[], votes: RunResult['votes'], tally: RunResult['tally']): RunResult {
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
      delegations,
      blockers,
      baseline: this.baseline(),
      votes,
      tally,
      inputs: {
        scenarioHash: scenario.hash,
        overrides: { ...this.overrides },
        seed: this.seed,
        version: VERSION,
        uncertainty: scenario.uncertainty.enabled ? 'on' : 'off',
        drawn: this.parameters.drawn,
      },
      events: this.events,
      transcript: this.log.entries,
    };
  }

  private paragraphs(draft: Draft): Paragraph[] {
    return this.scenario.issues
      .filter((issue) => issue.id in draft && draft[issue.id]! > 0)
      .map((issue) => {
        const rung = issue.ladder[draft[issue.id]!]!;
        return { issue: issue.id, rung: rung.id, text: rung.text ?? '' };
      });
  }

  /** Who stood in the way of the final draft: each non-supporter's breached paragraphs. */
  private blockers(): Blocker[] {
    const out: Blocker[] = [];
    for (const id of this.scenario.participants) {
      const stance = this.stance(id);
      if (stance === 'supporting' || stance === 'absent') continue;
      const context = this.context(id);
      const found = breaches(context.positions, this.tabledDraft, this.sizes, context.widening);
      if (found.length > 0) {
        for (const b of found) out.push({ actor: id, issue: b.issue, rung: this.rungName(b.issue, b.rung) });
      } else if (stance === 'seekingAmendment') {
        const scores = contestScores(this.tabledDraft, [this.view(id)], this.sizes);
        const worst = [...scores.entries()].sort((a, b) => b[1] - a[1])[0];
        if (worst && worst[1] > 0) out.push({ actor: id, issue: worst[0], rung: this.rungName(worst[0], this.tabledDraft[worst[0]]!) });
      }
    }
    return out;
  }

  /** Capability x salience weighted mean ideal per issue: the spatial-model compromise baseline. */
  private baseline(): Record<IssueId, string> {
    const out: Record<IssueId, string> = {};
    for (const issue of Object.keys(this.draft)) {
      let sum = 0;
      let weights = 0;
      for (const id of this.scenario.participants) {
        const profile = this.scenario.profiles[id]!;
        const position = profile.positions[issue];
        if (!position) continue;
        sum += profile.capability * position.salience * position.ideal;
        weights += profile.capability * position.salience;
      }
      out[issue] = this.rungName(issue, weights > 0 ? Math.round(sum / weights) : this.draft[issue]!);
    }
    return out;
  }

  private send(id: ActorId, event: StanceEvent, why?: string, data?: Record<string, unknown>): void {
    // The cap counts events sent: the one that would exceed it is not sent, nor counted.
    if (this.events >= this.maxEvents) throw new EventCapReached();
    this.events++;
    const actor = this.actors.get(id)!;
    const before = stanceOf(actor.getSnapshot());
    actor.send(event);
    const after = stanceOf(actor.getSnapshot());
    if (before !== after || event.type === 'lobby.received' || event.type === 'face.lost') {
      this.log.add(id, event.type, before, after, why ? `${why}: ${this.reason(id)}` : this.reason(id), data);
    }
  }

  private present(): ActorId[] {
    return this.scenario.participants.filter((id) => this.isPresent(id));
  }

  private isPresent(id: ActorId): boolean {
    const stance = this.stance(id);
    return stance !== 'walkedOut' && stance !== 'absent';
  }

  private stance(id: ActorId): Stance {
    return stanceOf(this.actors.get(id)!.getSnapshot());
  }

  private context(id: ActorId): StanceContext {
    return this.actors.get(id)!.getSnapshot().context;
  }

  private view(id: ActorId): DelegateView {
    const c = this.context(id);
    return { id, ...standingOf(c) };
  }

  private reason(id: ActorId): string {
    return explainStance(this.stance(id), this.context(id), (issue, rung) => this.rungName(issue, rung));
  }

  private rungName(issue: IssueId, rung: number): string {
    return this.scenario.issues.find((i) => i.id === issue)?.ladder[rung]?.id ?? String(rung);
  }

  private draftSummary(): string {
    return Object.entries(this.draft)
      .map(([issue, rung]) => `${issue}=${this.rungName(issue, rung)}`)
      .join(' ');
  }
}

function draftKey(draft: Draft): string {
  return Object.entries(draft)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([issue, rung]) => `${issue}=${rung}`)
    .join(',');
}
