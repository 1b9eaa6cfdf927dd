import { Box } from 'ink';
import { stripCells, STRIP_SEPARATOR, type StripMeeting } from '../meetingStrip.js';
import type { Theme } from '../theme.js';
import { OUTCOME_COLOR } from './ForumView.js';
import { Text } from './Text.js';

/** One line: the meetings of the chain, done ones in their outcome's colour, the current one inverse, later ones dim. */
export function MeetingStrip({
  meetings,
  current,
  columns,
  theme,
}: {
  meetings: readonly StripMeeting[];
  current: number;
  columns: number;
  theme: Theme;
}) {
  const cells = stripCells(meetings, current, columns);
  return (
    <Box>
      <Text wrap="truncate-end">
        {cells.map((cell, i) => (
          <Text key={i}>
            {i > 0 ? <Text dimColor>{STRIP_SEPARATOR}</Text> : null}
            {cell.state === 'current' ? (
              <Text bold inverse={theme.color('white') !== undefined}>
                {cell.text}
              </Text>
            ) : cell.state === 'done' ? (
              <Text color={cell.outcome ? theme.color(OUTCOME_COLOR[cell.outcome]) : undefined}>{cell.text}</Text>
            ) : (
              <Text dimColor>{cell.text}</Text>
            )}
          </Text>
        ))}
      </Text>
    </Box>
  );
}
