import { Box, Text } from 'ink';
import { useKeys } from '../keys.js';

export const KEYS: [string, string][] = [
  ['space', 'step one event'],
  ['enter', 'play to the end'],
  ['p', 'pause'],
  ['r', 're-run with a new seed'],
  ['s', 'type a seed'],
  ['e', "edit a delegation's parameters"],
  ['c', 'compare: the edited parameters against none, same seed'],
  ['b', 'back to the forum list'],
  ['?', 'this help'],
  ['q', 'quit (Ctrl-C also exits)'],
];

export function HelpPanel({ onDone }: { onDone(): void }) {
  useKeys(() => onDone());
  return (
    <Box flexDirection="column">
      <Text bold>Keys</Text>
      {KEYS.map(([key, what]) => (
        <Text key={key}>{`  ${key.padEnd(7)}${what}`}</Text>
      ))}
      <Text> </Text>
      <Text>{'Stances: + support  ~ seeking amendment  ! object  X block (red line)  < walked out  - absent  ? reviewing'}</Text>
      <Text>{'<-USA: moved by that power\'s lobbying; "resents": lost face to it; "lost face": its own threat backfired'}</Text>
      <Text dimColor>any key to go back</Text>
    </Box>
  );
}
