// The compiled build (dist/) of the checkout being measured, loaded into the bench's process: the
// in-process measurements time the code the installed package runs, and --root can point them at
// another checkout to compare with.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Api from '../src/index.js';
import type * as Pool from '../src/analysis/runPool.js';

export type CompiledApi = typeof Api;
export type CompiledPool = typeof Pool;

function distFile(root: string, file: string): string {
  const path = join(root, 'dist', file);
  if (!existsSync(path)) throw new Error(`no ${path}: run \`npm run build\` first (the bench times the compiled code)`);
  return pathToFileURL(path).href;
}

export async function compiledApi(root: string): Promise<CompiledApi> {
  return (await import(distFile(root, 'index.js'))) as CompiledApi;
}

/** The worker pool of the build: its workers start the compiled worker directly (no tsx in them). */
export async function compiledPool(root: string): Promise<CompiledPool> {
  return (await import(distFile(root, 'analysis/runPool.js'))) as CompiledPool;
}
