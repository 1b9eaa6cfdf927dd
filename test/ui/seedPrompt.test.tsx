// The seed prompt (s): whole numbers and a sweep's per-run seeds S/i, typed or pasted; no letters.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { deriveSeed } from '../../src/engine/rng.js';
import { nextSeed } from '../../src/ui/App.js';
import { readSeed, seedProblem } from '../../src/ui/seedText.js';
import { KEY, renderApp } from './support.js';

afterEach(() => cleanup());

describe('the seed prompt', () => {
  it("takes a sweep's per-run seed S/i typed a key at a time", async () => {
    const app = renderApp({ initial: 'arf-2022', seed: '7' });
    await app.press('s', '7', '/', '1', '2');
    expect(await app.until('Seed: 7/12_')).toContain('Seed: 7/12_');
    await app.press(KEY.enter);
    expect(await app.until(`seed ${deriveSeed('7', 12)}`)).toMatch(/\| seed 7\/12\b/);
  });

  it('takes pasted text (several characters in one input event), and a pasted newline runs it', async () => {
    const app = renderApp({ initial: 'arf-2022', seed: '7' });
    await app.press('s', '12/5');
    expect(await app.until('Seed: 12/5_')).toContain('Seed: 12/5_');
    await app.press(KEY.escape, 's', ' 30/2\r');
    expect(await app.until('| seed 30/2')).toMatch(/\| seed 30\/2\b/);
  });

  it('refuses letters with a message, keeping what was typed', async () => {
    const app = renderApp({ initial: 'arf-2022', seed: '7' });
    await app.press('s', '4', 'x');
    const frame = await app.until('letters');
    expect(frame).toContain('Seed: 4_');
    expect(frame).toMatch(/letters are not seeds/);
    await app.press('2', KEY.enter);
    expect(await app.until('| seed 42')).toContain('| seed 42');
  });

  it('says what is wrong with an unfinished S/ instead of running it', async () => {
    const app = renderApp({ initial: 'arf-2022', seed: '7' });
    await app.press('s', '7/', KEY.enter);
    expect(await app.until('not a seed')).toMatch(/"7\/" is not a seed/);
    await app.press('3', KEY.enter);
    expect(await app.until('| seed 7/3')).toContain('| seed 7/3');
  });
});

describe('readSeed', () => {
  it('keeps digits and slashes, drops blanks, stops at letters and other characters with a reason', () => {
    expect(readSeed('4', '2')).toEqual({ text: '42', problem: null, submit: false });
    expect(readSeed('', ' 9/1 \n')).toEqual({ text: '9/1', problem: null, submit: true });
    expect(readSeed('4', 'abc').problem).toMatch(/letters are not seeds/);
    expect(readSeed('4', 'abc').text).toBe('4');
    expect(readSeed('4', '-').problem).toMatch(/"-"/);
  });

  it('accepts exactly the seeds deriveSeed writes for a whole-number master', () => {
    expect(seedProblem(deriveSeed('7', 499))).toBeNull();
    expect(seedProblem('12')).toBeNull();
    for (const bad of ['/', '7/', '/3', '7//3']) expect(seedProblem(bad)).toMatch(/is not a seed/);
  });
});

describe('r after a sweep seed', () => {
  it("goes on to the sweep's next run: S/i, then S/i+1", () => {
    expect(nextSeed(deriveSeed('7', 12))).toBe(deriveSeed('7', 13));
    expect(nextSeed('7/12/3')).toBe('7/12/4');
    expect(nextSeed('41')).toBe('42');
    expect(nextSeed('abc')).toBe('abc#2');
  });
});
