// What a start of the installed CLI loads: the bundle in dist/bundle/ rather than the sixty-odd
// compiled modules, the build's YAML cache rather than the YAML parser and zod (a cache miss from
// the bundle, e.g. a code fingerprint taken from the wrong folder, would load both), and worker
// threads that still find their module.
import { describe, expect, it } from 'vitest';
import { runBin } from './helpers.js';

/** The modules and files a start loads, as Node's own debug output lists them on stderr. */
function loaded(args: string[]): string {
  const { code, err } = runBin(args, { env: { ...process.env, NODE_DEBUG: 'module,esm' } });
  expect(code, err).toBe(0);
  return err;
}

describe('start-up path of the built CLI', () => {
  it('runs the bundle, and takes the built-in forum from the YAML cache without yaml or zod', () => {
    const debug = loaded(['run', 'arf-2022']);
    expect(debug).toMatch(/dist\/bundle\/cli\.js/);
    expect(debug).not.toMatch(/dist\/engine\/run\.js/);
    // Their package.json is read (the cache is keyed on their versions); no code of theirs loads.
    expect(debug).not.toMatch(/node_modules\/(yaml|zod)\/(?!package\.json)/);
  });

  it('starts sweep workers on their module from the bundle', () => {
    const { code, out, err } = runBin(['sweep', 'arf-2022', '--runs', '4', '--workers', '2', '--json']);
    expect(code, err).toBe(0);
    expect(JSON.parse(out).completed).toBe(4);
  });
});
