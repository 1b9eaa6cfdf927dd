// The carry-over mechanism: what earlier meetings left (marks) becomes overrides of the next
// meeting, on the same paths `--set` accepts, each moved toward its bound by the channel's weight
// times what still carries (decay.ts). With nothing carried the meeting runs exactly as alone.
//   walkouts:      X walked out when Y spoke  -> X.walkout.Y rises: 1-(1-p)(1-w*W)
//   face:          X lost face               -> X's walkout triggers scale by 1+w*W (a delegation that
//                  lost face is quicker to protest), X.faceSensitivity rises, X.patience falls
//   mood:          the room cooled           -> every delegation's patience falls by w*W
//   grievance:     X's paragraph on I blocked -> X.positions.I.salience rises (less flexible on I)
//   embarrassment: host H embarrassed        -> forum.hostInvestment rises when H hosts again
//   precedent:     rung r of I agreed         -> soft intervals widen toward r by round(w*W*distance)
import { DEFAULT_HOST_INVESTMENT } from '../engine/stakes.js';
import type { ActorId, Scenario } from '../domain/types.js';
import { carriedWeight, reasonOf, type Carried } from './decay.js';
import type { CarriedValue, CarrySettings, Channel, Mark } from './types.js';

/** The mechanism as a function, so the invariants can be checked against planted broken copies. */
export type CarryFunction = (
  scenario: Scenario,
  marks: readonly Mark[],
  meeting: number,
  settings: CarrySettings,
) => CarriedValue[];

/** Four decimals: readable in `--set` form, and rounding is monotone, so no invariant is lost. */
export const carriedNumber = (value: number): string => String(Number(value.toFixed(4)));

export const carryOver: CarryFunction = (scenario, marks, meeting, settings) => {
  const book = ledger(scenario, marks, meeting, settings);
  const seated = scenario.participants.filter((id) => !scenario.absent.includes(id));
  const mood = book.weigh('mood', () => true);
  for (const id of seated) delegationValues(book, scenario, id, seated, mood);
  const embarrassed = book.weigh('embarrassment', (m) => m.delegation === scenario.host);
  const invested = scenario.rules.hostInvestment ?? DEFAULT_HOST_INVESTMENT;
  const hostInvestment = invested + (1 - invested) * embarrassed.weight;
  book.push(scenario.host, [['embarrassment', embarrassed]], 'forum.hostInvestment', invested, hostInvestment);
  return [...book.out, ...precedents(scenario, seated, marks, meeting, book.weigh, book.why)];
};

type Weigh = (channel: Channel, keep: (m: Mark) => boolean) => Carried;
type Why = (channel: Channel, carried: Carried) => string;

interface Ledger {
  out: CarriedValue[];
  /** What carries on a channel from the marks `keep` selects, times the channel's weight (0 when off). */
  weigh: Weigh;
  why: Why;
  /** Records a carried value, unless it is the value the meeting has anyway. */
  push(delegation: ActorId, parts: [Channel, Carried][], path: string, before: number, value: number): void;
}

function ledger(scenario: Scenario, marks: readonly Mark[], meeting: number, settings: CarrySettings): Ledger {
  const out: CarriedValue[] = [];
  const weigh: Weigh = (channel, keep) => {
    const setting = settings[channel];
    if (!setting.enabled) return { weight: 0, marks: [] };
    const picked = marks.filter((m) => m.channel === channel && keep(m));
    const carried = carriedWeight(picked, scenario.date, setting);
    return { weight: carried.weight * setting.weight, marks: carried.marks };
  };
  const why: Why = (channel, carried) => reasonOf(carried, scenario.date, settings[channel]);
  const push: Ledger['push'] = (delegation, parts, path, before, value) => {
    const [shown, was] = [carriedNumber(value), carriedNumber(before)];
    if (shown === was) return;
    const used = parts.filter(([, c]) => c.weight > 0);
    const reason = used.map(([channel, c]) => `${channel}: ${why(channel, c)}`).join(' | ');
    out.push({ meeting, delegation, channels: used.map(([c]) => c), path, before: was, value: shown, reason });
  };
  return { out, weigh, why, push };
}

/** A delegation's walkout triggers, face sensitivity, patience and saliences, as what carried moves them. */
function delegationValues(book: Ledger, scenario: Scenario, id: ActorId, seated: readonly ActorId[], mood: Carried) {
  const profile = scenario.profiles[id]!;
  const face = book.weigh('face', (m) => m.delegation === id);
  for (const speaker of seated.filter((s) => s !== id)) {
    const walked = book.weigh('walkouts', (m) => m.delegation === id && m.toward === speaker);
    const p = profile.walkout.find((t) => t.whenSpeaks === speaker)?.probability ?? 0;
    const value = Math.min(1, (1 - (1 - p) * (1 - walked.weight)) * (1 + face.weight));
    book.push(
      id,
      [
        ['walkouts', walked],
        ['face', face],
      ],
      `${id}.walkout.${speaker}`,
      p,
      value,
    );
  }
  const sensitivity = profile.faceSensitivity;
  book.push(id, [['face', face]], `${id}.faceSensitivity`, sensitivity, sensitivity + (1 - sensitivity) * face.weight);
  const patience = profile.patience * (1 - face.weight) * (1 - mood.weight);
  book.push(
    id,
    [
      ['face', face],
      ['mood', mood],
    ],
    `${id}.patience`,
    profile.patience,
    patience,
  );
  for (const [issue, position] of Object.entries(profile.positions)) {
    const grievance = book.weigh('grievance', (m) => m.delegation === id && m.issue === issue);
    const salience = position.salience + (1 - position.salience) * grievance.weight;
    book.push(id, [['grievance', grievance]], `${id}.positions.${issue}.salience`, position.salience, salience);
  }
}

/** Soft intervals widened toward each agreed rung, by the carried share of the distance (whole rungs). */
function precedents(
  scenario: Scenario,
  seated: readonly ActorId[],
  marks: readonly Mark[],
  meeting: number,
  weigh: Weigh,
  why: Why,
): CarriedValue[] {
  const out: CarriedValue[] = [];
  const agreed = [...new Set(marks.filter((m) => m.channel === 'precedent').map((m) => `${m.issue}\u0000${m.rung}`))];
  for (const key of agreed) {
    const [issueId, rungId] = key.split('\u0000') as [string, string];
    const ladder = scenario.issues.find((i) => i.id === issueId)?.ladder.map((r) => r.id);
    const rung = ladder?.indexOf(rungId) ?? -1;
    if (!ladder || rung < 0) continue;
    const carried = weigh('precedent', (m) => m.issue === issueId && m.rung === rungId);
    for (const id of seated) {
      const position = scenario.profiles[id]!.positions[issueId];
      if (!position || position.hard || (position.min <= rung && rung <= position.max)) continue;
      const below = rung < position.min;
      const distance = below ? position.min - rung : rung - position.max;
      const widen = Math.round(carried.weight * distance);
      if (widen === 0) continue;
      const field = below ? 'min' : 'max';
      const from = below ? position.min : position.max;
      out.push({
        meeting,
        delegation: id,
        channels: ['precedent'],
        path: `${id}.positions.${issueId}.${field}`,
        before: ladder[from]!,
        value: ladder[below ? from - widen : from + widen]!,
        reason: `precedent: ${why('precedent', carried)}`,
      });
    }
  }
  return out;
}
