import { describe, expect, it } from 'vitest';
import { shortName } from '../../src/ui/names.js';

describe('shortName', () => {
  it('keeps a name that fits', () => {
    expect(shortName('Japan', 11)).toBe('Japan');
    expect(shortName('Philippines', 11)).toBe('Philippines');
  });

  it('shortens at a word boundary, never mid-word', () => {
    expect(shortName('United States', 11)).toBe('United');
    expect(shortName('Russian Federation', 11)).toBe('Russian');
    expect(shortName('Hong Kong, China', 11)).toBe('Hong Kong');
    expect(shortName('United Arab Emirates', 11)).toBe('United Arab');
    expect(shortName('Papua New Guinea', 11)).toBe('Papua New');
  });

  it('keeps what names an "X of Y" delegation, and tells the two Koreas apart', () => {
    expect(shortName('Republic of Korea', 11)).toBe('Korea');
    expect(shortName("Democratic People's Republic of Korea", 11)).toBe('DPR Korea');
  });

  it('every shortening is a whole-word prefix, or marks its cut', () => {
    for (const name of [
      'APEC Ministers Responsible for Trade Meeting',
      'G20 Foreign Ministers of the World',
      'Brunei Darussalam',
    ]) {
      for (let width = 4; width < name.length; width++) {
        const short = shortName(name, width);
        expect(short.length).toBeLessThanOrEqual(width);
        expect(short.endsWith('.') || name.includes(short.replace(/^[A-Z]+ /, ''))).toBe(true);
      }
    }
  });
});
