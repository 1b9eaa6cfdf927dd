// Arrival: before the first round each delegation takes its seat, its profile jittered by the
// forum's noise and its walkouts restrained by what is at stake; absent delegations keep an empty
// seat. Then the engine knows who may walk out on whom.
import type { Profile } from '../domain/types.js';
import type { Delegations } from './delegations.js';
import { issueFades } from './fading.js';
import { isOn } from './mechanisms.js';
import { jitterProfiles } from './noise.js';
import { seatedPositions, type SeatingTerms } from './seatedPositions.js';
import { restrainProtests } from './protest.js';
import { atRank, rankWeight } from './rank.js';
import type { Rng } from './rng.js';
import type { RunState } from './state.js';
import type { Transcript } from './transcript.js';

export function seatDelegations(
  state: RunState,
  delegations: Delegations,
  log: Transcript,
  rng: Rng,
  drawnProfiles: Record<string, Profile>,
): void {
  const { scenario, stakes } = state.forum;
  const profiles = jitterProfiles(drawnProfiles, scenario.participants, scenario.rules.noise, rng);
  const seated = scenario.participants.filter((id) => !scenario.absent.includes(id));
  const terms: SeatingTerms = {
    fades: issueFades(scenario),
    dropLicence: state.forum.habit.dropLicence,
    insistenceScale: state.forum.structure.insistenceScale,
    insistenceOn: isOn(scenario, 'insistence'),
  };
  for (const id of scenario.participants) {
    const jittered = profiles[id]!;
    // A delegation headed below the forum's level lobbies with less weight and has less face at stake (rank.ts).
    const weight = rankWeight(jittered.rank, scenario.level);
    const seatedProfile = { ...jittered, positions: seatedPositions(jittered.positions, terms) };
    const profile = atRank(restrainProtests(seatedProfile, stakes * weight), weight);
    const present = !scenario.absent.includes(id);
    delegations.seat(id, profile, seated, state.draft, present);
    log.add(() => ({
      type: 'delegation.arrived',
      actor: id,
      stance: delegations.stance(id),
      present,
      positions: profile.positions,
      lobbyingStrength: profile.lobbying?.strength ?? null,
      reason: delegations.reason(id),
    }));
  }
  delegations.seatingDone();
}
