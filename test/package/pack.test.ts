// The package as a user gets it: `npm pack` (which runs the build through `prepack`), the tarball
// installed into a fresh project, and both entries imported with plain Node, no tsx. Slow (a build
// and an install), so it does everything once in beforeAll.
//
// The pack runs in a copy of the repository (stageCheckout), so the build never rewrites this
// checkout's dist/ while other test files run the binary from it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmePropertyExample } from '../support/readmeExample.js';
import { INSTALL_TIME_SCRIPTS, ROOT, stageCheckout } from '../support/npm.js';

const SLOW = 10 * 60_000; // a build and an npm install on a busy machine

function sh(command: string, args: string[], cwd: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: SLOW,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  return { code: r.status, out: r.stdout ?? '', err: (r.stderr ?? '') + (r.error ? String(r.error) : '') };
}

function ok(r: { code: number | null; out: string; err: string }, what: string): string {
  if (r.code !== 0) throw new Error(`${what} failed (exit ${r.code}):\n${r.out}\n${r.err}`);
  return r.out;
}

const work = mkdtempSync(join(tmpdir(), 'forum-sim-pack-'));
const stage = join(work, 'stage');
const project = join(work, 'project');
let files: string[] = [];
let installedOffline = true;
/** What `npm install` of the tarball printed, warnings included. */
let installOutput = '';

beforeAll(() => {
  // Without its build output, so the pack has to build.
  stageCheckout(stage, { withDist: false });

  const packed = JSON.parse(ok(sh('npm', ['pack', '--json', '--pack-destination', work], stage), 'npm pack')) as {
    filename: string;
    files: { path: string }[];
  }[];
  files = packed[0]!.files.map((f) => f.path).sort();
  const tarball = join(work, packed[0]!.filename);

  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'probe', version: '1.0.0', private: true, type: 'module' }),
  );
  const flags = ['install', '--no-audit', '--no-fund', '--no-package-lock'];
  let install = sh('npm', [...flags, '--offline', tarball], project);
  if (install.code !== 0) {
    // Some dependency is not in the npm cache: fetch what is missing from the registry.
    installedOffline = false;
    console.log(
      `offline install failed, so using the registry: ${install.err
        .split('\n')
        .filter((line) => /ERR/.test(line))
        .slice(0, 3)
        .join(' | ')}`,
    );
    install = sh('npm', [...flags, '--prefer-offline', tarball], project);
  }
  ok(install, 'npm install of the tarball');
  installOutput = install.out + install.err;
}, SLOW);

// Removing the installed project takes more than the default 10 s hook timeout on a busy machine.
afterAll(() => rmSync(work, { recursive: true, force: true }), SLOW);

/** Runs an ES module snippet with plain Node inside the fresh project; gives back what it printed as JSON. */
function nodeInProject(code: string): unknown {
  return JSON.parse(ok(sh(process.execPath, ['--input-type=module', '-e', code], project), 'node -e'));
}

describe('the packed package', () => {
  it('ships the compiled code, its declarations, the bin, the scenarios and the README, and no tests or sources', () => {
    console.log(
      `tarball: ${files.length} files; dependencies installed ${installedOffline ? 'offline from the npm cache' : 'with the registry'}`,
    );
    for (const path of [
      'package.json',
      'README.md',
      'LICENSE',
      'bin/forum-sim.js',
      'dist/cli.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/testing/index.js',
      'dist/testing/index.d.ts',
      'dist/analysis/runWorker.js',
      'scenarios/arf-2022.yaml',
      'scenarios/issues.yaml',
    ]) {
      expect(files).toContain(path);
    }
    expect(files.filter((path) => /^(test|src)\//.test(path) || /\.test\.|tsconfig/.test(path))).toEqual([]);
    // The compiled package needs no TypeScript runner at run time.
    expect(existsSync(join(project, 'node_modules/tsx'))).toBe(false);
  });

  it('installs without an install-script warning: nothing of it runs at install time', () => {
    // npm 11 warns about a dependency's preinstall/install/postinstall scripts, and about `prepare`
    // for one installed from a file or a tarball, unless allowScripts covers it.
    expect(installOutput).not.toMatch(/install-scripts|allowScripts|prepare/);
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/forum-sim/package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      license: string;
      repository: { url: string };
    };
    expect(Object.keys(installed.scripts).filter((name) => INSTALL_TIME_SCRIPTS.includes(name))).toEqual([]);
    expect(installed.license).toBe('MIT');
    expect(installed.repository.url).toMatch(/^git\+https:\/\/github\.com\/.+\.git$/);
    const license = readFileSync(join(project, 'node_modules/forum-sim/LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the forum-sim authors\n/);
  });

  it("'forum-sim' loads and runs a built-in forum with plain Node", () => {
    const got = nodeInProject(`
      import('forum-sim').then((m) => {
        const scenario = m.loadScenario('arf-2022');
        const result = m.runScenario(scenario, { seed: '7', transcript: false });
        const again = m.runScenario(m.applyOverrides(scenario, {}), { seed: '7', transcript: false });
        console.log(JSON.stringify({ id: scenario.id, outcome: result.outcome, same: again.outcome === result.outcome, backtest: typeof m.backtest, version: m.VERSION }));
      });`);
    expect(got).toMatchObject({ id: 'arf-2022', same: true, backtest: 'function', version: expect.any(String) });
    expect(['joint-statement', 'chair-statement', 'no-statement']).toContain((got as { outcome: string }).outcome);
  });

  it("'forum-sim/testing' exposes the arbitraries and the invariants, and judges a run", () => {
    const got = nodeInProject(`
      import('forum-sim/testing').then((t) => {
        const scenario = t.loadScenario('arf-2022');
        const verdicts = t.INVARIANTS.map((inv) => t.judgeRun(inv, { scenario, seed: '3', overrides: {} }).verdict);
        console.log(JSON.stringify({
          invariants: t.INVARIANTS.map((inv) => inv.id),
          arbitraries: [typeof t.forumRuns, typeof t.forums, typeof t.issueLadder],
          verdicts: verdicts.map((v) => v.holds),
        }));
      });`);
    const { invariants, arbitraries, verdicts } = got as {
      invariants: string[];
      arbitraries: string[];
      verdicts: boolean[];
    };
    expect(invariants.length).toBeGreaterThan(5);
    expect(invariants).toContain('termination');
    expect(arbitraries).toEqual(['function', 'function', 'function']);
    expect(verdicts.every(Boolean)).toBe(true);
  });

  it('the installed bin runs the compiled CLI', () => {
    const r = sh(
      process.execPath,
      [join(project, 'node_modules/forum-sim/bin/forum-sim.js'), 'run', 'arf-2022', '--seed', '7'],
      project,
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^29th ASEAN Regional Forum \(arf-2022\)/);
  });

  it(
    "the README's property-test example passes in the fresh project under vitest's default settings",
    () => {
      // The same versions this repository tests with, so the npm cache usually has them.
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        devDependencies: Record<string, string>;
      };
      const tools = ['vitest', '@fast-check/vitest'].map((name) => `${name}@${pkg.devDependencies[name]}`);
      const flags = ['install', '--no-audit', '--no-fund', '--no-package-lock', '--no-save'];
      let install = sh('npm', [...flags, '--offline', ...tools], project);
      if (install.code !== 0) install = sh('npm', [...flags, '--prefer-offline', ...tools], project);
      ok(install, 'npm install of vitest');
      mkdirSync(join(project, 'test'), { recursive: true });
      writeFileSync(join(project, 'test/my-invariants.test.ts'), readmePropertyExample());
      // No vitest config file: vitest's defaults, as in a project that just added the package.
      const r = sh(process.execPath, [join(project, 'node_modules/vitest/vitest.mjs'), 'run'], project);
      // vitest colours its summary.
      expect((r.out + r.err).replace(/\u001b\[[0-9;]*m/g, '')).toMatch(/Tests\s+3 passed/);
      expect(r.code).toBe(0);
    },
    SLOW,
  );

  it('the declarations type-check a user module that imports both entries', () => {
    writeFileSync(
      join(project, 'use.ts'),
      [
        "import { loadScenario, runScenario, type RunResult, type Scenario } from 'forum-sim';",
        "import { INVARIANTS, forumRuns, type Invariant } from 'forum-sim/testing';",
        "const scenario: Scenario = loadScenario('arf-2022');",
        'const result: RunResult = runScenario(scenario, { seed: 1 });',
        'const first: Invariant | undefined = INVARIANTS[0];',
        'export { result, first, forumRuns };',
        '',
      ].join('\n'),
    );
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const args = [
      '--noEmit',
      '--strict',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--skipLibCheck',
      '--typeRoots',
      join(ROOT, 'node_modules/@types'),
      '--types',
      'node',
      'use.ts',
    ];
    const r = sh(process.execPath, [tsc, ...args], project);
    expect(r.out + r.err).toBe('');
    expect(r.code).toBe(0);
  });
});
