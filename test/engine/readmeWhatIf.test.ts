// The four what-if pairs shown in the README must stay true. Each is an exact what-if
// (uncertainty off), so a single seed says what the change does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { loadScenario } from '../../src/scenario/loader.js';

const exact = { 'forum.uncertainty': 'off' };

describe('README what-if: the G20 foreign ministers as a one-day ministerial, and as leaders after a preparatory track', () => {
  const g20 = loadScenario('g20-fmm-2022');
  it('ministers: no joint statement, the chair issues its own', () => {
    const r = runScenario(g20, { seed: 2, overrides: exact, transcript: false });
    expect(r.outcome).toBe('chair-statement');
  });
  it('leaders: a declaration with the attributed Ukraine paragraph, Russia present', () => {
    const r = runScenario(g20, { seed: 2, overrides: { ...exact, 'forum.level': 'leaders' } });
    expect(r.outcome).toBe('joint-statement');
    expect(r.statement!.paragraphs.find((p) => p.issue === 'ukraine')!.rung).toBe('attributed-condemnation');
    expect(r.delegations.RUS).toEqual({ stance: 'supporting', present: true });
    expect(r.transcript.some((e) => e.phase === 'preparation')).toBe(true);
  });
});

describe('README what-if: a walkout against a boycott', () => {
  const g20 = loadScenario('g20-fmm-2022');
  const leaders = { ...exact, 'forum.level': 'leaders' };
  it('walkouts are protests: the United States and others leave while Russia speaks, come back, and the text passes', () => {
    const r = runScenario(g20, { seed: 2, overrides: leaders });
    expect(r.transcript.filter((e) => e.type === 'walkout').length).toBeGreaterThan(0);
    expect(r.transcript.some((e) => e.type === 'delegation.returned')).toBe(true);
    expect(r.outcome).toBe('joint-statement');
  });
  it('a boycott is a refusal to sign alongside Russia: no joint text, the US in the way', () => {
    const r = runScenario(g20, { seed: 2, overrides: { ...leaders, 'USA.boycott.RUS': '1' } });
    expect(r.outcome).toBe('chair-statement');
    expect(r.blockers).toContainEqual({ actor: 'USA', issue: 'boycott', rung: 'RUS' });
  });
});

describe('README what-if: a broker chair against an advocate chair', () => {
  const apec = loadScenario('apec-mrt-2022');
  it('Thailand as a broker finds the wording all can let pass', () => {
    expect(
      runScenario(apec, { seed: 7, overrides: { ...exact, 'THA.chairStyle': 'broker' }, transcript: false }).outcome,
    ).toBe('joint-statement');
  });
  it('Thailand as an advocate holds out for its own line, and the meeting ends with its own statement', () => {
    expect(
      runScenario(apec, { seed: 7, overrides: { ...exact, 'THA.chairStyle': 'advocate' }, transcript: false }).outcome,
    ).toBe('chair-statement');
  });
});

describe('README what-if: a cross-pressured refusal abstains, one whose reservation the text misses votes no', () => {
  const file = 'scenarios/record/unsc-s-2015-562.yaml';
  const mh17 = loadScenario(new URL(`../../${file}`, import.meta.url).pathname);
  const withFormats = { ...exact, 'forum.draft.protracted-conflicts': 'support-formats' };
  const command = (extra = '') =>
    `$ npx forum-sim run ${file} --set forum.uncertainty=off --set forum.draft.protracted-conflicts=support-formats${extra}`;
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

  it('the README shows both commands', () => {
    expect(readme).toContain(`${command()}\n`);
    expect(readme).toContain(`${command(' --set VEN.reservation=0.6')}\n`);
  });

  it("Venezuela refuses the tribunal but shares the text's aim: it abstains, and Russia vetoes (13-1-1)", () => {
    const r = runScenario(mh17, { seed: 1, overrides: withFormats });
    expect(r.delegations.VEN!.stance).toBe('blocking');
    expect(r.votes!.VEN).toBe('abstain');
    expect(r.votes!.RUS).toBe('no');
    expect(r.tally).toEqual({ yes: 13, no: 1, abstain: 1, absent: 0 });
    expect(r.outcome).toBe('vetoed');
    expect(r.transcript.find((e) => e.type === 'vote.cast' && e.actor === 'VEN')!.reason).toBe(
      "abstains: crosses its refused line on crimea at investigation but shares the text's aim",
    );
  });

  it('with a reservation of 0.6 the formats paragraph is not enough: Venezuela votes no (13-2-0), and only its vote changes', () => {
    const base = runScenario(mh17, { seed: 1, overrides: withFormats, transcript: false });
    const r = runScenario(mh17, {
      seed: 1,
      overrides: { ...withFormats, 'VEN.reservation': '0.6' },
      transcript: false,
    });
    expect(r.tally).toEqual({ yes: 13, no: 2, abstain: 0, absent: 0 });
    expect(r.outcome).toBe('vetoed');
    expect({ ...r.votes, VEN: 'abstain' }).toEqual(base.votes);
    expect(r.votes!.VEN).toBe('no');
  });
});
