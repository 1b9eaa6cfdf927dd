// The shard manifests in docs/sweep and the README: the same text, a Job that runs every shard
// once, an array with one task per shard, and sweep command lines the sweep command accepts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { parse } from '../../src/cli/args.js';
import { SWEEP_OPTIONS, sweepFlags } from '../../src/cli/sweepOptions.js';
import { ROOT } from './helpers.js';

const read = (name: string) => readFileSync(join(ROOT, 'docs/sweep', name), 'utf8');
const K8S = read('kubernetes-indexed-job.yaml');
const SLURM = read('slurm-array.sh');

/** The `forum-sim sweep ...` line of a script (joined across `\` continuations), with the shell's values filled in. */
function sweepLine(script: string, vars: Record<string, string>): string[] {
  const joined = script.replace(/\\\n\s*/g, '');
  const line = joined.split('\n').find((l) => /forum-sim sweep /.test(l))!;
  const expanded = line.replace(/\$\{?([A-Z_]+)\}?/g, (_, name: string) => vars[name] ?? '');
  return expanded
    .slice(expanded.indexOf('sweep ') + 'sweep '.length)
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.replace(/"/g, ''));
}

function accepted(argv: string[]) {
  const { values, positionals } = parse('sweep', argv, SWEEP_OPTIONS);
  expect(positionals).toEqual(['arf-2022']);
  // A node with 8 cores: --workers is capped at the cores (workload.ts), so the Slurm task's 4 stand.
  return sweepFlags(values, 8);
}

describe('shard manifests', () => {
  it('the README shows each manifest as it is in docs/sweep', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('```yaml\n' + K8S + '```');
    expect(readme).toContain('```sh\n' + SLURM + '```');
  });

  it('the Kubernetes Job runs shard i+1 of `completions` for each index, resuming a retried one', () => {
    const job = parseAllDocuments(K8S)
      .map((d) => d.toJS())
      .find((d) => d.kind === 'Job');
    expect(job).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job', spec: { completionMode: 'Indexed' } });
    const shards = job.spec.completions as number;
    const script = job.spec.template.spec.containers[0].args[0] as string;
    for (const index of [0, shards - 1]) {
      const flags = accepted(sweepLine(script, { SHARD: String(index + 1), OUT: '/results/x.jsonl', RESUME: '' }));
      expect(flags.shard).toEqual({ index: index + 1, count: shards });
      expect(flags.out).toBe('/results/x.jsonl');
    }
    expect(script).toContain('RESUME=--resume');
    expect(accepted(sweepLine(script, { SHARD: '1', OUT: 'x', RESUME: '--resume' })).resume).toBe(true);
  });

  it('the Slurm array has one task per shard, and its script is valid shell', () => {
    const [, from, to] = /#SBATCH --array=(\d+)-(\d+)/.exec(SLURM)!;
    const shards = /^SHARDS=(\d+)$/m.exec(SLURM)![1]!;
    expect([Number(from), Number(to)]).toEqual([1, Number(shards)]);
    const flags = accepted(
      sweepLine(SLURM, { SLURM_CPUS_PER_TASK: '4', SLURM_ARRAY_TASK_ID: to!, SHARDS: shards, OUT: 'x', RESUME: '' }),
    );
    expect(flags.shard).toEqual({ index: Number(to), count: Number(shards) });
    expect(flags.workers).toBe(4);
    execFileSync('bash', ['-n', join(ROOT, 'docs/sweep/slurm-array.sh')]);
  });

  it('the Job mounts a claim the manifest defines, ReadWriteMany (its pods may run on several nodes)', () => {
    const docs = parseAllDocuments(K8S).map((d) => d.toJS());
    const job = docs.find((d) => d.kind === 'Job');
    const pod = job.spec.template.spec;
    for (const mount of pod.containers.flatMap((c: { volumeMounts?: { name: string }[] }) => c.volumeMounts ?? [])) {
      const volume = pod.volumes.find((v: { name: string }) => v.name === mount.name);
      expect(volume, mount.name).toBeDefined();
      const claim = docs.find(
        (d) => d.kind === 'PersistentVolumeClaim' && d.metadata.name === volume.persistentVolumeClaim.claimName,
      );
      expect(claim, volume.persistentVolumeClaim.claimName).toBeDefined();
      expect(claim.spec.accessModes).toContain('ReadWriteMany');
      expect(claim.spec.resources.requests.storage).toMatch(/^\d+[GT]i$/);
    }
  });

  it('the Slurm task creates results/ before anything is written there; its log is not in it', () => {
    const body = SLURM.split('\n');
    const mkdir = body.findIndex((l) => /^mkdir -p results$/.test(l));
    const firstUse = body.findIndex((l) => !l.startsWith('#') && /results\//.test(l));
    expect(mkdir).toBeGreaterThan(0);
    expect(mkdir).toBeLessThan(firstUse);
    // Slurm opens --output before the script runs: a log in results/ would need it to exist already.
    expect(SLURM).not.toMatch(/#SBATCH --output=results\//);
  });

  it('the image build context leaves out node_modules, dist and .git, and keeps what npm ci builds from', () => {
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    for (const folder of ['node_modules', 'dist', '.git']) expect(ignored).toContain(folder);
    for (const needed of ['package.json', 'package-lock.json', 'src', 'bin', 'scenarios', 'tsconfig.build.json'])
      expect(ignored).not.toContain(needed);
    expect(read('Dockerfile')).toMatch(/^COPY \. \.$/m);
  });
});
