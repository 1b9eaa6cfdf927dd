import { Box } from 'ink';
import { Text } from './Text.js';
import type { Stance } from '../../domain/types.js';
import { useKeys } from '../keys.js';
import { SWEEP_RUNS } from '../sweep.js';
import { STANCE_MARK } from '../theme.js';

export const KEYS: [string, string][] = [
  ['space', 'step one event'],
  ['enter', 'play to the end'],
  ['p', 'pause'],
  ['up/down', 'scroll the delegations when they do not all fit (pgup/pgdn a page)'],
  ['r', 're-run with a new seed (and any pending edits)'],
  ['s', 'type a seed: a number, or S/i for run i of a sweep from seed S'],
  ['e', "edit a delegation's parameters (del there clears all edits)"],
  ['c', 'compare: the edited parameters against none, same seed'],
  ['w', `sweep: ${SWEEP_RUNS} runs from this seed as bars (edited vs unedited if edits)`],
  ['b', 'back to the forum list'],
  ['?', 'this help'],
  ['q', 'quit (Ctrl-C also exits)'],
];

const STANCE_MEANING: Record<Stance, string> = {
  supporting: 'supports the draft',
  seekingAmendment: 'wants it amended',
  objecting: 'objects',
  blocking: 'blocks it (a red line)',
  walkedOut: 'walked out',
  absent: 'absent',
  reviewing: 'still studying it',
};

/** How the forum view shows delegations: a table with columns, or a compact grid with one note each. */
export type DelegationLayout = 'table' | 'grid';

/** What the delegation list on the screen shows, mark by mark, for the layout in use. */
export function legend(layout: DelegationLayout): string[] {
  const stances = (Object.keys(STANCE_MARK) as Stance[]).map(
    (s) => `${STANCE_MARK[s].symbol} ${STANCE_MARK[s].short}: ${STANCE_MEANING[s]}`,
  );
  const lines = ['Stances:'];
  for (let i = 0; i < stances.length; i += 3) lines.push(`  ${stances.slice(i, i + 3).join(';  ')}`);
  if (layout === 'table') {
    lines.push(
      'LOBBIED      the powers whose lobbying moved it so far (- none)',
      'FACE/IMPAT.  "lost": a power whose own threat backfired; "vs USA": it turned against that power, whose approach backfired; "-": neither',
      '             then its impatience: how far its soft red lines have widened; then its vote, once cast',
    );
  } else {
    lines.push(
      'After the stance, one note, the first that applies:',
      '  "voted yes": its vote;  "lost face": a power whose own threat backfired;',
      '  "vs USA": it turned against that power, whose approach backfired;  "<-USA": moved by that power\'s lobbying',
    );
  }
  return lines;
}

export function HelpPanel({
  layout,
  onDone,
  keys = KEYS,
  extra = [],
}: {
  layout: DelegationLayout;
  onDone(): void;
  /** The keys of the view it helps with (a sequence has its own). */
  keys?: [string, string][];
  /** Lines after the legend (a sequence's carried-over letters). */
  extra?: string[];
}) {
  useKeys(() => onDone());
  return (
    <Box flexDirection="column">
      <Text bold>Keys</Text>
      {keys.map(([key, what]) => (
        <Text key={key}>{`  ${key.padEnd(9)}${what}`}</Text>
      ))}
      <Text> </Text>
      {[...legend(layout), ...extra].map((line) => (
        <Text key={line}>{line}</Text>
      ))}
      <Text dimColor>any key to go back</Text>
    </Box>
  );
}
