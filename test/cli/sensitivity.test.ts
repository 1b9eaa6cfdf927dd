// `forum-sim sensitivity`: the tornado chart, its --json numbers, the same numbers on any number
// of workers, and bad input refused with exit code 2.
import { describe, expect, it } from 'vitest';
import { sensitivityCommand } from '../../src/cli/sensitivityCommand.js';
import { expectCleanErrors, runMain } from './helpers.js';

// Model v3's habits and standing switched off: the room as model v2 had it, where China's patience decides APEC's text.
const V2_ROOM = ['--set', 'forum.mechanisms.habits=off', '--set', 'forum.mechanisms.standing=off'];
const SMALL = [
  'apec-mrt-2022',
  '--runs',
  '4',
  '--param',
  'CHN.patience,BRN.risk',
  '--param',
  'THA.reservation',
  ...V2_ROOM,
];

interface JsonEstimate {
  p: number;
  hits: number;
  runs: number;
  wilson95: [number, number];
}
interface JsonReport {
  scenario: string;
  outcome: string;
  ends: string;
  runsPerSetting: number;
  seed: string;
  baseline: JsonEstimate;
  parameters: {
    path: string;
    current: number;
    low: JsonEstimate & { value: number };
    high: JsonEstimate & { value: number };
    swing: number;
  }[];
}

async function capture(argv: string[], width = 80) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await sensitivityCommand(
    argv,
    { out: (t) => out.push(t), err: (t) => err.push(t) },
    { progress: null, width, color: false },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('forum-sim sensitivity', () => {
  it('draws a tornado chart of the named parameters, largest swing first, within the width', async () => {
    const r = await capture([...SMALL, '--workers', '1']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'forum-sim sensitivity apec-mrt-2022: P(consensus text), one parameter at a time',
      'Each held at the ends of its valid range; seeds 1/0..1/3 for every setting.',
      'Settings: 7 (the baseline, then 3 parameter(s) at both ends), 4 run(s) each.',
    ]);
    expect(lines[3]).toMatch(/^Baseline \(parameters drawn as usual\): P = \d\.\d{3} \[\d\.\d{3}, \d\.\d{3}\]/);
    const rows = lines.filter((l) => /^(CHN|BRN|THA)\./.test(l));
    expect(rows.map((l) => l.split(' ')[0])[0]).toBe('CHN.patience');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^CHN\.patience 0\.\.1 +-+\|\++ 0\.000>1\.000$/);
    expect(rows.find((l) => l.startsWith('BRN.risk'))).toContain('BRN.risk -1..1');
    expect(r.out).toContain('- low end  + high end  # both  | baseline');
    expect(r.out).toContain('CHN.patience: 0.000 at 0, 1.000 at 1 (swing 1.000)');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('counts a consensus text by default: at the ARF, beside the chair statement it always issues', async () => {
    const west = ['AUS', 'CAN', 'EU', 'JPN', 'USA'].flatMap((id) => ['--set', `${id}.patience=1`]);
    // A consensus text tabled beside the chair's statement every time, and Russia not spared by its standing.
    const tabled = ['--set', 'forum.habit.separateText=1', '--set', 'forum.mechanisms.standing=off'];
    const argv = ['arf-2022', '--runs', '6', '--param', 'USA.patience', '--workers', '1', ...west, ...tabled, '--json'];
    const byDefault = JSON.parse((await capture(argv)).out) as JsonReport;
    const named = JSON.parse((await capture([...argv, '--outcome', 'consensus-text'])).out) as JsonReport;
    const joint = JSON.parse((await capture([...argv, '--outcome', 'joint-statement'])).out) as JsonReport;
    expect(byDefault.outcome).toBe('consensus-text');
    expect(named).toEqual(byDefault);
    expect(byDefault.baseline.hits).toBeGreaterThan(0);
    expect(joint.baseline.hits).toBe(0);
    const text = await capture(argv.filter((a) => a !== '--json'));
    expect(text.out).toContain('forum-sim sensitivity arf-2022: P(consensus text), one parameter at a time');
  });

  it('draws only the --top K largest swings and says how many it left out', async () => {
    const r = await capture([...SMALL, '--workers', '1', '--top', '1'], 60);
    expect(r.out.split('\n').filter((l) => /^(CHN|BRN|THA)\./.test(l))).toHaveLength(1);
    expect(r.out).toMatch(/^2 more parameter\(s\) not drawn, (none with a swing|1 with a smaller swing) \(--top K/m);
  });

  it('gives every number with --json, the same whatever the number of workers', async () => {
    const one = await runMain(['sensitivity', ...SMALL, '--workers', '1', '--json']);
    const two = await runMain(['sensitivity', ...SMALL, '--workers', '2', '--json']);
    expect(one.code).toBe(0);
    expect(two.out).toBe(one.out);
    const report = JSON.parse(one.out) as JsonReport;
    expect(report).toMatchObject({
      scenario: 'apec-mrt-2022',
      outcome: 'consensus-text',
      ends: 'range',
      runsPerSetting: 4,
      seed: '1',
    });
    expect(report.baseline.runs).toBe(4);
    const paths = report.parameters.map((p) => p.path);
    expect(paths[0]).toBe('CHN.patience');
    expect([...paths].sort()).toEqual(['BRN.risk', 'CHN.patience', 'THA.reservation']);
    for (const p of report.parameters) {
      expect(p.swing).toBeCloseTo(Math.abs(p.high.p - p.low.p), 12);
      for (const end of [p.low, p.high]) {
        expect(end.p).toBe(end.hits / end.runs);
        expect(end.wilson95[0]).toBeLessThanOrEqual(end.p);
        expect(end.wilson95[1]).toBeGreaterThanOrEqual(end.p);
      }
    }
    const risk = report.parameters.find((p) => p.path === 'BRN.risk')!;
    expect([risk.low.value, risk.high.value]).toEqual([-1, 1]);
  });

  it('swings across the spread with --ends spread, and counts another outcome with --outcome', async () => {
    const r = await runMain([
      'sensitivity',
      'arf-2022',
      '--runs',
      '2',
      '--param',
      'USA.patience',
      '--ends',
      'spread',
      '--outcome',
      'chair-statement',
      '--workers',
      '1',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as JsonReport;
    expect(report.outcome).toBe('chair-statement');
    const [p] = report.parameters;
    expect(p!.low.value).toBeLessThanOrEqual(p!.current);
    expect(p!.high.value).toBeGreaterThanOrEqual(p!.current);
    // The spread is a share of the range (wide: 0.2 either side), not the whole of it.
    expect(p!.high.value - p!.low.value).toBeGreaterThan(0);
    expect(p!.high.value - p!.low.value).toBeLessThanOrEqual(0.4 + 1e-9);
  });

  it('applies --set under every setting, the baseline included', async () => {
    const args = ['apec-mrt-2022', '--runs', '4', '--param', 'BRN.faceSensitivity', '--workers', '2', '--json'];
    const free = JSON.parse((await runMain(['sensitivity', ...args])).out) as JsonReport;
    const held = JSON.parse((await runMain(['sensitivity', ...args, '--set', 'CHN.patience=0:0:0'])).out) as JsonReport;
    expect(free.baseline.hits).toBeGreaterThan(0);
    // Without China's patience APEC adopts nothing, whatever Brunei's face sensitivity.
    expect([held.baseline.hits, held.parameters[0]!.low.hits, held.parameters[0]!.high.hits]).toEqual([0, 0, 0]);
  });

  it('prints its help, naming --param apart from the --params file', async () => {
    const r = await runMain(['sensitivity', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--param PATH');
    expect(r.out).toContain('--params FILE');
  });

  it.each([
    [['--runs', '0'], '--runs expects a whole number from 1 to 1000000, got "0"'],
    [['--runs', '2.5'], '--runs expects a whole number'],
    [['--runs', 'lots'], '--runs expects a whole number'],
    [['--workers', '0'], '--workers expects a whole number'],
    [['--top', '-1'], '--top'],
    [['--ends', 'middle'], '--ends expects one of range, spread, got "middle"'],
    [['--outcome', 'joint'], '--outcome expects one of joint-statement'],
    [['--param', 'XYZ.risk'], '--param: XYZ.risk: unknown delegation or parameter "XYZ"'],
    [['--param', 'USA.patiense'], 'did you mean "patience"'],
    [['--set', 'USA.nothing=1'], 'USA.nothing'],
  ])('refuses %j with exit 2 and a clear message', async (extra, message) => {
    const r = await runMain(['sensitivity', 'arf-2022', '--runs', '1', ...extra]);
    expectCleanErrors(r);
    expect(r.err).toContain(message);
  });

  it('needs exactly one scenario', async () => {
    const r = await runMain(['sensitivity']);
    expectCleanErrors(r);
    expect(r.err).toContain('sensitivity needs a SCENARIO');
  });
});
