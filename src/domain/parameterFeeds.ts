// What each tunable feeds, in a few words: the scalars' own `feeds` (tunables.ts), the other
// delegation parameters by the group of their `--set` path, and the forum settings `--set forum.X`
// takes, with the values each accepts. For `forum-sim params` and the UI's editor.
import { scalarParameter } from './tunables.js';
import { DECISION_RULES, LEVELS, STANDING_PRODUCTS } from './types.js';

const DELEGATION_FEEDS: Record<string, string> = {
  susceptibility: 'lobbying: how far this power can move the delegation',
  walkout: 'walkouts: the chance it leaves the room when that delegation speaks',
  'lobbying.strength': 'lobbying: the pressure of each approach it makes',
  'lobbying.style': 'lobbying: promises, threats or both (threats can backfire on face)',
  'lobbying.targets': 'lobbying: whom it approaches',
  'lobbying.issues': 'lobbying: the paragraphs it lobbies on',
  ideal: 'stance: the wording it proposes and prefers',
  min: 'stance: the least it accepts (its floor)',
  max: 'stance: the most it accepts',
  hard: 'stance: a red line it does not cross however late (else it can concede by the deadline)',
  salience: 'stance: how much the paragraph weighs in its utility, and what it fights for',
  firmness: 'stance: how sure the red line is (the chance it holds in a run)',
  insistence: 'conclusion: how hard it holds the floor against the devices short of the joint text',
};

/** The mechanism a delegation parameter (`--set ACTOR.PATH`, PATH given) feeds; '' for an unknown path. */
export function feedsOf(path: string): string {
  const scalar = scalarParameter(path);
  if (scalar) return scalar.feeds;
  const parts = path.split('.');
  if (parts[0] === 'positions') return DELEGATION_FEEDS[parts[2] ?? ''] ?? '';
  return DELEGATION_FEEDS[parts.slice(0, 2).join('.')] ?? DELEGATION_FEEDS[parts[0]!] ?? '';
}

export interface ForumSetting {
  /** After `forum.`, as `--set forum.KEY=VALUE` takes it (SUB: a sub-path). */
  key: string;
  values: string;
  feeds: string;
}

/** Every field `--set forum.FIELD` accepts (checked against overrides.ts by a test). */
export const FORUM_SETTINGS: readonly ForumSetting[] = [
  { key: 'roundLimit', values: '1..50 rounds', feeds: 'the deadline: when patience has widened every soft line' },
  { key: 'fallback', values: 'chair-statement | none', feeds: 'conclusion: what the chair issues without consensus' },
  { key: 'speakingOrder', values: 'alphabetical | shuffle | host-first', feeds: 'rounds: who speaks first' },
  { key: 'noise', values: '0..1', feeds: 'per-run jitter of reservation and salience' },
  { key: 'uncertainty', values: 'on | off; .narrow/.wide 0..1', feeds: 'per-run draws from each spread' },
  { key: 'chair', values: 'a seated delegation', feeds: "the chair's drafting and its statement" },
  { key: 'host', values: 'a seated delegation', feeds: "host-first speaking and the host's investment" },
  { key: 'absent', values: 'delegations, comma-separated', feeds: 'who is in the room' },
  { key: 'draft', values: '.ISSUE=RUNG', feeds: "the chair's opening draft" },
  { key: 'decisionRule', values: DECISION_RULES.join(' | '), feeds: 'conclusion: how a text is adopted' },
  { key: 'permanent', values: 'delegations, comma-separated', feeds: 'vetoes under a security-council rule' },
  {
    key: 'level',
    values: LEVELS.join(' | '),
    feeds: 'the stakes: the cost of failing by level (habits), and the wording of the text',
  },
  { key: 'date', values: 'YYYY-MM-DD', feeds: 'fading: how far each issue has faded since its event' },
  {
    key: 'preparation',
    values: '0..50 rounds',
    feeds: 'the preparatory track: rounds officials negotiate the draft before the meeting',
  },
  { key: 'hostInvestment', values: '0..1', feeds: "the host's stake: a failed meeting is its loss of face" },
  {
    key: 'standingProduct',
    values: STANDING_PRODUCTS.join(' | '),
    feeds: 'conclusion: what the forum issues by habit',
  },
  {
    key: 'habit',
    values: '.failureCost/.dropLicence/.separateText 0..1',
    feeds: "the cost of failing, the chair's licence to drop a paragraph, a text beside the chair's statement",
  },
  { key: 'halfLife', values: '0..100 years', feeds: "fading: the half-life of an issue's salience and insistence" },
  { key: 'mechanisms', values: '.MECHANISM=on|off', feeds: 'switches a model v3 mechanism off (ablation)' },
];
