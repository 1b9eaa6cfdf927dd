import { Box, Text } from 'ink';
import { shortName } from '../names.js';
import type { DelegationView } from '../replay.js';
import { STANCE_MARK, type Theme } from '../theme.js';

/** The most telling extra fact about a delegation, in a few characters. */
function note(d: DelegationView): string {
  if (d.vote) return `voted ${d.vote}`;
  if (d.lostFace) return 'lost face';
  if (d.resents.length > 0) return `vs ${d.resents.join(',')}`;
  if (d.lobbiedBy.length > 0) return `<-${d.lobbiedBy.join(',')}`;
  return '';
}

export function DelegationGrid({
  delegations,
  columns,
  maxRows,
  theme,
}: {
  delegations: DelegationView[];
  columns: number;
  maxRows: number;
  theme: Theme;
}) {
  // As few cells a row as still fit the height: wider cells leave room for the notes.
  const perRow = [3, 4, 5, 6].find((n) => Math.ceil(delegations.length / n) <= maxRows) ?? 6;
  const cellWidth = Math.floor((columns - 1) / perRow);
  const rows: DelegationView[][] = [];
  for (let i = 0; i < delegations.length; i += perRow) rows.push(delegations.slice(i, i + perRow));
  return (
    <Box flexDirection="column">
      {rows.map((row, r) => (
        <Box key={r}>
          {row.map((d) => {
            const mark = STANCE_MARK[d.stance];
            const extra = note(d);
            return (
              <Box key={d.id} width={cellWidth}>
                <Box flexShrink={0}>
                  <Text
                    color={theme.color(mark.color)}
                  >{`${mark.symbol} ${d.id.padEnd(4)}${mark.short.padEnd(8)}`}</Text>
                </Box>
                <Text dimColor wrap="truncate-end">
                  {extra}
                </Text>
              </Box>
            );
          })}
        </Box>
      ))}
    </Box>
  );
}

/** Every column (code, name, stance, lobbied by, face / impatience), in one or two blocks side by side. */
export function DelegationTable({
  delegations,
  blocks,
  width,
  theme,
}: {
  delegations: DelegationView[];
  blocks: 1 | 2;
  width: number;
  theme: Theme;
}) {
  const blockWidth = Math.floor((width - 1) / blocks);
  const nameWidth = Math.max(8, blockWidth - 37);
  const perBlock = Math.ceil(delegations.length / blocks);
  const columnsOf = (chunk: DelegationView[]) => (
    <Box flexDirection="column" width={blockWidth}>
      <Text
        dimColor
        wrap="truncate-end"
      >{`  ${'CODE'.padEnd(5)}${'NAME'.padEnd(nameWidth)}${'STANCE'.padEnd(8)}${'LOBBIED'.padEnd(8)}FACE/IMPAT.`}</Text>
      {chunk.map((d) => {
        const mark = STANCE_MARK[d.stance];
        const face = d.lostFace ? 'lost' : d.resents.length > 0 ? `vs ${d.resents.join(',')}` : '-';
        return (
          <Text key={d.id} wrap="truncate-end">
            <Text
              color={theme.color(mark.color)}
            >{`${mark.symbol} ${d.id.padEnd(5)}${shortName(d.name, nameWidth - 1).padEnd(nameWidth)}${mark.short.padEnd(8)}`}</Text>
            {`${(d.lobbiedBy.join(',') || '-').slice(0, 7).padEnd(8)}${face}/${Math.round(d.impatience * 100)}%${d.vote ? ` ${d.vote}` : ''}`}
          </Text>
        );
      })}
    </Box>
  );
  return (
    <Box>
      {columnsOf(delegations.slice(0, perBlock))}
      {blocks === 2 ? columnsOf(delegations.slice(perBlock)) : null}
    </Box>
  );
}
