// The what-if pairs shown in the README must stay true. Each is an exact what-if
// (uncertainty off), so a single seed says what the change does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { loadScenario } from '../../src/scenario/loader.js';

const exact = { 'forum.uncertainty': 'off' };

const readmeText = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const g20 = loadScenario('g20-fmm-2022');
const leaders = { ...exact, 'forum.level': 'leaders' };
/** The G20 leaders' habit (src/engine/habits.ts), set on the foreign ministers' room. */
const summit = { ...leaders, 'forum.habit.failureCost': '0.95', 'forum.habit.dropLicence': '0.8' };
const run = (seed: number, overrides: Record<string, string>) => runScenario(g20, { seed, overrides });
/** The README's command for these overrides, in the order the README writes them. */
const command = (seed: number, overrides: Record<string, string>) =>
  `$ npx forum-sim run g20-fmm-2022 --seed ${seed} ${Object.entries(overrides)
    .map(([k, v]) => `--set ${k}=${v}`)
    .join(' ')}`;
const shows = (seed: number, overrides: Record<string, string>) =>
  expect(readmeText).toContain(command(seed, overrides));

describe('README what-if: a one-day ministerial against a summit with the G20 leaders habit', () => {
  it('ministers: no joint statement, the chair issues its own', () => {
    shows(2, exact);
    expect(run(2, exact).outcome).toBe('chair-statement');
  });
  it('with the habit: a declaration, the Western floors given way to a Ukraine paragraph Russia signs', () => {
    shows(2, summit);
    const r = run(2, summit);
    expect(r.outcome).toBe('joint-statement');
    expect(r.statement!.paragraphs.find((p) => p.issue === 'ukraine')!.rung).toBe('peace-dialogue');
    expect(r.delegations.RUS).toEqual({ stance: 'supporting', present: true });
    expect(r.transcript.some((e) => e.phase === 'preparation')).toBe(true);
  });
  it('leaders without the habit: Russia blocks the attributed condemnation', () => {
    const r = run(2, leaders);
    expect(r.outcome).toBe('chair-statement');
    expect(r.blockers).toEqual([{ actor: 'RUS', issue: 'ukraine', rung: 'attributed-condemnation' }]);
  });
});

describe('README what-if: a walkout against a boycott', () => {
  it('walkouts are protests: Western delegations leave while Russia speaks, come back, and the text passes', () => {
    const r = run(2, summit);
    expect(r.transcript.filter((e) => e.type === 'walkout').length).toBeGreaterThan(0);
    expect(r.transcript.some((e) => e.type === 'delegation.returned')).toBe(true);
    expect(r.outcome).toBe('joint-statement');
  });
  it('a boycott is a refusal to sign alongside Russia: no joint text, the US in the way', () => {
    const boycott = { ...summit, 'USA.boycott.RUS': '1' };
    shows(2, boycott);
    const r = run(2, boycott);
    expect(r.outcome).toBe('chair-statement');
    expect(r.blockers.map((b) => b.actor)).toEqual(['USA']);
  });
});

describe('README what-if: a broker chair against an advocate chair', () => {
  it('Indonesia as a broker finds the wording all can let pass', () => {
    const broker = { ...summit, 'IDN.chairStyle': 'broker' };
    shows(3, broker);
    expect(run(3, broker).outcome).toBe('joint-statement');
  });
  it('Indonesia as an advocate holds out for its own line, and the meeting ends with its own statement', () => {
    const advocate = { ...summit, 'IDN.chairStyle': 'advocate' };
    shows(3, advocate);
    expect(run(3, advocate).outcome).toBe('chair-statement');
  });
});

describe('README what-if: one year and three years after the triggering event', () => {
  const fading = { ...leaders, 'forum.habit.failureCost': '0.95', 'forum.halfLife': '2' };
  const at = (date: string) => ({ ...fading, 'forum.date': date });
  it('a year on, the Western floors hold and Russia blocks', () => {
    shows(1, at('2023-02-24'));
    const r = run(1, at('2023-02-24'));
    expect(r.outcome).toBe('chair-statement');
    expect(r.blockers).toContainEqual({ actor: 'RUS', issue: 'ukraine', rung: 'attributed-condemnation' });
  });
  it('three years on, they give way at once to a paragraph Russia signs', () => {
    shows(1, at('2025-02-24'));
    const r = run(1, at('2025-02-24'));
    expect(r.outcome).toBe('joint-statement');
    expect(r.rounds).toBe(1);
    expect(r.statement!.paragraphs.find((p) => p.issue === 'ukraine')!.rung).toBe('peace-dialogue');
  });
  it('at the fitted half-life the two dates end alike', () => {
    const fitted = (date: string) => run(1, { ...leaders, 'forum.habit.failureCost': '0.95', 'forum.date': date });
    expect(fitted('2023-02-24').outcome).toBe('chair-statement');
    expect(fitted('2025-02-24').outcome).toBe('chair-statement');
  });
});

describe('README what-if: a great power alone, a small state alone, and either with one partner', () => {
  const small = { ...leaders, 'RUS.capability': '0.1' };
  const partner = {
    'CHN.positions.ukraine.hard': 'true',
    'CHN.positions.ukraine.max': 'peace-dialogue',
    'CHN.positions.ukraine.firmness': '0.8',
  };
  it('Russia, with its standing, holds its line alone', () => {
    shows(2, leaders);
    expect(run(2, leaders).outcome).toBe('chair-statement');
  });
  it('at a small state standing it gives way alone', () => {
    shows(2, small);
    expect(run(2, small).outcome).toBe('joint-statement');
  });
  it('with one partner sharing the line, it holds at either standing', () => {
    shows(2, { ...small, ...partner });
    expect(run(2, { ...small, ...partner }).outcome).toBe('chair-statement');
    expect(run(2, { ...leaders, ...partner }).outcome).toBe('chair-statement');
  });
  it('without the standing mechanism, capability is no shield', () => {
    const off = { 'forum.mechanisms.standing': 'off' };
    expect(run(2, { ...leaders, ...off }).outcome).toBe(run(2, { ...small, ...off }).outcome);
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
