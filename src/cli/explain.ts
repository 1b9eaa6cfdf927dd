// `run --explain`: per delegation, the parameters that decided its stance, with their provenance.
import { rankWeight } from '../engine/rank.js';
import { acceptableInterval } from '../actors/utility.js';
import { SCALAR_PARAMETERS } from '../domain/tunables.js';
import type { RunResult, Scenario } from '../domain/types.js';
import { provenanceOf } from '../scenario/resolveProfile.js';
import { DEFAULT_HOST_INVESTMENT, forumStakes, preparationRounds } from '../engine/stakes.js';
import { habitOf, habitSource } from '../engine/habits.js';
import { safeLines } from '../present/lines.js';
import { STANCE_LABEL } from './format.js';

const scalarsExplainedWith = (group: 'stance' | 'lobbying') => SCALAR_PARAMETERS.filter((p) => p.explain === group);

export function formatExplain(scenario: Scenario, result: RunResult): string {
  const lines: string[] = [
    '',
    ...explainForum(scenario, result),
    '',
    "Why: each delegation's decisive parameters (value  <- provenance)",
  ];
  const blockedIssues = new Map<string, Set<string>>();
  for (const b of result.blockers) blockedIssues.set(b.actor, (blockedIssues.get(b.actor) ?? new Set()).add(b.issue));
  // Those who stood in the way first: they are usually what a reader is looking for.
  const supporting = (id: string) => (result.delegations[id]!.stance === 'supporting' ? 1 : 0);
  const order = [...scenario.participants].sort((a, b) => supporting(a) - supporting(b));
  for (const id of order) lines.push('', ...explainDelegation(scenario, result, id, blockedIssues.get(id)));
  lines.push('', '* paragraph this delegation could not accept in the final draft');
  // Names and provenance notes come from files: escaped, one line each.
  return safeLines(lines);
}

/** One delegation: its stance, then each parameter that decided it (`blocked`: issues it stood in the way on). */
function explainDelegation(scenario: Scenario, result: RunResult, id: string, blocked?: Set<string>): string[] {
  const profile = scenario.profiles[id]!;
  const provenance = scenario.provenance[id] ?? {};
  const src = (path: string) => provenanceOf(provenance, path) ?? 'MISSING';
  const rung = (issue: string, r: number) => scenario.issues.find((i) => i.id === issue)?.ladder[r]?.id ?? String(r);
  const scalarLines = (group: 'stance' | 'lobbying') =>
    scalarsExplainedWith(group).map(({ key }) => `  ${key} ${profile[key]}  <- ${src(key)}`);
  const lines = [`${id} ${profile.name}: ${STANCE_LABEL[result.delegations[id]!.stance]}`];
  for (const issue of Object.keys(scenario.draft)) {
    const p = profile.positions[issue];
    if (!p) continue;
    const size = scenario.issues.find((i) => i.id === issue)!.ladder.length;
    const widest = acceptableInterval(p, size, profile.patience);
    const mark = blocked?.has(issue) ? ' *' : '';
    lines.push(
      `  ${issue}${mark}: ideal ${rung(issue, p.ideal)}, accepts ${rung(issue, p.min)}..${rung(issue, p.max)}${p.hard ? ` (hard red line, firmness ${p.firmness ?? 1}${p.insistence !== undefined ? `, floor firmness ${p.insistence}` : ''})` : `, up to ${rung(issue, widest.min)}..${rung(issue, widest.max)} at the deadline`}, salience ${p.salience}`,
      `      <- ${groupedSources(['ideal', 'min', 'max', 'hard', 'salience', ...(p.insistence !== undefined ? ['insistence'] : [])], (field) => src(`positions.${issue}.${field}`))}`,
    );
  }
  lines.push(...scalarLines('stance'));
  if (profile.walkout.length > 0) {
    lines.push(
      `  walkout: ${profile.walkout.map((t) => `when ${t.whenSpeaks} speaks, p=${t.probability}`).join('; ')}  <- ${src('walkout')}`,
    );
  }
  lines.push(...rankLines(scenario, id, src));
  if (profile.lobbying) {
    const l = profile.lobbying;
    lines.push(
      `  lobbying: ${l.style}, strength ${l.strength}, on ${l.issues.join(', ')}, ${l.targets.length} targets  <- ${src('lobbying.style')}`,
    );
  }
  const powers = Object.entries(profile.susceptibility).filter(([, v]) => v > 0);
  if (powers.length > 0)
    lines.push(
      `  susceptibility: ${powers.map(([p, v]) => `${p} ${v}`).join(', ')}  <- ${powers.map(([p]) => `${p}: ${src(`susceptibility.${p}`)}`).join(' | ')}`,
    );
  lines.push(...scalarLines('lobbying'));
  return lines;
}

/** A delegation headed below the forum's level, and what that weighs (src/engine/rank.ts); none for a principal. */
function rankLines(scenario: Scenario, id: string, src: (path: string) => string): string[] {
  const rank = scenario.profiles[id]!.rank;
  if (!rank || rank === 'principal') return [];
  const weight = rankWeight(rank, scenario.level);
  return [
    `  rank: ${rank} at a ${scenario.level} meeting (its lobbying and its face weighted ${weight})  <- ${src('rank')}`,
  ];
}

/** The forum-level story: what it issues and why, what was at stake, and what the room went through. */
function explainForum(scenario: Scenario, result: RunResult): string[] {
  const ending = result.transcript.find((e) => e.type === 'outcome');
  const protests = result.transcript.filter((e) => e.type === 'walkout').length;
  const annexed = result.transcript
    .filter((e) => e.type === 'paragraph.annexed')
    .map((e) => (e.type === 'paragraph.annexed' ? e.issue : ''));
  const lastClose = [...result.transcript].reverse().find((e) => e.type === 'round.closed');
  const pressure =
    lastClose?.type === 'round.closed'
      ? Object.entries(lastClose.pressure).filter(([id]) => result.blockers.some((b) => b.actor === id))
      : [];
  const habit = habitOf(scenario);
  return [
    `How the forum ended: ${ending?.reason ?? result.outcome}`,
    `  level ${scenario.level}${scenario.levelDefaulted ? ' (the default: the file does not set level)' : ''}, stakes ${forumStakes(scenario).toFixed(2)} (failure cost ${habit.failureCost} and the host's investment ${scenario.rules.hostInvestment ?? DEFAULT_HOST_INVESTMENT}), ${preparationRounds(scenario)} preparatory round(s)`,
    `  habit (${habitSource(scenario)}): failure cost ${habit.failureCost}, the chair's licence to drop what divides ${habit.dropLicence}${scenario.rules.standingProduct === 'chair-statement' ? `, a consensus text tabled beside the chair's statement ${habit.separateText}` : ''}`,
    `  standing product: ${scenario.rules.standingProduct === 'chair-statement' ? "the chairman's statement, issued every time" : 'a consensus text, which can fail'}; chair ${scenario.chair} drafts as a ${scenario.profiles[scenario.chair]?.chairStyle ?? 'broker'}${scenario.coChair ? ` with co-chair ${scenario.coChair}` : ''}`,
    ...forumV3Lines(scenario),
    `  ${protests} protest walkout(s)${annexed.length > 0 ? `; moved to the chair's annex: ${annexed.join(', ')}` : ''}`,
    ...(pressure.length > 0
      ? [
          `  cost of blocking at the last round for those in the way: ${pressure.map(([id, p]) => `${id} ${p.toFixed(2)}`).join(', ')}`,
        ]
      : []),
  ];
}

/** The forum's stated habits, half-life and switched-off mechanisms, if any (a line each). */
function forumV3Lines(scenario: Scenario): string[] {
  const { habit, halfLife, mechanisms } = scenario.rules;
  const off = Object.entries(mechanisms ?? {}).filter(([, on]) => on === false);
  const stated = Object.entries(habit ?? {});
  return [
    ...(stated.length > 0 ? [`  habits set for this forum: ${stated.map(([k, v]) => `${k} ${v}`).join(', ')}`] : []),
    ...(halfLife !== undefined
      ? [`  salience and insistence fade with a half-life of ${halfLife} year(s) from each issue's since date`]
      : []),
    ...(off.length > 0 ? [`  mechanisms switched off: ${off.map(([name]) => name).join(', ')}`] : []),
  ];
}

/** `ideal, salience: X | min, max, hard: Y`: one entry per distinct source, naming the fields it covers. */
function groupedSources(fields: string[], sourceOf: (field: string) => string): string {
  const byText = new Map<string, string[]>();
  for (const field of fields) byText.set(sourceOf(field), [...(byText.get(sourceOf(field)) ?? []), field]);
  if (byText.size === 1) return [...byText.keys()][0]!;
  return [...byText.entries()].map(([text, covered]) => `${covered.join(', ')}: ${text}`).join(' | ');
}
