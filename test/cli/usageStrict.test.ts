// Usage errors for what used to be ignored: an empty option value (`--params=`, `--seed ''`) and
// arguments a command does not take (`list foo`); each is exit 2 with the command's help pointer.
import { describe, expect, it } from 'vitest';
import { expectCleanErrors, runMain } from './helpers.js';

const helpLine = (command?: string) => `Run 'forum-sim ${command ? `${command} ` : ''}--help' for usage.`;

describe('usage strictness', () => {
  it.each([
    [['run', 'arf-2022', '--params='], 'run', 'params'],
    [['run', 'arf-2022', '--seed', ''], 'run', 'seed'],
    [['run', 'arf-2022', '--set', ''], 'run', 'set'],
    [['run', 'arf-2022', '--set', 'forum.roundLimit=3', '--set='], 'run', 'set'],
    [['run', 'arf-2022', '--inputs='], 'run', 'inputs'],
    [['check', 'arf-2022', '--runs='], 'check', 'runs'],
    [['check', 'arf-2022', '--params='], 'check', 'params'],
    [['backtest', '--seed='], 'backtest', 'seed'],
    [['backtest', '--workers='], 'backtest', 'workers'],
    [['init', 'never-written.yaml', '--from='], 'init', 'from'],
    [['ui', '--seed='], 'ui', 'seed'],
  ])('%j: an empty value is a usage error', async (argv, command, option) => {
    const r = await runMain(argv);
    expectCleanErrors(r);
    expect(r.out).toBe('');
    expect(r.errLines).toEqual([`forum-sim: option --${option} needs a value, got an empty one`, helpLine(command)]);
  });

  it.each([
    [['list', 'foo'], 'list', 'list takes no arguments, got foo'],
    [['list', '--json', 'foo', 'bar'], 'list', 'list takes no arguments, got foo bar'],
    [['schema', 'foo'], 'schema', 'schema takes no arguments, got foo'],
    [['run', 'arf-2022', 'extra'], 'run', 'run takes one SCENARIO, got arf-2022 extra'],
    [['check', 'arf-2022', 'extra'], 'check', 'check takes one SCENARIO, got arf-2022 extra'],
    [['init', 'a.yaml', 'b.yaml'], 'init', 'init takes one FILE, got a.yaml b.yaml'],
    [['ui', 'a', 'b'], 'ui', 'ui takes at most one SCENARIO, got a b'],
    [['--version', 'extra'], undefined, '--version takes no arguments, got extra'],
    [['help', 'run', 'extra'], undefined, 'help takes at most one COMMAND, got run extra'],
    [['help', 'lst'], undefined, 'no help for "lst": not a command (did you mean "list"?)'],
    [['toString'], undefined, 'unknown command "toString"'],
  ])('%j: an argument the command does not take is a usage error', async (argv, command, message) => {
    const r = await runMain(argv);
    expectCleanErrors(r);
    expect(r.out).toBe('');
    expect(r.errLines).toEqual([`forum-sim: ${message}`, helpLine(command)]);
  });

  it('what is allowed still works: help with a command, list --json, schema --path', async () => {
    expect((await runMain(['help', 'list'])).out).toMatch(/^Usage: forum-sim list/);
    expect((await runMain(['list', '--json'])).code).toBe(0);
    expect((await runMain(['schema', '--path'])).code).toBe(0);
  });
});
