#!/usr/bin/env node
// Runs the compiled CLI, bundled in dist/bundle/ (built by `npm run build`, by `npm ci`/`npm
// install` in a checkout through `postprepare`, and by `npm pack` through `prepack`). In a checkout
// that has not been built yet, or with FORUM_SIM_FROM_SOURCE=1, it runs the TypeScript sources
// through tsx instead.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/bundle/cli.js', import.meta.url);
if (!process.env.FORUM_SIM_FROM_SOURCE && existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
