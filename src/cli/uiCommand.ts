// `forum-sim ui [SCENARIO]`: the Ink app. Ink and React load only here, so other commands start fast.
import { loadScenario } from '../scenario/loader.js';
import { loadSequence, sequenceFile } from '../sequence/load.js';
import { forgetCiVariables } from '../ui/interactiveTerminal.js';
import { parse } from './args.js';
import type { Io } from './runCommand.js';
import { HELP, UsageError } from './usage.js';

export async function uiCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('ui', argv, { seed: { type: 'string' } });
  if (values.help) {
    io.out(HELP.ui!);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`ui takes at most one SCENARIO, got ${positionals.join(' ')}`, 'ui');
  const ref = positionals[0];
  // Bad input fails here, with exit 2, before the screen changes. A sequence plays as a chain.
  const sequence = ref !== undefined && sequenceFile(ref) ? loadSequence(ref) : null;
  if (ref !== undefined && !sequence) loadScenario(ref);
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UsageError('the UI needs an interactive terminal; for plain output use `forum-sim run SCENARIO`', 'ui');
  }
  forgetCiVariables(); // a person is at this terminal (checked above)
  const [{ render }, { createElement }, { App }, { SequenceApp }, { scenarioEntries }, { openGuardedInput }] =
    await Promise.all([
      import('ink'),
      import('react'),
      import('../ui/App.js'),
      import('../ui/SequenceApp.js'),
      import('../ui/session.js'),
      import('../ui/guardedInput.js'),
    ]);
  const isPath = ref !== undefined && (/[\\/]/.test(ref) || /\.ya?ml$/.test(ref));
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  // The app handles Ctrl-C itself (in raw mode it is a key, not a signal) and reports 130, the
  // status a shell gives a program that SIGINT interrupted; q reports 0. Keys are read on a worker
  // that ends the process itself if the app has not quit shortly after a Ctrl-C (guardedInput.ts).
  let code = 0;
  const onExit = (status: number) => {
    code = status;
  };
  const seed = values.seed ?? '1';
  const view = sequence
    ? createElement(SequenceApp, { sequence, seed, noColor, onExit })
    : createElement(App, { entries: scenarioEntries(isPath ? [ref!] : []), initial: ref, seed, noColor, onExit });
  const input = await openGuardedInput();
  try {
    const app = render(view, {
      exitOnCtrlC: false,
      stdin: input.stdin as unknown as NodeJS.ReadStream,
    });
    await app.waitUntilExit();
  } finally {
    await input.close();
  }
  return code;
}
