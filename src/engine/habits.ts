// Forum habits (model v3): what a kind of forum habitually does with a text, which the record
// shows is the strongest predictor there is. Three numbers per kind, each with where it comes
// from: the cost to the room of ending without a consensus text (it sets the stakes that price
// blocking), the chair's licence to drop contested paragraphs into its own statement (lowest
// common denominator drafting: an insistence weaker than 1 gives way in proportion), and, where
// the chair's statement is the standing product, how often a consensus text is tabled beside it.
import { LEVEL_STAKES } from '../actors/pressure.js';
import type { ForumHabit, Level, Scenario } from '../domain/types.js';
import { isOn } from './mechanisms.js';

export interface KindHabit {
  habit: Partial<ForumHabit>;
  /** Where the values come from: the record's train period (to 2019), PRACTICE.md, or assumed. */
  source: string;
}

/** The chair's licence where a kind says nothing: it may drop what divides, its text weaker for it (assumed). */
export const DEFAULT_DROP_LICENCE = 0.5;

/**
 * How often a standing chair's-statement forum tables a consensus text beside it. Fitted on the
 * train period: (texts + 1/2) / (meetings + 1) over the record's chair's-statement forums to 2019
 * (ARF 2014-2019, EAS foreign ministers 2015, ASEAN summits 2012 and 2016: no text beside the
 * chair's statement in 9 of 9), so 0.05.
 */
export const SEPARATE_TEXT_RATE = 0.05;

/**
 * Per kind (the `kind` of a scenario). Failure costs replace the level's stakes (pressure.ts
 * LEVEL_STAKES: officials 0.3, ministers 0.5, leaders 0.8) where the record shows a habit.
 */
export const KIND_HABITS: Readonly<Record<string, KindHabit>> = {
  'g20-leaders': {
    habit: { failureCost: 0.95, dropLicence: 0.8 },
    source:
      'record, train period: a leaders declaration every year 2008-2019 with Russia in the room and, from 2015, no passage on Ukraine; failure unthinkable, divisive lines dropped (assumed values)',
  },
  brics: {
    habit: { failureCost: 0.95, dropLicence: 0.8 },
    source: 'record, train period: a declaration every summit 2014-2019 (assumed values)',
  },
  sco: {
    habit: { failureCost: 0.95, dropLicence: 0.8 },
    source: 'record, train period: a declaration every summit 2014-2019 (assumed values)',
  },
  'eas-leaders': {
    habit: { failureCost: 0.9, dropLicence: 0.8 },
    source:
      "record, train period: topic statements adopted every year 2014-2019 while divisive language went into the chair's statement (assumed values)",
  },
  'apec-leaders': {
    habit: { failureCost: 0.85, dropLicence: 0.7 },
    source: 'record, train period: a declaration every year 2014-2017, none in 2018 over trade (assumed values)',
  },
  amm: {
    habit: { failureCost: 0.8, dropLicence: 0.6 },
    source:
      'PRACTICE.md and the record: the joint communique is negotiated line by line; its one failure (2012) is still cited as the chair losing face (assumed values)',
  },
  'osce-mc': {
    habit: { failureCost: 0.2, dropLicence: 0.3 },
    source:
      'record, train period: no general declaration at any Ministerial Council 2014-2019; failing to agree is routine there (assumed values)',
  },
};

/** Where a forum's habit comes from, for `run --explain`. */
export function habitSource(scenario: Scenario): string {
  if (scenario.rules.habit && Object.keys(scenario.rules.habit).length > 0) return 'the forum file';
  return KIND_HABITS[scenario.kind]?.source ?? 'defaults: the level sets the failure cost (assumed)';
}

/**
 * The forum's habits: the file's, else its kind's, else the defaults. With the mechanism off, the
 * v2 forum: the level's stakes, no licence, a text always sought.
 */
export function habitOf(scenario: Scenario): ForumHabit {
  const byLevel = levelFailureCost(scenario.level);
  if (!isOn(scenario, 'habits')) return { failureCost: byLevel, dropLicence: 0, separateText: 1 };
  const kind = KIND_HABITS[scenario.kind]?.habit ?? {};
  const file = scenario.rules.habit ?? {};
  const standingChair = (scenario.rules.standingProduct ?? 'consensus-text') === 'chair-statement';
  return {
    failureCost: file.failureCost ?? kind.failureCost ?? byLevel,
    dropLicence: file.dropLicence ?? kind.dropLicence ?? DEFAULT_DROP_LICENCE,
    separateText: file.separateText ?? kind.separateText ?? (standingChair ? SEPARATE_TEXT_RATE : 1),
  };
}

const levelFailureCost = (level: Level): number => LEVEL_STAKES[level];
