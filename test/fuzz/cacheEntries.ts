// Fuzz family `cache`: the build's YAML cache (dist/yaml-cache.json, yamlCache.ts) damaged or
// edited, under the built CLI: an entry's values edited with its key and check kept, entries that
// are not JSON or not of an entry's shape, entries swapped, the file cut, not UTF-8, of another
// code fingerprint, or over the size cap. The CLI runs from a copy of dist/ (with the scenarios and
// node_modules beside it, so its paths hold) and `run arf-2022 --seed 1 --json` must print exactly
// what it prints with the cache as built: a doubtful entry is a miss, never poisoned values and
// never exit 70. The copy is made once per process; each case rewrites only its cache file.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTextFile } from '../../src/scenario/boundedRead.js';
import { contentKey } from '../../src/scenario/yamlCache.js';
import type { Finding } from './check.js';
import { applyCachePlan, type CachePlan } from './cacheMutations.js';
import { cliFindings, describe, type CliRun } from './cliCheck.js';

export { cachePlans, type CachePlan } from './cacheMutations.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BUILT_CLI = join(ROOT, 'dist/bundle/cli.js');
const ARGV = ['run', 'arf-2022', '--seed', '1', '--json'];

interface Install {
  dir: string;
  cacheFile: string;
  pristine: string;
  /** The cache keys of the files `run arf-2022` reads: the entries worth editing. */
  keys: string[];
  baseline: CliRun;
}

let install: Install | undefined;

function runBuilt(dir: string, work: string): CliRun {
  const env = { ...process.env };
  delete env.FORUM_SIM_DEBUG;
  const r = spawnSync(process.execPath, [join(dir, 'dist/bundle/cli.js'), ...ARGV], {
    cwd: work,
    encoding: 'utf8',
    env,
    timeout: 120_000,
  });
  const err = String(r.stderr ?? '').replace(/\n$/, '');
  return { argv: ARGV, code: r.status ?? -1, out: String(r.stdout ?? ''), err };
}

/** A copy of the built CLI whose cache the cases may edit, and what it prints with the cache as built. */
function installed(work: string): Install {
  if (install) return install;
  if (!existsSync(BUILT_CLI))
    throw new Error(`the cache family runs the built CLI: run npm run build first (${BUILT_CLI} is missing)`);
  const dir = mkdtempSync(join(tmpdir(), 'forum-sim-fuzz-dist-'));
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'scenarios'), join(dir, 'scenarios'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const cacheFile = join(dir, 'dist/yaml-cache.json');
  const pristine = readFileSync(cacheFile, 'utf8');
  const scenarios = join(dir, 'scenarios');
  const files = ['arf-2022.yaml', 'issues.yaml', ...readdirSync(join(scenarios, 'actors')).map((f) => `actors/${f}`)];
  const keys = files.map((f) => contentKey(readTextFile(join(scenarios, f))));
  const entries = (JSON.parse(pristine) as { entries: Record<string, unknown> }).entries;
  if (!keys.every((k) => Object.hasOwn(entries, k)))
    throw new Error(`${cacheFile} lacks entries of the built-in files: rebuild`);
  const baseline = runBuilt(dir, work);
  // The cache as built must change nothing: without it, the same bytes.
  rmSync(cacheFile);
  const uncached = runBuilt(dir, work);
  writeFileSync(cacheFile, pristine);
  if (baseline.code !== 0 || uncached.out !== baseline.out || uncached.err !== baseline.err)
    throw new Error(
      `the built CLI prints other things with its cache than without:\n${describe(baseline)}\n\n${describe(uncached)}`,
    );
  install = { dir, cacheFile, pristine, keys, baseline };
  return install;
}

export function runCacheCase(plan: CachePlan, work: string): { code: number; findings: Finding[] } {
  const { dir, cacheFile, pristine, keys, baseline } = installed(work);
  writeFileSync(cacheFile, applyCachePlan(pristine, plan, keys));
  const run = runBuilt(dir, work);
  writeFileSync(cacheFile, pristine);
  const stage = 'run (built, edited cache)';
  const findings = cliFindings(stage, run, { codes: [0] });
  if (run.code === 70)
    findings.push({ kind: 'thrown', stage, signature: 'run: exit 70 under an edited cache', detail: describe(run) });
  else if (run.out !== baseline.out || run.err !== baseline.err)
    findings.push({
      kind: 'inconsistent',
      stage,
      signature: 'run: output differs from the cache as built',
      detail: describe(run),
    });
  return { code: run.code, findings };
}
