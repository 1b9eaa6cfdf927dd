// `forum-sim params [ACTOR]`: every tunable with its range and the mechanism it feeds; for an
// actor, each of its parameters in the scenario with its value and provenance (from the profile files).
import { FORUM_SETTINGS, feedsOf } from '../domain/parameterFeeds.js';
import { SCALAR_PARAMETERS } from '../domain/tunables.js';
import { LOBBY_STYLES, type Scenario } from '../domain/types.js';
import { textTable } from '../present/lines.js';
import { didYouMean } from '../scenario/errors.js';
import { loadScenario } from '../scenario/loader.js';
import { delegationParameters, type ParameterKind } from '../scenario/parameters.js';
import { provenanceOf } from '../scenario/resolveProfile.js';
import { parse } from './args.js';
import { DEFAULT_SCENARIO } from './main.js';
import type { Io } from './runCommand.js';
import { HELP, UsageError } from './usage.js';

function rangeOf(kind: ParameterKind): string {
  switch (kind.type) {
    case 'number':
      return `${kind.min}..${kind.max}`;
    case 'rung':
      return kind.issue.ladder.map((r) => r.id).join(' | ');
    case 'boolean':
      return 'true | false';
    case 'style':
      return LOBBY_STYLES.join(' | ');
    case 'actors':
      return 'delegations, comma-separated';
    case 'issues':
      return 'issues, comma-separated';
  }
}

function actorRows(scenario: Scenario, actor: string) {
  const notes = scenario.provenance[actor] ?? {};
  return delegationParameters(scenario, actor).map((p) => ({
    path: `${actor}.${p.path}`,
    value: p.value,
    range: rangeOf(p.kind),
    provenance: provenanceOf(notes, p.provenancePath) ?? 'MISSING',
    feeds: feedsOf(p.path),
  }));
}

export function paramsCommand(argv: string[], io: Io): number {
  const { values, positionals } = parse('params', argv, { scenario: { type: 'string' }, json: { type: 'boolean' } });
  if (values.help) {
    io.out(HELP.params!);
    return 0;
  }
  if (positionals.length > 1)
    throw new UsageError(`params takes at most one ACTOR, got ${positionals.join(' ')}`, 'params');
  const actor = positionals[0];
  if (actor === undefined) {
    const scalars = SCALAR_PARAMETERS.map((p) => ({
      path: `ACTOR.${p.key}`,
      range: `${p.range.min}..${p.range.max}`,
      feeds: p.feeds,
    }));
    const forum = FORUM_SETTINGS.map((s) => ({ path: `forum.${s.key}`, range: s.values, feeds: s.feeds }));
    if (values.json) io.out(JSON.stringify({ delegation: scalars, forum }, null, 2));
    else
      io.out(
        textTable([
          ['PARAMETER', 'RANGE', 'FEEDS'],
          ...[...scalars, ...forum].map((r) => [r.path, r.range, r.feeds]),
        ]).join('\n'),
      );
    return 0;
  }
  const scenario = loadScenario(values.scenario ?? DEFAULT_SCENARIO);
  if (!scenario.participants.includes(actor))
    throw new UsageError(
      `${actor} is not seated at ${scenario.id}; delegations are ${scenario.participants.join(', ')}${didYouMean(actor, scenario.participants)}`,
      'params',
    );
  const rows = actorRows(scenario, actor);
  if (values.json) io.out(JSON.stringify({ scenario: scenario.id, actor, parameters: rows }, null, 2));
  else {
    io.out(`${actor} at ${scenario.id}: each parameter, its value, range, provenance and what it feeds`);
    const table = rows.map((r) => [r.path, r.value, r.range, r.feeds, r.provenance]);
    io.out(textTable([['PARAMETER', 'VALUE', 'RANGE', 'FEEDS', 'PROVENANCE'], ...table]).join('\n'));
  }
  return 0;
}
