// Issue 19 row 8: catalogue files are read only from inside the catalogue folder (a link out is
// refused without being read), and an error never quotes a line of a file that is not YAML: an
// unknown key is quoted only when it is a name. Before, a catalogue whose issues.yaml linked to a
// password file had its lines printed whole as "unknown key" errors.
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectCleanErrors, FIXTURES, runMain } from '../cli/helpers.js';

const work = mkdtempSync(join(tmpdir(), 'forum-sim-catalogue-folder-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SECRET = 'root:$6$saltsalt$SECRETHASHSECRETHASH:19000:0:99999:7:::\nalice: $2y$10$ALICEHASHALICEHASH\n';
const secretFile = join(work, 'shadow');
writeFileSync(secretFile, SECRET);

/** valid-forum.yaml with its catalogue copied beside it, for `arrange` to alter. */
function setup(name: string, arrange: (catalogue: string) => void): string {
  const dir = join(work, name);
  mkdirSync(dir);
  cpSync(join(FIXTURES, 'valid-forum.yaml'), join(dir, 'forum.yaml'));
  cpSync(join(FIXTURES, 'catalogue'), join(dir, 'catalogue'), { recursive: true });
  arrange(join(dir, 'catalogue'));
  return join(dir, 'forum.yaml');
}

const noSecret = (text: string) => {
  expect(text).not.toContain('SECRETHASH');
  expect(text).not.toContain('ALICEHASH');
  expect(text).not.toContain('root:');
};

describe('catalogue files', () => {
  it('the fixture validates as it is', async () => {
    expect((await runMain(['validate', setup('plain', () => {})])).code).toBe(0);
  });

  it('issues.yaml linking outside the catalogue folder is refused without being read', async () => {
    const forum = setup('issues-out', (catalogue) => {
      rmSync(join(catalogue, 'issues.yaml'));
      symlinkSync(secretFile, join(catalogue, 'issues.yaml'));
    });
    const result = await runMain(['validate', forum]);
    expectCleanErrors(result);
    expect(result.err).toContain(
      'issues.yaml: is a link to a file outside the catalogue folder: catalogue files must be inside it',
    );
    noSecret(result.err);
  });

  it('a profiles file linking outside is refused too', async () => {
    const forum = setup('actors-out', (catalogue) => {
      symlinkSync(secretFile, join(catalogue, 'actors', 'stolen.yaml'));
    });
    const result = await runMain(['validate', forum]);
    expectCleanErrors(result);
    expect(result.err).toContain('stolen.yaml: is a link to a file outside the catalogue folder');
    noSecret(result.err);
  });

  it('links that stay inside the folder, or a linked folder, are read as before', async () => {
    const inside = setup('link-inside', (catalogue) => {
      renameSync(join(catalogue, 'issues.yaml'), join(catalogue, 'real-issues.yaml'));
      symlinkSync('real-issues.yaml', join(catalogue, 'issues.yaml'));
    });
    expect((await runMain(['validate', inside])).code).toBe(0);
    const linkedFolder = setup('linked-folder', (catalogue) => {
      renameSync(catalogue, `${catalogue}-real`);
      symlinkSync(`${catalogue}-real`, catalogue);
    });
    expect((await runMain(['validate', linkedFolder])).code).toBe(0);
  });

  it('a catalogue file that is not YAML of its kind has its lines located, never quoted; a key name is quoted', async () => {
    const forum = setup('secret-inside', (catalogue) => writeFileSync(join(catalogue, 'issues.yaml'), SECRET));
    const result = await runMain(['validate', forum]);
    expectCleanErrors(result);
    noSecret(result.err);
    expect(result.err).toContain('issues.yaml:1:1: unknown key (not quoted: not a key name)');
    expect(result.err).toContain('issues.yaml:2:1: alice: unknown key');
  });
});
