// `validate` reports every problem in one pass: a schema error no longer hides the reference, profile
// and provenance checks, and a broken catalogue no longer hides the forum's own problems.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePath } from '../../src/scenario/validate.js';
import { FIXTURES } from '../cli/helpers.js';

/** A copy of the test catalogue in a temp folder, with a forum file beside it. */
function workspace(forum: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'forum-sim-onepass-'));
  cpSync(join(FIXTURES, 'catalogue'), join(dir, 'catalogue'), { recursive: true });
  const file = join(dir, 'forum.yaml');
  writeFileSync(file, forum);
  return { dir, file };
}

const messages = (path: string) => validatePath(path).problems.map((p) => `${p.path}: ${p.message}`);

describe('validate in one pass', () => {
  it('a forum with schema errors and reference/provenance errors reports both kinds at once', () => {
    const { file } = workspace(`id: test-forum
name: Test Forum
date: 5 August 2022
kind: arf
host: AAA
chair: ZZZ
participants: [AAA, BBB, CCC, DDD]
fallback: chair-statement
roundLimit: 60
catalogue: catalogue
speakers: 3
draft:
  war: dialogue
  trade: shut
profiles:
  AAA:
    patience: 7
    susceptibility: {BBB: 0.4}
`);
    const found = messages(file);
    expect(found).toEqual(
      expect.arrayContaining([
        // schema
        'date: a date YYYY-MM-DD',
        'roundLimit: must be at most 50',
        'speakers: unknown key',
        'profiles.AAA.patience: must be at most 1',
        // references
        expect.stringMatching(/^participants\.3: unknown actor "DDD"/),
        expect.stringMatching(/^chair: "ZZZ" is not a participant/),
        expect.stringMatching(/^draft\.trade: unknown rung "shut"/),
        // provenance of the forum's profile override
        expect.stringMatching(/^profiles\.AAA\.susceptibility\.BBB: has no provenance/),
      ]),
    );
    expect(found).toHaveLength(8);
  });

  it('a broken catalogue (a bad profile file) does not stop the forum checks', () => {
    const { dir, file } = workspace(`id: test-forum
name: Test Forum
date: 2022-08-05
kind: arf
host: AAA
chair: AAA
participants: [AAA, BBB, CCC]
fallback: chair-statement
roundLimit: 4
catalogue: catalogue
draft:
  war: dialogue
  nosuch: omit
`);
    writeFileSync(join(dir, 'catalogue/actors/extra.yaml'), 'profiles:\n  EEE:\n    name: Echo\n    colour: red\n');
    const report = validatePath(file);
    expect(
      report.problems.map((p) => `${p.file.endsWith('extra.yaml') ? 'extra.yaml' : 'forum'} ${p.path}: ${p.message}`),
    ).toEqual(['extra.yaml profiles.EEE.colour: unknown key', 'forum draft.nosuch: unknown issue "nosuch"']);
  });

  it('a profiles file with a schema error and a provenance gap reports both', () => {
    const { dir } = workspace('id: x\n');
    const file = join(dir, 'catalogue/actors/more.yaml');
    writeFileSync(
      file,
      `profiles:
  FFF:
    extends: member
    name: Foxtrot
    reservation: 2
    patience: 0.2
`,
    );
    expect(messages(file)).toEqual([
      'profiles.FFF.reservation: must be at most 1',
      expect.stringMatching(/^profiles\.FFF\.patience: has no provenance/),
    ]);
  });
});
