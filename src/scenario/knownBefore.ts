// A record case (a forum file with `expected`) is scored as a forecast, so a stance it sets for
// itself must rest on evidence a forecaster had before the meeting: every inline profile override
// says when and where that evidence was published, and the date is strictly before the case's.
// Otherwise a case could be set from reporting of its own outcome and "predict" what it was told.
import type { ForumFile } from './schema.js';

export type Report = (path: (string | number)[], message: string) => void;

/**
 * Reports each override of a record case that lacks knownBefore or rests on evidence from the
 * meeting's day or later. `date` is undefined when the forum's own date is broken (reported
 * elsewhere): a placeholder must not make every piece of evidence look late.
 */
export function checkKnownBefore(forum: ForumFile, date: string | undefined, report: Report): void {
  if (forum.expected === undefined) return;
  for (const [id, inline] of Object.entries(forum.profiles ?? {})) {
    const evidence = inline.knownBefore;
    if (evidence === undefined) {
      report(
        ['profiles', id, 'knownBefore'],
        `required in a record case: the date (before ${date ?? 'the meeting'}) and source of the evidence this override rests on`,
      );
    } else if (date !== undefined && evidence.date >= date) {
      // Same-day evidence is out too: reporting of a meeting's day is reporting of the meeting.
      report(
        ['profiles', id, 'knownBefore', 'date'],
        `${evidence.date} is not before the meeting (${date}): a record case may rest only on evidence published before it`,
      );
    }
  }
}
