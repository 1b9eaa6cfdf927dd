// `forum-sim init FILE [--from SCENARIO]`: writes a commented starting forum that works from any folder.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { Profile } from '../domain/types.js';
import { loadCatalogue } from '../scenario/catalogue.js';
import { InputError } from '../scenario/errors.js';
import { BUILTIN_DIR, loadScenario, scenarioPath } from '../scenario/loader.js';
import { safeText } from '../present/safeText.js';
import { resolveProfile } from '../scenario/resolveProfile.js';
import { parse } from './args.js';
import type { Io } from './runCommand.js';
import { SCHEMA_PATH } from './schemaCommand.js';
import { HELP, UsageError } from './usage.js';

const MODELINE = `# yaml-language-server: $schema=${SCHEMA_PATH}`;

const MINIMAL_PARTICIPANTS = ['KHM', 'IDN', 'SGP', 'USA', 'CHN', 'RUS'];

export function initCommand(argv: string[], io: Io): number {
  const { values, positionals } = parse('init', argv, { from: { type: 'string' } });
  if (values.help) {
    io.out(HELP.init!);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0 ? 'init needs a FILE to write' : `init takes one FILE, got ${positionals.join(' ')}`,
      'init',
    );
  const target = resolve(positionals[0]!);
  const id = idFromFile(target);
  const text = values.from ? fromScenario(values.from, id) : minimal(id);
  try {
    // `wx`: never overwrite, even if the file appears between a check and the write.
    writeFileSync(target, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'EEXIST'
        ? 'already exists; init never overwrites a file (choose another name, or remove it first)'
        : code === 'ENOENT'
          ? `cannot be written: no folder ${dirname(target)}`
          : `cannot be written (${code ?? String(error)})`;
    throw new InputError([{ file: positionals[0]!, path: '', message }]);
  }
  const shown = safeText(positionals[0]!);
  io.out(`wrote ${shown}${values.from ? ` (a copy of ${safeText(values.from)})` : ''}`);
  io.out(`next: forum-sim validate ${shown} && forum-sim run ${shown}`);
  return 0;
}

/** A forum id from the file name: lower case, a-z 0-9 and -. */
function idFromFile(file: string): string {
  const slug = basename(file)
    .replace(/\.ya?ml$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z0-9]/.test(slug) ? slug : 'my-forum';
}

function header(source: string): string {
  return `${MODELINE}
# A forum for forum-sim, ${source}.
# Check it:  forum-sim validate FILE      Run it:  forum-sim run FILE      Fields:  forum-sim schema
# Delegations come from the built-in catalogue (${BUILTIN_DIR}/actors/*.yaml) unless
# catalogue: names another folder with issues.yaml and actors/ (relative to this file, or absolute).
`;
}

/** A copy of a scenario, with its id renamed, its catalogue made absolute and its backtest record dropped. */
function fromScenario(ref: string, id: string): string {
  const file = scenarioPath(ref);
  const scenario = loadScenario(ref);
  // Line edits, not a YAML round trip, so the copy keeps the original's layout and comments.
  const lines: string[] = [];
  let skipping = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\S/.test(line)) skipping = false;
    if (skipping || /^#\s*yaml-language-server:/.test(line)) continue;
    // The real outcome belongs to the original meeting, not to this new forum.
    if (/^expected:/.test(line)) {
      skipping = true;
      continue;
    }
    if (/^id:/.test(line)) lines.push(`id: ${id}`);
    else if (/^catalogue:/.test(line)) {
      const value = parseDocument(line).get('catalogue');
      lines.push(
        typeof value === 'string' && !isAbsolute(value)
          ? `catalogue: ${JSON.stringify(resolve(dirname(file), value))}`
          : line,
      );
    } else lines.push(line);
  }
  const text = lines.join('\n');
  return (
    header(`copied from ${ref} (${file})`) +
    inherited(scenario.participants, scenario.profiles, `${ref} and the catalogue`) +
    '\n' +
    text
  );
}

function minimal(id: string): string {
  const catalogue = loadCatalogue(BUILTIN_DIR);
  const profiles = Object.fromEntries(MINIMAL_PARTICIPANTS.map((p) => [p, resolveProfile(catalogue, p).profile]));
  return (
    header('a minimal one') +
    inherited(MINIMAL_PARTICIPANTS, profiles, 'the catalogue') +
    `
id: ${id}
name: My forum
date: 2022-08-05
# kind: the forum family (arf, eas-fmm, amm, asean-russia, apec-mrt, g20-fmm or your own)
kind: arf
host: KHM
chair: KHM
# Actor ids from the catalogue; see the profile files named above.
participants: [${MINIMAL_PARTICIPANTS.join(', ')}]
# consensus, majority, two-thirds or security-council
decisionRule: consensus
# What a consensus forum issues when there is no consensus.
fallback: chair-statement
roundLimit: 6
# The chair's opening draft: issue -> rung (the issues are in ${BUILTIN_DIR}/issues.yaml).
draft:
  ukraine: investigation
# Changes to a delegation for this forum only, e.g.:
# profiles:
#   USA:
#     walkout: []
#     lobbying: none
#     provenance: {walkout: assumed, lobbying: assumed}
`
  );
}

/** The walkout, boycott and lobbying settings the forum inherits, spelled out as comments. */
function inherited(participants: readonly string[], profiles: Record<string, Profile>, from: string): string {
  const seated = new Set(participants);
  const lines: string[] = [];
  for (const id of [...participants].sort()) {
    const p = profiles[id];
    if (!p) continue;
    const walkouts = p.walkout.filter((t) => seated.has(t.whenSpeaks));
    for (const t of walkouts)
      lines.push(`#   ${id} walks out when ${t.whenSpeaks} speaks, with probability ${t.probability}`);
    for (const b of (p.boycott ?? []).filter((x) => seated.has(x.of)))
      lines.push(`#   ${id} refuses to sign alongside ${b.of} (firmness ${b.firmness})`);
    if (p.lobbying && p.lobbying.strength > 0) {
      const targets = p.lobbying.targets.filter((t) => seated.has(t));
      const issues = p.lobbying.issues.length > 0 ? ` on ${p.lobbying.issues.join(', ')}` : '';
      lines.push(
        `#   ${id} lobbies ${targets.length > 0 ? targets.join(', ') : '(no one seated here)'} with ${p.lobbying.style}, strength ${p.lobbying.strength}${issues}`,
      );
    }
  }
  const body = lines.length > 0 ? lines.join('\n') : '#   (no walkouts, boycotts or lobbying among these participants)';
  return `#
# Inherited from ${from} (what the delegations bring to this room):
${body}
# To change one here, add under profiles: e.g. USA: {walkout: [], lobbying: none}, or per run with
# --set USA.walkout.RUS=0 or --set USA.lobbying=none.
`;
}
