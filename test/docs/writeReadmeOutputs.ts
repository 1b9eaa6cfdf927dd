// `npm run docs`: rewrites the README's marked output blocks from the commands they show (see
// test/support/readmeOutputs.ts), slow ones included, and says which blocks changed.
import { readFileSync, writeFileSync } from 'node:fs';
import { README, findOutputBlocks, regenerate } from '../support/readmeOutputs.js';

const before = readFileSync(README, 'utf8');
const after = await regenerate(before, { slow: true });
const old = findOutputBlocks(before);
const changed = findOutputBlocks(after).filter((block, i) => block.body !== old[i]!.body);
writeFileSync(README, after);
console.log(
  `README.md: ${old.length} output block(s), ${changed.length} rewritten` +
    changed.map((b) => `\n  line ${b.line}: $ ${b.commands[0]!.command}`).join(''),
);
