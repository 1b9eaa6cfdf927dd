// The carry-over a sequence file does not state: every value assumed (no source gives rates at which
// face or grievances fade between meetings), chosen only to be modest and to fade within a season.
import type { CarrySettings, ChannelSetting } from './types.js';

const assumed = (halfLife: number, weight: number): ChannelSetting => ({
  enabled: true,
  halfLife,
  weight,
  provenance: { halfLife: 'assumed (default)', weight: 'assumed (default)' },
});

export const DEFAULT_CARRY: CarrySettings = {
  face: assumed(30, 0.5),
  grievance: assumed(60, 0.5),
  embarrassment: assumed(90, 0.5),
  // A room's chill is the day's: it fades within a week.
  mood: assumed(7, 0.5),
  walkouts: assumed(180, 0.5),
  precedent: assumed(365, 0.5),
};
