// Revision: the chair revises the most contested paragraph for the room of the next round, along
// its own line, never back to a draft already tabled.
import { reviseDraft } from '../chair.js';
import { chairLine } from '../chairLine.js';
import type { Delegations } from '../delegations.js';
import { draftKey, rungId } from '../ladder.js';
import type { RunState } from '../state.js';
import type { Transcript } from '../transcript.js';

export function reviseDraftForRoom(state: RunState, delegations: Delegations, log: Transcript): void {
  const { scenario, sizes } = state.forum;
  const room = delegations.present().map((id) => delegations.view(id));
  const onTable = scenario.issues.filter((i) => i.id in state.draft);
  const revision = reviseDraft(
    state.draft,
    room,
    chairLine(scenario, (id) => delegations.context(id).positions, state.forum.structure.advocateChair),
    onTable,
    sizes,
    (d) => state.tabled.has(draftKey(d)),
  );
  if (!revision) {
    log.add(() => ({
      type: 'draft.unchanged',
      actor: scenario.chair,
      reason: 'no revision brings the room closer',
    }));
    return;
  }
  state.draft = { ...state.draft, [revision.issue]: revision.to };
  log.add(() => ({
    type: revision.to === 0 ? 'paragraph.dropped' : 'paragraph.revised',
    actor: scenario.chair,
    issue: revision.issue,
    from: revision.from,
    to: revision.to,
    fromId: rungId(scenario.issues, revision.issue, revision.from),
    toId: rungId(scenario.issues, revision.issue, revision.to),
    reason: `${revision.issue}: ${revision.reason}`,
  }));
}
