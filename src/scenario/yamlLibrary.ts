// The `yaml` package, loaded on first use, so that a run whose files all come from the build's
// cache (yamlCache.ts) never loads it.
import { createRequire } from 'node:module';

type YamlLibrary = typeof import('yaml');
let library: YamlLibrary | undefined;

/** Synchronous, unlike import(), because loading a file is; in Node `yaml` is a CommonJS package anyway. */
export function yamlLibrary(): YamlLibrary {
  library ??= createRequire(import.meta.url)('yaml') as YamlLibrary;
  return library;
}
