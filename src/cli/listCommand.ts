// `forum-sim list`: the built-in scenarios as a table (names escaped) or JSON.
import { textTable } from '../present/lines.js';
import { builtinScenarioIds, loadScenario } from '../scenario/loader.js';
import { noPositionals, parse } from './args.js';
import { builtinSequenceIds, loadSequence } from '../sequence/load.js';
import type { Io } from './runCommand.js';
import { HELP } from './usage.js';

export function listCommand(argv: string[], io: Io): number {
  const { values, positionals } = parse('list', argv, { json: { type: 'boolean' } });
  if (values.help) {
    io.out(HELP.list!);
    return 0;
  }
  noPositionals('list', positionals);
  const rows = builtinScenarioIds().map((id) => {
    const s = loadScenario(id);
    return {
      id,
      name: s.name,
      kind: s.kind,
      date: s.date,
      host: s.host,
      participants: s.participants.length,
      expected: s.expected?.outcome ?? null,
    };
  });
  if (values.json) {
    // The forums' rows as they always were: a reader of this array expects forums only.
    io.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  const sequences = sequenceRows();
  const header = ['ID', 'FORUM', 'DATE', 'HOST', 'DELEGATIONS', 'EXPECTED'];
  const table = [header, ...rows.map((r) => [r.id, r.name, r.date, r.host, String(r.participants), r.expected ?? '-'])];
  io.out(textTable(table).join('\n'));
  if (sequences.length > 0) {
    const chains = [['SEQUENCE', 'NAME', 'FROM', 'TO', 'MEETINGS']];
    for (const s of sequences) chains.push([s.id, s.name, s.from, s.to, s.meetings.join(', ')]);
    io.out('\n' + textTable(chains).join('\n'));
  }
  return 0;
}

/** The built-in sequences (`run SEQUENCE` runs one as a chain). */
function sequenceRows() {
  return builtinSequenceIds().map((id) => {
    const s = loadSequence(id);
    return {
      id,
      name: s.name,
      from: s.meetings[0]!.date,
      to: s.meetings.at(-1)!.date,
      meetings: s.meetings.map((m) => m.id),
    };
  });
}
