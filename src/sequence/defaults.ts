// The carry-over a sequence file does not state. No source gives rates at which face, grievances
// or a room's chill fade between meetings, so every value is a judgement; each is kept modest so
// that a meeting's own profiles stay what decides it, and each says what it rests on: practice
// (../shared/PRACTICE.md) and the train-period record (scenarios/history/record-2008-2021.yaml and
// the pre-2022 rows of record-2022.yaml). None is fitted to, or read from, the 2022 meetings.
import type { CarrySettings, ChannelSetting } from './types.js';

const judged = (halfLife: number, weight: number, why: { halfLife: string; weight: string }): ChannelSetting => ({
  enabled: true,
  halfLife,
  weight,
  provenance: why,
});

export const DEFAULT_CARRY: CarrySettings = {
  face: judged(30, 0.2, {
    halfLife: 'assumed: a month, a season of ministerials',
    weight:
      'assumed, modest: PRACTICE.md - being the lone holdout or making the host fail costs face, no size given; in the record a meeting that failed (APEC leaders, Nov 2018) was followed two weeks later by an agreed G20 declaration, so lost face does not rule the next room',
  }),
  grievance: judged(60, 0.2, {
    halfLife:
      'assumed: the record shows a blocked South China Sea line still contested four months on (AMM Jul 2012 -> ASEAN Summit Nov 2012, both under Cambodia) but not in later years (the AMMs of 2014 on agreed communiques)',
    weight:
      'assumed, modest: the same dispute returned, yet later meetings still found wording (ASEAN-China joint statement the day after the contested AMM of Jul 2016)',
  }),
  embarrassment: judged(90, 0.25, {
    halfLife: 'assumed: a host presides over a year of meetings',
    weight:
      "assumed, modest: PRACTICE.md - a failed meeting is the host's loss of face and hosts invest in success; the record has Cambodia, embarrassed in Jul 2012, still ending its Nov 2012 summit on a chairman's statement",
  }),
  mood: judged(7, 0.1, {
    halfLife: "assumed: a room's chill is the day's",
    weight:
      'assumed, small: in the record ASEAN and China agreed a joint statement (Jul 2016) the day after the AMM that had fought over the arbitral award',
  }),
  walkouts: judged(180, 0.2, {
    halfLife: 'assumed: a protest policy lasts about half a year',
    weight:
      'assumed, modest: PRACTICE.md - walkouts are protests (a policy, so a repeat is likelier), but the train-period record has no walkout to measure a rate on; 0.2 caps what any walkout history adds to a trigger at +0.2, so walkouts cannot pile up over a season',
  }),
  precedent: judged(365, 0.5, {
    halfLife: 'assumed: agreed language is cited for years',
    weight:
      'PRACTICE.md and the record: agreed language is reused (the ASEAN-China joint statement of Jul 2016 restated the 2002 Declaration on Conduct); 0.5 moves a position one rung toward a text agreed within days, less as it ages',
  }),
};
