// Extracts the property-test example (the first TypeScript block of "Writing your own invariant").
import { readFileSync } from 'node:fs';

export function readmePropertyExample(): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.indexOf('### Writing your own invariant');
  if (section < 0) throw new Error('README has no "Writing your own invariant" section');
  const start = readme.indexOf('```ts\n', section);
  const end = readme.indexOf('\n```\n', start);
  if (start < 0 || end < 0) throw new Error('README\'s "Writing your own invariant" has no ```ts block');
  return readme.slice(start + '```ts\n'.length, end + 1);
}
