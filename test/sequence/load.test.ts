// Sequence files are schema-checked like forum files: every problem names the file and field path.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CARRY } from '../../src/sequence/defaults.js';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/scenario/errors.js';
import { validatePath } from '../../src/scenario/validate.js';
import { builtinSequenceIds, loadSequence, sequenceFile } from '../../src/sequence/load.js';

const dir = mkdtempSync(join(tmpdir(), 'forum-sim-seq-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const problems = (file: string) => {
  try {
    loadSequence(file);
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
};

describe('sequence files', () => {
  it('loads the built-in sequences, the Phnom Penh week in order with its August 2022 dates', () => {
    expect(builtinSequenceIds()).toEqual(expect.arrayContaining(['phnom-penh-2022', 'season-2022']));
    const week = loadSequence('phnom-penh-2022');
    expect(week.meetings.map((m) => `${m.id} ${m.date}`)).toEqual([
      'amm-2022 2022-08-03',
      'asean-russia-2022 2022-08-04',
      'eas-fmm-2022 2022-08-04',
      'arf-2022 2022-08-05',
    ]);
    expect(week.carry).toEqual(DEFAULT_CARRY);
    for (const id of builtinSequenceIds()) expect(() => loadSequence(id)).not.toThrow();
  });

  it('reports schema problems with their field paths', () => {
    const file = write(
      'bad.yaml',
      'kind: sequence\nid: Bad Id\nname: x\nmeetings: []\ncarry:\n  fame: {}\n  face: { halfLife: 0, weight: 0.5, provenance: { halfLife: assumed, weight: " " } }\n',
    );
    const found = problems(file);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^id: a lower-case id/),
        expect.stringMatching(/^meetings: /),
        'carry.fame: unknown key',
        expect.stringMatching(/^carry\.face\.halfLife: /),
        expect.stringMatching(/^carry\.face\.provenance\.weight: /),
      ]),
    );
  });

  it("refuses a meeting out of order, a date that is not the forum's, a repeat and an unknown forum", () => {
    const file = write(
      'order.yaml',
      [
        'kind: sequence',
        'id: order',
        'name: Out of order',
        'meetings:',
        '  - { forum: arf-2022 }',
        '  - { forum: amm-2022, date: 2022-08-04 }',
        '  - { forum: arf-2022 }',
        '  - { forum: arf-2021 }',
        '',
      ].join('\n'),
    );
    const found = problems(file);
    expect(found).toEqual(
      expect.arrayContaining([
        "meetings.1.date: 2022-08-04 is not the forum's date 2022-08-03 (a sequence does not move meetings)",
        expect.stringMatching(/^meetings\.1\.date: 2022-08-03 is before the previous meeting's 2022-08-05/),
        expect.stringMatching(/^meetings\.2\.forum: "arf-2022" is already in the sequence/),
        expect.stringMatching(/^meetings\.3\.forum: cannot load "arf-2021"/),
      ]),
    );
  });

  it('validate tells a sequence file by its kind and checks it', () => {
    expect(validatePath(sequenceFile('phnom-penh-2022')!)).toMatchObject({ kind: 'sequence', problems: [] });
    const report = validatePath(write('empty.yaml', 'kind: sequence\nid: e\nname: e\nmeetings: []\n'));
    expect(report.kind).toBe('sequence');
    expect(report.problems[0]).toMatchObject({ path: 'meetings' });
  });
});
