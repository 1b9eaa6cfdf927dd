// `npx forum-sim` in a checkout, the way the README runs the command line: npm installs the
// checkout into its npx cache as a link and runs the package's install-time scripts on it. None
// may rebuild dist/ in place (a build there once took 80 s and broke the tests reading dist/
// meanwhile). The command runs in a copy of the checkout with a fresh npm cache, so it takes the
// path of a first `npx` after `npm ci`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshotTree } from '../cli/helpers.js';
import { INSTALL_TIME_SCRIPTS, ROOT, stageCheckout } from '../support/npm.js';

const work = mkdtempSync(join(tmpdir(), 'forum-sim-npx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npx forum-sim in a checkout', () => {
  it('has no install-time script that npx would run on the checkout', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(Object.keys(scripts).filter((name) => INSTALL_TIME_SCRIPTS.includes(name))).toEqual([]);
  });

  it('runs the built CLI and leaves dist/ as it was', () => {
    const checkout = join(work, 'checkout');
    stageCheckout(checkout, { withDist: true });
    const before = snapshotTree(join(checkout, 'dist'));
    const r = spawnSync('npx', ['forum-sim', '--version'], {
      cwd: checkout,
      encoding: 'utf8',
      env: {
        ...process.env,
        npm_config_cache: join(work, 'npm-cache'), // an empty npx cache: npx has to install the link
        npm_config_offline: 'true', // a link to a folder needs nothing from the registry
        npm_config_update_notifier: 'false',
      },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const after = snapshotTree(join(checkout, 'dist'));
    const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((p) => before[p] !== after[p]);
    expect(changed.map((p) => p.slice(checkout.length + 1))).toEqual([]);
  });
});
