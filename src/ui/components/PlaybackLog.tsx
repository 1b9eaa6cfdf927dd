// The log that scrolls above the live view. Exactly one <Static> lives here, for as long as the app.
//
// Why: Ink 6.8 remembers the last <Static> it created (rootNode.staticNode) and keeps drawing it
// after it is unmounted, from a Yoga node that unmounting freed (vadimdemedes/ink#904). Once that
// memory is reused its height is garbage and every frame allocates rows by the billion: the UI froze
// and grew by gigabytes when the editor opened after a played forum. So the <Static> is never
// unmounted while the app runs; a new batch (or no run) changes its key, and React creates the new
// one before it removes the old, which leaves Ink pointing at a live node.
import { Static } from 'ink';
import { useLayoutEffect } from 'react';
import type { RunPlayback } from '../playback.js';
import { Text } from './Text.js';

/** Prints the entries `playback` has folded and not printed yet; with no playback, prints nothing. */
export function PlaybackLog({ playback }: { playback: RunPlayback | null }) {
  // Each batch of entries is drawn once, by a Static of its own (the playback keeps only the last
  // entries, so the list a Static needs never grows with the run).
  const batch = playback?.unprinted() ?? null;
  useLayoutEffect(() => {
    if (playback && batch) playback.printed(batch);
  });
  return (
    <Static key={playback && batch ? `${playback.runKey}:${batch.from}` : 'idle'} items={batch?.lines ?? []}>
      {(line) => (
        <Text
          key={line.key}
          bold={line.bold}
          dimColor={!line.bold && !line.statement}
          wrap={line.statement || line.bold ? 'wrap' : 'truncate-end'}
        >
          {line.text}
        </Text>
      )}
    </Static>
  );
}

/** A fresh, empty <Static> for a view that replaces the app's tree (the error message): Ink then points at it, not at a freed one. */
export function EmptyStatic() {
  return <Static items={[] as never[]}>{() => null}</Static>;
}
