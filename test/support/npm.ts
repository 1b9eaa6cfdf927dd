// For tests that run npm on the package: a copy of the checkout to run it in, and the scripts npm
// runs when it installs the package somewhere.
import { cpSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A copy of this checkout, so npm never rewrites this checkout's dist/ while other test files run
 * the binary from it. Copies the checkout into `dest` without git data or scratch files; node_modules is linked, not
 * copied. dist/ comes along only with `withDist`, for tests that check what npm does to a build.
 */
export function stageCheckout(dest: string, { withDist }: { withDist: boolean }): void {
  const skip = new Set(['node_modules', '.git', 'scratch', ...(withDist ? [] : ['dist'])]);
  cpSync(ROOT, dest, {
    recursive: true,
    filter: (src) => src === ROOT || !skip.has(basename(src)) || dirname(src) !== ROOT,
  });
  symlinkSync(join(ROOT, 'node_modules'), join(dest, 'node_modules'), 'dir');
}

/**
 * The package's scripts npm runs when it installs it for someone else: as a dependency
 * (preinstall, install, postinstall), or as a link or a file/git dependency, which is what
 * `npx forum-sim` does with the checkout it is run in (also prepare).
 */
export const INSTALL_TIME_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare'];
