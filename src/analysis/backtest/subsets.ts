// Which cases say something about the model's mechanisms, and which the forum's rules settle alone.
// The backtest reports its totals on each subset, so that easy cases cannot carry the score.
import type { Scenario } from '../../domain/types.js';

type CaseFacts = Pick<Scenario, 'participants' | 'absent' | 'profiles' | 'rules' | 'draft' | 'expected'>;

/** Blocs whose meeting in one room the record shows to be fought over (the catalogue's `bloc`). */
const RIVALS = ['russia', 'china'];
const WEST = 'west';

const present = (s: CaseFacts) => s.participants.filter((id) => !s.absent.includes(id));
const blocOf = (s: CaseFacts, id: string) => s.profiles[id]?.bloc ?? null;

/**
 * What the record says was fought over, when it says anything was: `expected.contested` set and
 * not `none` (nor `none reported`, `none (...)`: the record's ways of saying nothing was).
 */
export function recordSaysContested(s: Pick<Scenario, 'expected'>): boolean {
  const contested = s.expected?.contested?.trim().toLowerCase();
  return contested !== undefined && !/^none\b/.test(contested);
}

/** Russia or China (their own blocs) seated and present with the United States or a western partner (bloc `west`, the EU among them). */
export function rivalBlocsTogether(s: CaseFacts): boolean {
  const blocs = new Set(present(s).map((id) => blocOf(s, id)));
  return blocs.has(WEST) && RIVALS.some((b) => blocs.has(b));
}

/**
 * A contested case: the record says something was fought over, or rival blocs sit together (a room
 * where the great-power split can reach the text even when the record names no fight).
 */
export function isContested(s: CaseFacts): boolean {
  return recordSaysContested(s) || rivalBlocsTogether(s);
}

/**
 * The rule that settles a case without any negotiating, or null when the negotiation decides it:
 * - a vote rule: the text is put to a vote and the count, not a drafting process, decides it;
 * - a standing chair's statement with nothing tabled for consensus: the forum issues the chair's
 *   own text and has no draft that a consensus text could come from;
 * - a single-bloc room with nothing contested: every delegation present shares one bloc and the
 *   record says explicitly that nothing was fought over (`contested: none`; a case that does not
 *   say is not counted, since silence is not evidence of calm).
 * These are the cases a naive rule of the forum's kind forecasts as well as any model.
 */
export function decidedByRule(s: CaseFacts): string | null {
  const rule = s.rules.decisionRule;
  if (rule === 'security-council') return 'vote with veto';
  if (rule === 'majority') return 'vote: majority of those voting';
  if (rule === 'two-thirds') return 'vote: two-thirds of those voting';
  if (s.rules.standingProduct === 'chair-statement' && Object.keys(s.draft).length === 0)
    return "standing chair's statement, no draft";
  const blocs = new Set(present(s).map((id) => blocOf(s, id)));
  const saysNone = s.expected?.contested !== undefined && !recordSaysContested(s);
  if (blocs.size === 1 && !blocs.has(null) && saysNone) return `single-bloc room (${[...blocs][0]}), nothing contested`;
  return null;
}
