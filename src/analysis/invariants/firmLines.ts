// Red lines that never yield, over an adopted consensus text: a delegation present at the end
// whose hard line has firmness 1 never sees a paragraph above its `max` (`refused-line`; firmness
// prices the ceiling), and one whose line has insistence 1 never sees a paragraph on the table
// dropped or worded below its `min` (`insistence-kept`; insistence prices the floor). A text
// adopted by a vote may pass over a no, so only consensus texts are judged.
import type { ForumEvent } from '../../domain/events.js';
import type { ActorId, IssueId, Position, RunResult, Scenario } from '../../domain/types.js';
import type { Overrides } from '../../scenario/overrides.js';
import { mergeOverrides } from '../overrideList.js';
import {
  type Engine,
  type Invariant,
  type RunInput,
  type Verdict,
  agreeableRoom,
  effectiveScenario,
  fail,
  issueDef,
  pass,
  positionEntries,
  presentAtStart,
  rungName,
  runInput,
} from './core.js';

/** How firmly a hard line refuses anything above its `max` (1 never yields). */
export const ceilingFirmness = (p: Position): number => p.firmness ?? 1;

/** How firmly a hard line insists on at least its `min` (1 never yields); unstated, its firmness. */
export const floorInsistence = (p: Position): number => p.insistence ?? p.firmness ?? 1;

type Arrival = Extract<ForumEvent, { type: 'delegation.arrived' }>;

/**
 * The positions each delegation held in the run: as it arrived, from the transcript when the run
 * kept one; else the scenario's, with the firmness and insistence the run drew.
 */
export function heldPositions(s: Scenario, result: RunResult): Record<ActorId, Record<IssueId, Position>> {
  const arrived = new Map(
    result.transcript.filter((e): e is Arrival => e.type === 'delegation.arrived').map((e) => [e.actor, e.positions]),
  );
  const drawn = result.inputs.drawn;
  const stated = (id: ActorId): Record<IssueId, Position> =>
    Object.fromEntries(
      Object.entries(s.profiles[id]!.positions).map(([issue, p]) => {
        const at = `${id}.positions.${issue}`;
        const firmness = drawn[`${at}.firmness`] ?? p.firmness;
        const insistence = drawn[`${at}.insistence`] ?? p.insistence;
        return [
          issue,
          {
            ...p,
            ...(firmness !== undefined ? { firmness } : {}),
            ...(insistence !== undefined ? { insistence } : {}),
          },
        ];
      }),
    );
  return Object.fromEntries(s.participants.map((id) => [id, arrived.get(id) ?? stated(id)]));
}

type Side = 'ceiling' | 'floor';

/** A paragraph of the adopted text beyond a present delegation's unyielding bound (`max` or `min`). */
interface Breach {
  actor: ActorId;
  issue: IssueId;
  /** The paragraph's rung in the text (0 when it is missing). */
  rung: number;
  bound: number;
}

/** Whether a position is a line that never yields on `side`, and can be breached there at all. */
function unyielding(side: Side, p: Position | undefined, top: number): p is Position {
  if (!p?.hard) return false;
  return side === 'ceiling' ? ceilingFirmness(p) >= 1 && p.max < top : floorInsistence(p) >= 1 && p.min > 0;
}

/**
 * The breaches of `side` in the run's consensus text, and whether any present delegation held such
 * a line on a paragraph on the table (the premise); null when no consensus text was adopted.
 */
function breachesOf(side: Side, s: Scenario, result: RunResult): { applies: boolean; breaches: Breach[] } | null {
  const text = result.consensus;
  if (text === null) return null;
  const rungOf = (issue: IssueId): number => {
    const paragraph = text.paragraphs.find((p) => p.issue === issue);
    return paragraph ? (issueDef(s, issue)?.ladder.findIndex((r) => r.id === paragraph.rung) ?? 0) : 0;
  };
  // The ceiling binds every paragraph in the text; the floor every paragraph on the table.
  const issues =
    side === 'ceiling'
      ? [...new Set([...Object.keys(s.draft), ...text.paragraphs.map((p) => p.issue)])]
      : Object.keys(s.draft);
  const held = heldPositions(s, result);
  let applies = false;
  const breaches: Breach[] = [];
  for (const actor of s.participants) {
    if (!result.delegations[actor]?.present) continue;
    for (const issue of issues) {
      const def = issueDef(s, issue);
      const p = held[actor]?.[issue];
      if (!def || !unyielding(side, p, def.ladder.length - 1)) continue;
      if (issue in s.draft) applies = true;
      const rung = rungOf(issue);
      if (side === 'ceiling' ? rung > p.max : rung < p.min)
        breaches.push({ actor, issue, rung, bound: side === 'ceiling' ? p.max : p.min });
    }
  }
  return { applies, breaches };
}

/**
 * Judges one side. When the run kept no transcript (as `check` runs it) and a breach shows, the
 * run is repeated with one: the positions the delegations arrived with are the ones they held.
 */
function judgeSide(side: Side, input: RunInput, first: RunResult, engine: Engine): Verdict {
  const s = effectiveScenario(input);
  let result = first;
  let found = breachesOf(side, s, result);
  if (found && found.breaches.length > 0 && result.transcript.length === 0) {
    result = runInput(input, engine, true);
    found = breachesOf(side, s, result);
  }
  if (found === null) return pass(false);
  if (found.breaches.length === 0) return pass(found.applies);
  const what =
    result.outcome === 'joint-statement' ? 'joint statement' : "consensus text (beside the chairman's statement)";
  const annexed = new Set(result.annex.map((p) => p.issue));
  const describe = ({ actor, issue, rung, bound }: Breach): string => {
    if (side === 'ceiling')
      return `${issue} at ${rungName(s, issue, rung)}, above present ${actor}'s firmness-1 red line (max ${rungName(s, issue, bound)})`;
    const paragraph =
      rung > 0
        ? `${issue} at ${rungName(s, issue, rung)}`
        : annexed.has(issue)
          ? `${issue} moved into the chair's annex`
          : `${issue} omitted`;
    return `${paragraph}, below present ${actor}'s insistence-1 floor (min ${rungName(s, issue, bound)})`;
  };
  return fail(`seed ${input.seed}: ${what} adopted with ${found.breaches.map(describe).join('; ')}`);
}

/**
 * By variant: consensus and an agreeable room (agreeableRoom) keeping one present delegation's red
 * lines, that delegation holding a firmness-1 line the opening draft crosses on one paragraph
 * (above its `max` for the ceiling, below its `min` for the floor), so that the chair must move the
 * paragraph; or the same room keeping the lines of a delegation that holds some (uncertainty off
 * in both, so a stated firmness of 1 is the run's); or consensus alone.
 */
function firmLinePremise(side: Side) {
  return (s: Scenario, variant: number): Overrides => {
    const consensus: [string, string][] =
      s.rules.decisionRule === 'consensus' ? [] : [['forum.decisionRule', 'consensus']];
    const present = presentAtStart(s);
    const issues = Object.keys(s.draft).filter((id) => issueDef(s, id));
    const kind = variant % 3;
    if (kind === 2 || present.length === 0 || issues.length === 0) return mergeOverrides(consensus);
    const pick = Math.floor(variant / 3);
    // Stated firmness exactly: a line of firmness 1 drawn below 1 yields.
    const off: [string, string][] = s.uncertainty.enabled ? [['forum.uncertainty', 'off']] : [];
    if (kind === 1) {
      // A delegation with red lines of its own on the table, when there is one, keeps them.
      const holders = present.filter((id) => issues.some((issue) => s.profiles[id]!.positions[issue]?.hard));
      const keeper = (holders.length > 0 ? holders : present)[pick % (holders.length || present.length)]!;
      return mergeOverrides(consensus, off, agreeableRoom(s, keeper));
    }
    const actor = present[pick % present.length]!;
    const room = agreeableRoom(s, actor);
    const issue = issues[Math.floor(pick / present.length) % issues.length]!;
    const def = issueDef(s, issue)!;
    const top = def.ladder.length - 1;
    const opening = s.draft[issue]!;
    const lowest = def.droppable ? 0 : 1;
    if (top < 1) return mergeOverrides(consensus, off, room);
    let line: { ideal: number; min: number; max: number };
    if (side === 'ceiling') {
      const max = opening > lowest ? opening - 1 : Math.max(lowest, top - 1);
      line = { ideal: max, min: 0, max };
    } else {
      const min = Math.max(1, Math.min(top, opening + 1));
      line = { ideal: min, min, max: top };
    }
    return mergeOverrides(consensus, off, room, [
      ...positionEntries(s, actor, issue, { ...line, hard: true }),
      [`${actor}.positions.${issue}.firmness`, '1'],
    ]);
  };
}

export const refusedLine: Invariant = {
  id: 'refused-line',
  title:
    "an adopted consensus text (a joint statement, or one beside a standing chairman's statement) never words a paragraph above the max of a hard red line of firmness 1 held by a delegation present at the end",
  premise: firmLinePremise('ceiling'),
  judge: (input, result, { engine }) => judgeSide('ceiling', input, result, engine),
};

export const insistenceKept: Invariant = {
  id: 'insistence-kept',
  title:
    "an adopted consensus text never drops (omits, or moves into the chair's annex) or words below its min a paragraph on the table on which a delegation present at the end holds a hard red line of insistence 1",
  premise: firmLinePremise('floor'),
  judge: (input, result, { engine }) => judgeSide('floor', input, result, engine),
};
