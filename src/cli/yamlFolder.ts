// The YAML files of a folder (not its subfolders), in a stable order: what a command given a
// folder reads.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Whether `full` names a folder (false when it names a file or nothing). */
export function isFolder(full: string): boolean {
  try {
    return statSync(full).isDirectory();
  } catch {
    return false;
  }
}

/** The `.yaml`/`.yml` files directly in the folder, sorted by name. */
export function yamlFilesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(folder, name));
}
