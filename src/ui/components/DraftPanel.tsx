import { Box } from 'ink';
import { Text } from './Text.js';
import type { Scenario } from '../../domain/types.js';
import type { Theme } from '../theme.js';

/** Each paragraph of the draft with its current rung marked on its ladder: o-o-@-o. */
export function DraftPanel({
  scenario,
  draft,
  theme,
}: {
  scenario: Scenario;
  draft: Record<string, number>;
  theme: Theme;
}) {
  const issues = scenario.issues.filter((i) => i.id in draft);
  return (
    <Box flexDirection="column">
      {issues.map((issue) => {
        const at = draft[issue.id]!;
        const ladder = issue.ladder.map((_, r) => (r === at ? '@' : 'o')).join('-');
        return (
          <Text key={issue.id} wrap="truncate-end">
            {`  ${issue.id.padEnd(17)}`}
            <Text color={theme.color(at === 0 ? 'gray' : 'cyan')}>{ladder.padEnd(12)}</Text>
            {` ${issue.ladder[at]!.id}`}
          </Text>
        );
      })}
    </Box>
  );
}
