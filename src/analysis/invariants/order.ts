// Order independence: the order participants are listed in changes nothing.
import { type Invariant, pass, fail, runInput, firstDifference, reorderParticipants } from './core.js';

export const orderIndependence: Invariant = {
  id: 'order',
  title: 'listing the participants in another order changes nothing',
  judge(input, _result, { engine, variant }) {
    const reordered = reorderParticipants(input.scenario, variant);
    const difference = firstDifference(
      runInput(input, engine, true),
      runInput({ ...input, scenario: reordered }, engine, true),
    );
    return difference === null
      ? pass()
      : fail(`listing the participants as ${reordered.participants.join(', ')} changes the run at ${difference}`);
  },
};
