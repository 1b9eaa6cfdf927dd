// A temporary record spanning a train and a test period (dates 2015-2017 and 2021), for the
// backtest's tests: three kinds of forum, and two cases whose own stance (an inline override of
// AAA) turns an easy agreement into a deadlock.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CATALOGUE = join(import.meta.dirname, '../fixtures/catalogue');
// AAA's own stance: a hard line no draft can meet, so with it no text is possible, without it any is.
const DEADLOCK = `profiles:
  AAA:
    positions: {war: {ideal: omit, min: omit, max: omit, hard: true}}
    provenance: {positions.war: assumed}
    knownBefore: {date: 2000-01-01, source: a test}
`;

function caseFile(dir: string, id: string, date: string, kind: string, outcome: string, own = false): void {
  const participants = own ? '[AAA, CCC]' : '[AAA, BBB]';
  writeFileSync(
    join(dir, `${id}.yaml`),
    `id: ${id}\nname: ${id}\ndate: ${date}\nkind: ${kind}\nhost: AAA\nchair: AAA\nparticipants: ${participants}\n` +
      `fallback: none\nroundLimit: 3\ncatalogue: ${CATALOGUE}\ndraft: {war: dialogue}\n${own ? DEADLOCK : ''}` +
      `expected: {outcome: ${outcome}, source: a test case}\n`,
  );
}

export function temporaryRecord(): string {
  const dir = mkdtempSync(join(tmpdir(), 'forum-sim-forward-'));
  caseFile(dir, 'train-agree', '2015-05-01', 'alpha', 'joint-statement');
  caseFile(dir, 'train-deadlock', '2016-05-01', 'alpha', 'no-statement', true);
  caseFile(dir, 'train-beta', '2017-05-01', 'beta', 'joint-statement');
  caseFile(dir, 'test-alpha', '2021-05-01', 'alpha', 'joint-statement');
  caseFile(dir, 'test-gamma', '2021-06-01', 'gamma', 'no-statement');
  caseFile(dir, 'test-own', '2021-07-01', 'beta', 'no-statement', true);
  return dir;
}
