import { describe, expect, it } from 'vitest';
import { isSafeText, safeText } from '../../src/present/safeText.js';

describe('safeText', () => {
  it('escapes terminal commands, line breaks and bidirectional overrides', () => {
    expect(safeText('A\u001b]0;owned\u0007B')).toBe('A\\x1b]0;owned\\x07B');
    expect(safeText('x\ny:1:1: forged')).toBe('x\\ny:1:1: forged');
    expect(safeText('\u009b2J\u007f')).toBe('\\x9b2J\\x7f');
    expect(safeText('abc\u202edef')).toBe('abc\\u202edef');
    expect(safeText('contain\u2028ment\u2029')).toBe('contain\\u2028ment\\u2029');
  });

  it('leaves ordinary text, accents and other scripts alone', () => {
    for (const text of ['United States', 'Lavrov’s visit — Phnom Penh', 'Việt Nam', '東盟', '']) {
      expect(safeText(text)).toBe(text);
      expect(isSafeText(text)).toBe(true);
    }
    expect(isSafeText('a\u0000b')).toBe(false);
  });
});
