// The line the chair drafts toward: its own ideal per issue, or with a co-chair the middle of the
// two (rounded toward the chair's), and its drafting style from its profile (broker by default).
import type { Position, Scenario } from '../domain/types.js';
import type { ChairLine } from './chair.js';

export function chairLine(
  scenario: Scenario,
  positionsOf: (id: string) => Record<string, Position>,
  /** Model v3's structural draw: a broker chair that pushes its own line this run. */
  advocateThisRun = false,
): ChairLine {
  const own = positionsOf(scenario.chair);
  const co = scenario.coChair ? positionsOf(scenario.coChair) : null;
  const ideals: ChairLine['ideals'] = {};
  for (const issue of Object.keys(scenario.draft)) {
    const mine = own[issue]?.ideal;
    const theirs = co?.[issue]?.ideal;
    if (mine === undefined && theirs === undefined) continue;
    if (mine === undefined || theirs === undefined) ideals[issue] = (mine ?? theirs)!;
    else ideals[issue] = mine <= theirs ? Math.floor((mine + theirs) / 2) : Math.ceil((mine + theirs) / 2);
  }
  return { ideals, style: advocateThisRun ? 'advocate' : (scenario.profiles[scenario.chair]?.chairStyle ?? 'broker') };
}
