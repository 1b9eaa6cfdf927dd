import { Box } from 'ink';
import { Text } from './Text.js';
import { useKeys } from '../keys.js';
import { useRef, useState } from 'react';
import { shortName } from '../names.js';
import type { ScenarioEntry } from '../session.js';
import type { Theme } from '../theme.js';

export function Picker({
  entries,
  theme,
  onPick,
  onQuit,
}: {
  entries: ScenarioEntry[];
  theme: Theme;
  onPick(entry: ScenarioEntry): void;
  onQuit(): void;
}) {
  const [selected, setSelected] = useState(0);
  // Keys typed faster than a frame reach this handler before React re-subscribes it with the new
  // state, so the selection lives in a ref that each key reads and writes at once.
  const current = useRef(0);
  const move = (by: number) => {
    current.current = (current.current + by + entries.length) % entries.length;
    setSelected(current.current);
  };
  useKeys((input, key) => {
    if (key.upArrow || input === 'k') move(-1);
    if (key.downArrow || input === 'j') move(1);
    const entry = entries[current.current];
    if (key.return && entry?.scenario) onPick(entry);
    if (input === 'q') onQuit();
  });
  return (
    <Box flexDirection="column">
      <Text bold>forum-sim: pick a forum</Text>
      <Text> </Text>
      {entries.map((entry, i) => {
        const s = entry.scenario;
        const line = s
          ? `${entry.ref.padEnd(20)} ${shortName(s.name, 36).padEnd(36)} ${s.date}  ${String(s.participants.length).padStart(2)} delegations`
          : `${entry.ref.padEnd(20)} cannot be loaded: ${entry.error?.split('\n')[0] ?? ''}`;
        return (
          <Text
            key={entry.ref}
            color={i === selected ? theme.color('cyan') : s ? undefined : theme.color('red')}
            inverse={i === selected}
            wrap="truncate-end"
          >
            {i === selected ? '> ' : '  '}
            {line}
          </Text>
        );
      })}
      <Text> </Text>
      <Text dimColor>{'up/down choose  enter open  q quit'}</Text>
    </Box>
  );
}
