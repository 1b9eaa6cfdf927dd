// The public record to 2022 as scenario files: one case per row of history/record-2022.yaml,
// none dropped, each loadable, each with the real outcome and its source.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DIR, loadScenario } from '../../src/scenario/loader.js';

const RECORD_DIR = join(BUILTIN_DIR, 'record');

/** The ids of the record's 18 meetings and 4 General Assembly votes, lower-cased. */
const RECORD_IDS = [
  'amm-2012-07',
  'amm-2016-07',
  'apec-leaders-2018-11',
  'g20-leaders-2018-12',
  'asean-fm-ukraine-2022-02',
  'unsc-s-2022-155',
  'g20-fmcbg-washington-2022-04',
  'asean-us-summit-2022-05',
  'apec-mrt-2022-05',
  'g20-fmm-2022-07',
  'g20-fmcbg-bali-2022-07',
  'amm-2022-08',
  'asean-russia-fmm-2022-08',
  'eas-fmm-2022-08',
  'arf-2022-08',
  'eas-leaders-2022-11',
  'g20-leaders-2022-11',
  'apec-leaders-2022-11',
  'unga-es-11-1',
  'unga-es-11-3',
  'unga-es-11-4',
  'unga-es-11-5',
  // ASEAN family rows of record-2008-2021.yaml
  'eas-fmm-2015-08',
  'eas-fmm-2020-09',
  'arf-2014-08',
  'arf-2015-08',
  'arf-2016-07',
  'arf-2017-08',
  'arf-2018-08',
  'arf-2019-08',
  'arf-2020-09',
  'arf-2021-08',
  'asean-russia-summit-2016-05',
  'asean-russia-fmm-2020-06',
  'asean-russia-summit-2018-11',
  'asean-russia-summit-2021-10',
  'asean-summit-2012-11',
  'asean-china-special-fmm-2016-06',
  'asean-china-fmm-2016-07',
  'asean-summit-2016-09',
  'amm-2014-08',
  'amm-2015-08',
  'amm-2017-08',
  'amm-2018-08',
  'amm-2019-07',
  'amm-2020-09',
  'amm-2021-08',
  // the G20/EAS-leaders rows of history/record-2008-2021.yaml
  'g20-leaders-2013-09',
  'g20-leaders-2014-11',
  'g20-leaders-2015-11',
  'g20-leaders-2016-09',
  'g20-leaders-2017-07',
  'g20-leaders-2019-06',
  'g20-leaders-2020-11',
  'g20-leaders-2021-10',
  'g20-fmm-2017-02',
  'g20-fmm-2018-05',
  'g20-fmm-2019-11',
  'g20-fmm-2020-09',
  'g20-fmm-2021-06',
  'eas-leaders-2014-11',
  'eas-leaders-2015-11',
  'eas-leaders-2016-09',
  'eas-leaders-2017-11',
  'eas-leaders-2018-11',
  'eas-leaders-2019-11',
  'eas-leaders-2020-11',
  'eas-leaders-2021-10',
  // record-2008-2021.yaml: APEC, BRICS and the SCO, 2014-2021
  'apec-leaders-2014-11',
  'apec-leaders-2015-11',
  'apec-leaders-2016-11',
  'apec-ministers-2017-11',
  'apec-leaders-2017-11',
  'apec-leaders-2020-11',
  'apec-leaders-2021-11',
  'brics-2014-07',
  'brics-2015-07',
  'brics-2016-10',
  'brics-2017-09',
  'brics-2018-07',
  'brics-2019-11',
  'brics-2020-11',
  'brics-2021-09',
  'sco-2014-09',
  'sco-2015-07',
  'sco-2016-06',
  'sco-2017-06',
  'sco-2018-06',
  'sco-2019-06',
  'sco-2020-11',
  'sco-2021-09',
  // record-2008-2021.yaml, OSCE and UN rows and the UN votes
  'osce-summit-2010-12',
  'osce-mc-2014-12',
  'osce-mc-2015-12',
  'osce-mc-2016-12',
  'osce-mc-2017-12',
  'osce-mc-2018-12',
  'osce-mc-2019-12',
  'osce-mc-2020-12',
  'osce-mc-2021-12',
  'unsc-s-2014-189',
  'unsc-res-2166-2014-07',
  'unsc-res-2202-2015-02',
  'unsc-s-2015-562',
  'unga-68-262',
  'unga-71-205',
  'unga-72-190',
  'unga-73-194',
  'unga-73-263',
  'unga-74-17',
  'unga-2019-12-18-crimea-human-rights',
  'unga-2020-12-07-crimea-militarization',
  'unga-2020-12-16-crimea-human-rights',
];

const files = readdirSync(RECORD_DIR)
  .filter((name) => name.endsWith('.yaml'))
  .sort();
const cases = files.map((name) => ({ name, scenario: loadScenario(join(RECORD_DIR, name)) }));

describe('scenarios/record', () => {
  it('holds exactly one case per record row', () => {
    expect(files.map((name) => name.replace(/\.yaml$/, ''))).toEqual([...RECORD_IDS].sort());
    expect(cases.map((c) => c.scenario.id).sort()).toEqual([...RECORD_IDS].sort());
  });

  it.each(cases.map((c) => [c.name, c.scenario] as const))(
    '%s loads, is named after its id, and has an expected outcome with a source',
    (name, scenario) => {
      expect(name).toBe(`${scenario.id}.yaml`);
      expect(scenario.expected).not.toBeNull();
      expect(scenario.expected!.source).toMatch(/\S/);
      expect(scenario.date <= '2022-12-31').toBe(true);
    },
  );

  it('gives a reason for every case it cannot score', () => {
    const unscorable = cases.filter((c) => c.scenario.expected!.unscorable !== undefined);
    for (const c of unscorable) expect(c.scenario.expected!.unscorable!.trim().length).toBeGreaterThan(10);
    expect(unscorable.map((c) => c.scenario.id)).toContain('asean-russia-fmm-2022-08');
  });

  it('the vote cases give votes only for participants, under a vote rule', () => {
    const votes = cases.filter((c) => c.scenario.rules.decisionRule !== 'consensus');
    // The UN's cases, and only they, decide by vote.
    expect(votes.map((c) => c.scenario.id).sort()).toEqual(RECORD_IDS.filter((id) => /^un(ga|sc)-/.test(id)).sort());
    // The record found no per-country list for these General Assembly votes: scored on adoption only.
    const withoutVotes = ['unga-71-205', 'unga-2019-12-18-crimea-human-rights'];
    for (const { scenario } of votes) {
      const cast = Object.keys(scenario.expected!.votes ?? {});
      if (withoutVotes.includes(scenario.id)) expect(cast).toEqual([]);
      else expect(cast.length).toBeGreaterThan(0);
      for (const actor of cast) expect(scenario.participants).toContain(actor);
    }
    const council = votes.find((c) => c.scenario.id === 'unsc-s-2022-155')!.scenario;
    const tally = Object.values(council.expected!.votes!);
    expect([
      tally.filter((v) => v === 'yes').length,
      tally.filter((v) => v === 'no').length,
      tally.filter((v) => v === 'abstain').length,
    ]).toEqual([11, 1, 3]);
  });
});
