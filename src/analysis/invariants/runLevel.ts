// Invariants of a single run: determinism, termination, fallback, provenance.
import { SCALAR_PARAMETER_KEYS } from '../../domain/tunables.js';
import { CONSENSUS_OUTCOMES, VOTE_OUTCOMES, type Profile } from '../../domain/types.js';
import { canAgree } from '../../engine/outcome.js';
import { isVoteRule } from '../../engine/votes.js';
import { provenanceOf } from '../../scenario/resolveProfile.js';
import { type Invariant, pass, fail, effectiveScenario, runInput, capOf, firstDifference } from './core.js';

export const determinism: Invariant = {
  id: 'determinism',
  title: 'the same scenario, overrides and seed give a deep-equal result and transcript',
  judge(input, _result, { engine }) {
    const difference = firstDifference(runInput(input, engine, true), runInput(input, engine, true));
    return difference === null ? pass() : fail(`two runs of the same inputs differ at ${difference}`);
  },
};

export const termination: Invariant = {
  id: 'termination',
  title: 'every run ends within the round limit and the event cap',
  judge(input, result) {
    const s = effectiveScenario(input);
    const cap = capOf(input);
    // An event cap can end a run in its preparatory track, before the meeting's first round.
    const capped = result.events >= capOf(input);
    if (result.rounds < (capped ? 0 : 1) || result.rounds > s.rules.roundLimit)
      return fail(`${result.rounds} round(s) used, limit ${s.rules.roundLimit}`);
    if (result.events > cap) return fail(`${result.events} events counted, cap ${cap}`);
    return pass();
  },
};

export const fallback: Invariant = {
  id: 'fallback',
  title:
    "under consensus, a chair's statement only when the joint statement failed and the forum allows one, no-statement only when neither happened; under a vote rule, no fallback: the vote decides",
  judge(input, result) {
    const s = effectiveScenario(input);
    const voting = isVoteRule(s.rules.decisionRule);
    const expected: readonly string[] = voting ? VOTE_OUTCOMES : CONSENSUS_OUTCOMES;
    if (!expected.includes(result.outcome))
      return fail(`${result.outcome} under ${s.rules.decisionRule}, which ends in ${expected.join(', ')}`);
    // What a vote decides is the `votes` invariant's to judge.
    if (voting) return pass();
    if (result.outcome === 'joint-statement') return result.statement ? pass() : fail('joint-statement without a text');
    // A forum whose standing product is the chairman's statement issues it every time.
    if (s.rules.standingProduct === 'chair-statement') {
      if (result.outcome !== 'chair-statement')
        return fail(`${result.outcome} although the forum's standing product is the chairman's statement`);
      return result.statement ? pass() : fail('chair-statement without a text');
    }
    const delegations = Object.values(result.delegations);
    // A room of fewer than two has no one to agree with: no joint statement, whatever it supports.
    const failed =
      result.events >= capOf(input) ||
      !canAgree(delegations.filter((d) => d.present).length) ||
      delegations.some((d) => d.stance === 'walkedOut' || (d.present && d.stance !== 'supporting'));
    if (!failed)
      return fail(`${result.outcome} although every delegation present supports the final draft and nobody walked out`);
    if (result.outcome === 'chair-statement') {
      if (s.rules.fallback !== 'chair-statement')
        return fail(`chair-statement although the forum's fallback is ${s.rules.fallback}`);
      return result.statement ? pass() : fail('chair-statement without a text');
    }
    if (s.rules.fallback !== 'none') return fail(`no-statement although the forum's fallback is ${s.rules.fallback}`);
    return result.statement === null ? pass() : fail('no-statement with a text');
  },
};

/** Every parameter of a profile the engine reads, as provenance paths. */
export function parameterPaths(p: Profile): string[] {
  const paths: string[] = [];
  for (const issue of Object.keys(p.positions))
    for (const f of ['ideal', 'min', 'max', 'hard', 'salience']) paths.push(`positions.${issue}.${f}`);
  paths.push(...SCALAR_PARAMETER_KEYS);
  for (const power of Object.keys(p.susceptibility)) paths.push(`susceptibility.${power}`);
  if (p.walkout.length > 0) paths.push('walkout');
  if (p.lobbying) for (const f of ['strength', 'style', 'targets', 'issues']) paths.push(`lobbying.${f}`);
  return paths;
}

export const provenance: Invariant = {
  id: 'provenance',
  title: 'every parameter that reaches the engine has a provenance entry',
  judge(input) {
    const s = effectiveScenario(input);
    const missing: string[] = [];
    for (const id of s.participants) {
      const notes = s.provenance[id] ?? {};
      for (const path of parameterPaths(s.profiles[id]!))
        if (provenanceOf(notes, path) === undefined) missing.push(`${id}.${path}`);
    }
    return missing.length === 0
      ? pass()
      : fail(
          `no provenance for ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ` and ${missing.length - 8} more` : ''}`,
        );
  },
};
