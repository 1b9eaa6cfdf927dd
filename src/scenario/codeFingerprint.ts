// What the build's YAML cache (yamlCache.ts) depends on besides a file's text: the code that parses,
// validates and stores (yamlCache, yamlParse, schema and the modules they import) and the versions
// of the yaml and zod packages. A build's cache is only used by the code that made it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
/** .js when compiled, .ts when run from the sources through tsx. */
const extension = extname(here);
/**
 * This module's own folder, named from its parent so the path also holds when the CLI runs from
 * the bundle (dist/bundle/, one level deep like dist/scenario/) with this code inlined there.
 */
const SCENARIO_DIR = join(dirname(here), '../scenario');
const ROOTS = ['yamlCache', 'yamlParse', 'schema'].map((name) => join(SCENARIO_DIR, name + extension));
const PACKAGES = ['yaml', 'zod'];

let fingerprint: string | undefined;

export function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const requireHere = createRequire(import.meta.url);
  const hash = createHash('sha1');
  for (const name of PACKAGES) {
    hash.update(`${name}@${(requireHere(`${name}/package.json`) as { version: string }).version}\n`);
  }
  // Paths relative to here, so an installed copy of the package matches the build it came with.
  for (const file of moduleClosure(ROOTS))
    hash.update(`\n${relative(SCENARIO_DIR, file)}\n`).update(readFileSync(file));
  fingerprint = hash.digest('hex');
  return fingerprint;
}

/** The files and every module of this package they import, transitively, in a stable order. */
function moduleClosure(roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const file = pending.pop()!;
    // A match in a comment may name no file; a real import of a missing file would not have loaded.
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.\.?\/[^'"]+)['"]/g)) {
      pending.push(join(dirname(file), match[1]!.replace(/\.js$/, extension)));
    }
  }
  return [...seen].sort();
}
