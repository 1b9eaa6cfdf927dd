import { Box } from 'ink';
import { Text } from './Text.js';
import { useKeys } from '../keys.js';
import type { RunResult } from '../../domain/types.js';
import type { RunDiff } from '../compare.js';
import type { Overrides } from '../session.js';
import type { Theme } from '../theme.js';

interface Props {
  base: RunResult;
  edited: RunResult;
  diff: RunDiff;
  edits: Overrides;
  width: number;
  theme: Theme;
  onDone(): void;
}

function Column({ title, run, width }: { title: string; run: RunResult; width: number }) {
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate-end">
        {title}
      </Text>
      <Text wrap="truncate-end">{`${run.outcome}, ${run.rounds} round(s)`}</Text>
      {(run.statement?.paragraphs ?? []).map((p) => (
        <Text key={p.issue} wrap="truncate-end">{`  ${p.issue}: ${p.rung}`}</Text>
      ))}
      {run.blockers.length > 0 ? (
        <Text wrap="truncate-end">{`  blocked by ${[...new Set(run.blockers.map((b) => b.actor))].join(', ')}`}</Text>
      ) : null}
    </Box>
  );
}

export function ComparePanel({ base, edited, diff, edits, width, theme, onDone }: Props) {
  useKeys((input, key) => {
    if (key.escape || key.return || input === 'c' || input === 'q') onDone();
  });
  const half = Math.floor((width - 2) / 2);
  const changes = Object.entries(edits).map(([k, v]) => `${k}=${v}`);
  const nothing = !diff.outcome && !diff.rounds && diff.paragraphs.length === 0 && diff.stances.length === 0;
  return (
    <Box flexDirection="column">
      <Text bold>{`Compare on seed ${base.seed}`}</Text>
      <Text wrap="truncate-end">{`Edits: ${changes.length > 0 ? changes.join(', ') : '(none: press e to edit a delegation)'}`}</Text>
      <Box>
        <Column title="Without edits" run={base} width={half} />
        <Column title="With edits" run={edited} width={half} />
      </Box>
      <Text bold>What changed</Text>
      {nothing ? <Text>nothing: the edits do not change this run</Text> : null}
      {diff.outcome ? (
        <Text color={theme.color('yellow')}>{`  outcome: ${diff.outcome[0]} -> ${diff.outcome[1]}`}</Text>
      ) : null}
      {diff.rounds ? <Text>{`  rounds: ${diff.rounds[0]} -> ${diff.rounds[1]}`}</Text> : null}
      {diff.paragraphs.map((p) => (
        <Text key={p.issue} wrap="truncate-end">{`  ${p.issue}: ${p.before} -> ${p.after}`}</Text>
      ))}
      {diff.stances.length > 0 ? (
        <Text wrap="truncate-end">{`  stances: ${diff.stances.map((s) => `${s.actor} ${s.before}->${s.after}`).join(', ')}`}</Text>
      ) : null}
      <Text dimColor>esc back to the forum</Text>
    </Box>
  );
}
