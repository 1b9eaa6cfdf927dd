#!/usr/bin/env node
// npm run build, last step: bundles the compiled CLI (dist/cli.js and the command modules it loads
// lazily, each its own chunk) into dist/bundle/, so a start resolves and loads a handful of files
// instead of about sixty; Node's module resolution was a sixth of `run`'s start-up. Packages stay
// external. dist/bundle/ is one level deep, like dist/scenario/ and dist/analysis/, so the paths the
// code builds from its own location (scenarios/, the YAML cache, the worker module) hold in both.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const at = (path) => fileURLToPath(new URL(path, import.meta.url));
rmSync(at('../dist/bundle'), { recursive: true, force: true });
buildSync({
  entryPoints: [at('../dist/cli.js')],
  outdir: at('../dist/bundle'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
