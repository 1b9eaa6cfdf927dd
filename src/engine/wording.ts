// Who a statement speaks of follows the forum's level: "The Leaders ..." at a summit, "The
// Officials ..." at an officials' meeting. Catalogue texts are written for one level (mostly "The
// Ministers ..."), so every generated sentence is put into the forum's own words here.
import type { Level } from '../domain/types.js';

/** The members a text names at each level. */
export const MEMBERS: Readonly<Record<Level, string>> = {
  officials: 'Officials',
  ministers: 'Ministers',
  leaders: 'Leaders',
};

// The members as a text names them: after a determiner ("The Ministers", "some Ministers",
// "Those Leaders"), never inside a proper name ("the G20 Leaders' Declaration", "Foreign Ministers'").
const NAMED_MEMBERS =
  /\b(The|the|Those|those|Some|some|Most|most|Many|many|Other|other|All|all) (Senior Officials|Officials|Ministers|Leaders)\b(?!')/g;

/** The text with its members named as the level says. */
export function inLevelWords(text: string, level: Level): string {
  return text.replace(NAMED_MEMBERS, (_match, determiner: string) => `${determiner} ${MEMBERS[level]}`);
}
