// A walkout trigger with `since` protests an event of that date: it holds at meetings on or after
// it and not before (the catalogue's walkouts on Russia protest the invasion of 2022-02-24).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioPath } from '../../src/scenario/loader.js';

function g20On(date: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'since-'));
  const text = readFileSync(scenarioPath('g20-fmm-2022'), 'utf8')
    .replace(/^date: .*$/m, `date: ${date}`)
    .replace(/^catalogue: .*$/m, '')
    .replace(/^# yaml-language-server.*$/m, '');
  const file = join(dir, 'g20.yaml');
  writeFileSync(file, text);
  return file;
}

describe('walkout triggers with since', () => {
  it('hold at a meeting on or after their date', () => {
    for (const date of ['2022-02-24', '2022-07-08']) {
      const scenario = loadScenario(g20On(date));
      expect(scenario.profiles.USA!.walkout, date).toEqual([{ whenSpeaks: 'RUS', probability: 0.45 }]);
    }
  });

  it('do not hold before it', () => {
    const scenario = loadScenario(g20On('2019-06-28'));
    for (const id of ['USA', 'CAN', 'JPN', 'EU', 'AUS']) expect(scenario.profiles[id]!.walkout, id).toEqual([]);
  });
});
