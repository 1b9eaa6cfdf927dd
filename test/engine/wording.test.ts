// Every generated sentence names the members as the forum's level says: a summit's text speaks of
// "The Leaders", an officials' meeting's chair statement of "Officials", whatever the catalogue wrote.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { inLevelWords } from '../../src/engine/wording.js';
import { loadScenario } from '../../src/scenario/loader.js';

describe('inLevelWords', () => {
  it('names the members after a determiner, at every level', () => {
    const text = 'The Ministers took note of the concerns expressed by some Ministers.';
    expect(inLevelWords(text, 'leaders')).toBe('The Leaders took note of the concerns expressed by some Leaders.');
    expect(inLevelWords(text, 'officials')).toBe(
      'The Officials took note of the concerns expressed by some Officials.',
    );
    expect(inLevelWords('Those Leaders whose countries are parties', 'ministers')).toBe(
      'Those Ministers whose countries are parties',
    );
  });

  it('leaves proper names and other words alone', () => {
    for (const text of [
      "The Ministers' Meeting recalled the G20 Leaders' Declaration.",
      'Most members strongly condemned the war in Ukraine.',
      'the Foreign Ministers of ASEAN',
    ])
      expect(inLevelWords(text, 'leaders')).toBe(text);
  });
});

describe('the texts a run issues', () => {
  // The README's what-if: the G20 foreign ministers agree a text as leaders, not as ministers.
  const g20 = loadScenario('g20-fmm-2022');
  const run = (level: string, extra: Record<string, string> = {}) =>
    runScenario(g20, {
      seed: 2,
      overrides: { 'forum.uncertainty': 'off', 'forum.level': level, ...extra },
      transcript: false,
    });
  const texts = (r: ReturnType<typeof run>) => r.statement!.paragraphs.map((p) => p.text);

  it("a leaders' joint statement speaks of the Leaders, never the Ministers", () => {
    // Without standing: by it Russia, a great power, blocks the leaders' text at no cost to itself.
    const r = run('leaders', { 'forum.mechanisms.standing': 'off' });
    expect(r.outcome).toBe('joint-statement');
    for (const text of texts(r)) expect(text).not.toMatch(/Ministers/);
    expect(texts(r).filter((t) => t.startsWith('The Leaders ')).length).toBeGreaterThanOrEqual(3);
  });

  it("an officials' chair statement attributes views to Officials", () => {
    const r = run('officials');
    expect(r.outcome).toBe('chair-statement');
    for (const text of texts(r)) expect(text).not.toMatch(/Ministers|Leaders/);
    expect(
      texts(r).some((t) => /^(Most|Many|Some) Officials .* Other Officials expressed different views\.$/.test(t)),
    ).toBe(true);
  });

  it("a ministers' chair statement still speaks of the Ministers", () => {
    const r = run('ministers');
    expect(r.outcome).toBe('chair-statement');
    for (const text of texts(r)) expect(text).toMatch(/^(The|Most|Many|Some) Ministers /);
  });
});
