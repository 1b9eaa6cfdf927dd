// The positions a delegation takes its seat with under model v3: faded by the time since each
// issue's triggering event, and each insistence below 1 scaled by the run's structural draw and
// discounted by the chair's licence to drop what divides (the view then goes into the chair's
// statement or the delegation's own). A firmness-1 insistence is left whole: it never gives way.
import type { IssueId, Position } from '../domain/types.js';
import { fadedPosition } from './fading.js';

/** Below 1, so a drawn insistence never becomes unyielding. */
const MAX_YIELDING = 0.99;

export interface SeatingTerms {
  /** Per issue, the share of salience left since its event (absent: no fading). */
  fades: Readonly<Record<IssueId, number>>;
  /** The forum's licence to drop contested paragraphs, 0..1. */
  dropLicence: number;
  /** The run's structural draw on insistence. */
  insistenceScale: number;
  /** With the insistence mechanism off, a floor holds by the line's one firmness (model v2). */
  insistenceOn: boolean;
}

export function seatedPositions(
  positions: Readonly<Record<IssueId, Position>>,
  terms: SeatingTerms,
): Record<IssueId, Position> {
  const out: Record<IssueId, Position> = {};
  for (const [issue, stated] of Object.entries(positions)) {
    let position = fadedPosition(stated, terms.fades[issue] ?? 1);
    if (!terms.insistenceOn) {
      if (position.insistence !== undefined) {
        position = { ...position };
        delete position.insistence;
      }
    } else if (position.hard && position.min > 0) {
      const insistence = position.insistence ?? position.firmness ?? 1;
      if (insistence < 1) {
        const held = Math.min(MAX_YIELDING, insistence * terms.insistenceScale) * (1 - terms.dropLicence);
        position = { ...position, insistence: held };
      }
    }
    out[issue] = position;
  }
  return out;
}
