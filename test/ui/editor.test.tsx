// The parameter editor (e): letter-jump, stepping back to the loaded value, clearing edits, fine steps.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { EDITOR_KEYS } from '../../src/ui/components/EditPanel.js';
import { KEY, renderApp } from './support.js';

afterEach(() => cleanup());

/** Shift + right arrow as xterm (and tmux) send it. */
const SHIFT_RIGHT = '\u001B[1;2C';
const SHIFT_LEFT = '\u001B[1;2D';
/** The Backspace key (DEL), as terminals send it. */
const BACKSPACE = '\u007F';

/** The row the cursor is on. */
const selected = (frame: string) => frame.split('\n').find((l) => l.startsWith('> ')) ?? '';

describe('letter-jump in the editor', () => {
  it('cycles through the delegations whose code starts with the letter on repeated presses', async () => {
    // arf-2022 lists AUS first; C: CAN, then CHN, then CAN again.
    const app = renderApp({ initial: 'arf-2022' });
    await app.press('e');
    expect(await app.until('Edit a delegation')).toContain('> AUS');
    await app.press('c');
    expect(selected(await app.until('> CAN'))).toMatch(/^> CAN/);
    await app.press('c');
    expect(selected(await app.until('> CHN'))).toMatch(/^> CHN/);
    await app.press('c');
    expect(selected(await app.until('> CAN'))).toMatch(/^> CAN/);
  });

  it('moves once for each letter typed faster than a frame, or pasted as one chunk', async () => {
    const app = renderApp({ initial: 'arf-2022' });
    await app.press('e');
    await app.until('Edit a delegation');
    await app.typeAhead('c', 'c');
    expect(selected(await app.until('> CHN'))).toMatch(/^> CHN/);
    await app.typeAhead('kk');
    expect(selected(await app.until('> KOR'))).toMatch(/^> KOR/);
  });

  it('in the parameter list jumps to the next issue or parameter starting with the letter, and cycles', async () => {
    const app = renderApp({ initial: 'arf-2022' });
    await app.press('e', KEY.enter);
    expect(await app.until('Edit AUS')).toContain('> positions.ukraine.ideal');
    await app.press('c');
    expect(selected(await app.until('> positions.containment.ideal'))).toMatch(/^> positions\.containment\.ideal/);
    await app.press('c');
    expect(selected(await app.until('> capability'))).toMatch(/^> capability/);
    await app.press('c');
    expect(selected(await app.until('> positions.containment.ideal'))).toMatch(/^> positions\.containment\.ideal/);
  });
});

describe('edits in the editor', () => {
  it('an edit stepped back to the loaded value is no edit: not marked, not counted, not pending', async () => {
    const app = renderApp({ initial: 'asean-russia-2022', seed: '3' });
    // SGP, its Ukraine hard flag: false -> true -> false.
    await app.press('e', 's', KEY.enter, KEY.down, KEY.down, KEY.down, KEY.right);
    expect(await app.until(/> positions\.ukraine\.hard\s+true\s+\(edited\)/)).toContain('(edited)');
    await app.press(KEY.right);
    expect(await app.until(/> positions\.ukraine\.hard\s+false\s*$/m)).not.toContain('(edited)');
    // A number: salience up a step and back down.
    await app.press(KEY.down, KEY.right);
    expect(await app.until('(edited)')).toContain('(edited)');
    await app.press(KEY.left);
    expect(await app.until(/> positions\.ukraine\.salience\s+[\d.]+\s*$/m)).not.toContain('(edited)');
    await app.press(KEY.enter);
    expect(await app.until('Edit a delegation')).not.toContain('(edited)');
    await app.press(KEY.escape);
    expect(await app.until('space step')).not.toContain('pending');
  });

  it('backspace clears every edit, in both lists, and the editor says which key does', async () => {
    const app = renderApp({ initial: 'asean-russia-2022', seed: '3' });
    await app.press('e', 's', KEY.enter);
    expect(await app.until('Edit SGP')).toMatch(/del clears all edits/);
    await app.press(KEY.down, KEY.down, KEY.down, KEY.right, KEY.down, KEY.right);
    await app.until(/salience.*\(edited\)/);
    await app.press(BACKSPACE);
    expect(await app.until(/> positions\.ukraine\.salience\s+[\d.]+\s*$/m)).not.toContain('(edited)');
    // From the delegation list too.
    await app.press(KEY.right, KEY.enter);
    expect(await app.until(/SGP.*\(edited\)/)).toMatch(/SGP.*\(edited\)/);
    expect(await app.until('Edit a delegation')).toMatch(/del clears all edits/);
    await app.press('\u001B[3~');
    expect(await app.until(/^> SGP\s+Singapore\s*$/m)).not.toContain('(edited)');
    await app.press(KEY.escape);
    expect(await app.until('space step')).not.toContain('pending');
  });

  it('shift + arrow (or ] and [) steps a number by 0.01 instead of 0.05', async () => {
    const app = renderApp({ initial: 'asean-russia-2022', seed: '3' });
    // SGP's Ukraine salience.
    await app.press('e', 's', KEY.enter, KEY.down, KEY.down, KEY.down, KEY.down);
    const before = Number(
      /> positions\.ukraine\.salience\s+([\d.]+)/.exec(await app.until('> positions.ukraine.salience'))![1],
    );
    const value = async () =>
      Number(/> positions\.ukraine\.salience\s+([\d.]+)/.exec(await app.until(/salience\s+[\d.]+\s+\(edited\)/))![1]);
    const down = before > 0.5;
    await app.press(down ? SHIFT_LEFT : SHIFT_RIGHT);
    const fine = Math.round((before + (down ? -0.01 : 0.01)) * 100) / 100;
    expect(await app.until(new RegExp(`salience\\s+${fine}\\s+\\(edited\\)`))).toBeTruthy();
    expect(await value()).toBe(fine);
    await app.press(down ? '[' : ']');
    const finer = Math.round((fine + (down ? -0.01 : 0.01)) * 100) / 100;
    await app.until(new RegExp(`salience\\s+${finer}\\s+\\(edited\\)`));
    expect(await value()).toBe(finer);
    expect(await app.until('Edit SGP')).toMatch(/shift\+left\/right or \[ \] fine/);
  });
});

describe("the editor's key help", () => {
  it('fits the 80-column minimum on every line, so nothing is cut', () => {
    for (const line of [...EDITOR_KEYS.delegations, ...EDITOR_KEYS.parameters]) expect(line.length).toBeLessThan(80);
  });

  it('the ? help says which key clears the edits', async () => {
    const app = renderApp({ initial: 'arf-2022' });
    await app.press('?');
    await app.until('clears all edits');
    expect(app.screen()).toMatch(/^ {2}e {8}.*del there clears all edits\)$/m);
  });
});
