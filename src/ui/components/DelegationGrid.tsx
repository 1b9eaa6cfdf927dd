import { Box } from 'ink';
import type { ActorId, Stance } from '../../domain/types.js';
import { Text } from './Text.js';
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

/** How the grid lays out `count` delegations in `maxRows`: cells a row, rows in all, rows shown, furthest scroll. */
export function gridWindow(count: number, maxRows: number) {
  // As few cells a row as still fit the height: wider cells leave room for the notes.
  const perRow = [3, 4, 5, 6].find((n) => Math.ceil(count / n) <= maxRows) ?? 6;
  const rows = Math.ceil(count / perRow);
  // When they do not all fit, the last line says which rows are shown and what the others hold.
  const shown = rows <= maxRows ? rows : Math.max(1, maxRows - 1);
  return { perRow, rows, shown, maxScroll: rows - shown };
}

/** Stance counts, most frequent first: "120 + support, 3 X BLOCK". */
function stanceCounts(delegations: readonly DelegationView[]): string {
  const counts = new Map<Stance, number>();
  for (const d of delegations) counts.set(d.stance, (counts.get(d.stance) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([stance, n]) => `${n} ${STANCE_MARK[stance].symbol} ${STANCE_MARK[stance].short}`)
    .join(', ');
}

/** Letters of what carried into each delegation from earlier meetings of a sequence (carriedMarks.ts). */
export type CarriedLetters = ReadonlyMap<ActorId, string>;

/** The carried-letters column's width: the longest letters and a space, or nothing when none carried. */
function carriedWidth(delegations: readonly DelegationView[], carried?: CarriedLetters): number {
  const longest = Math.max(0, ...delegations.map((d) => carried?.get(d.id)?.length ?? 0));
  return longest > 0 ? longest + 1 : 0;
}

/** Room a note needs to say something once cut: `<-RU…`. */
const MIN_NOTE = 4;

/** One delegation in the grid: its mark, code, what carried into it, and stance, then its note cut to the cell. */
function GridCell({
  delegation: d,
  width,
  carried,
  carriedColumn,
  theme,
}: {
  delegation: DelegationView;
  width: number;
  carried: string;
  carriedColumn: number;
  theme: Theme;
}) {
  const mark = STANCE_MARK[d.stance];
  return (
    <Box width={width}>
      <Box flexShrink={0}>
        <Text color={theme.color(mark.color)}>{`${mark.symbol} ${d.id.padEnd(4)}`}</Text>
        {carriedColumn > 0 ? <Text bold>{carried.padEnd(carriedColumn)}</Text> : null}
        <Text color={theme.color(mark.color)}>{mark.short.padEnd(8)}</Text>
      </Box>
      {/* A note cut to a character or two says nothing and runs into the next cell: leave it out. */}
      {width - (14 + carriedColumn) >= MIN_NOTE ? (
        <Text dimColor wrap="truncate-end">
          {note(d)}
        </Text>
      ) : null}
    </Box>
  );
}

/**
 * The delegations in a few cells a row. Only the rows that fit `maxRows` are drawn (from row
 * `scroll`), however many delegations there are; the others are summed up on the last line.
 */
export function DelegationGrid({
  delegations,
  columns,
  maxRows,
  scroll = 0,
  carried,
  theme,
}: {
  delegations: DelegationView[];
  columns: number;
  maxRows: number;
  /** First row shown, when they do not all fit. */
  scroll?: number;
  /** In a sequence, what carried into each delegation; a column of its own when any did. */
  carried?: CarriedLetters;
  theme: Theme;
}) {
  const carriedColumn = carriedWidth(delegations, carried);
  const { perRow, rows: total, shown, maxScroll } = gridWindow(delegations.length, maxRows);
  const first = Math.max(0, Math.min(scroll, maxScroll));
  const cellWidth = Math.floor((columns - 1) / perRow);
  const rows: DelegationView[][] = [];
  for (let r = first; r < first + shown; r++) rows.push(delegations.slice(r * perRow, (r + 1) * perRow));
  const hidden = [...delegations.slice(0, first * perRow), ...delegations.slice((first + shown) * perRow)];
  return (
    <Box flexDirection="column">
      {rows.map((row, r) => (
        <Box key={first + r}>
          {row.map((d) => (
            <GridCell
              key={d.id}
              delegation={d}
              width={cellWidth}
              carried={carried?.get(d.id) ?? ''}
              carriedColumn={carriedColumn}
              theme={theme}
            />
          ))}
        </Box>
      ))}
      {shown < total ? (
        <Text dimColor wrap="truncate-end">
          {`rows ${first + 1}-${first + shown} of ${total} (up/down scroll); the other ${hidden.length}: ${stanceCounts(hidden)}`}
        </Text>
      ) : null}
    </Box>
  );
}

/** The table's columns besides the name: mark, code, stance, lobbied by, and the face column's minimum. */
const OTHER_COLUMNS = 2 + 5 + 8 + 8 + 14;
/** What the face / impatience / vote column may take beyond its minimum when the window has room. */
const FACE_ROOM = 8;

/**
 * The name column is as wide as the longest name it shows, however wide the window: the other
 * columns stay next to the names instead of drifting off to the right.
 */
function tableWidths(delegations: readonly DelegationView[], room: number, carriedColumn: number) {
  const others = OTHER_COLUMNS + carriedColumn;
  const available = Math.max(8, room - others);
  const longest = Math.max('NAME'.length, ...delegations.map((d) => shortName(d.name, available - 1).length));
  const nameWidth = Math.min(available, longest + 1);
  return { nameWidth, blockWidth: Math.min(room, others + nameWidth + FACE_ROOM) };
}

/** Every column (code, name, stance, lobbied by, face / impatience), in one or two blocks side by side. */
export function DelegationTable({
  delegations,
  blocks,
  width,
  carried,
  theme,
}: {
  delegations: DelegationView[];
  blocks: 1 | 2;
  width: number;
  /** In a sequence, what carried into each delegation: a CARRIED column when any did. */
  carried?: CarriedLetters;
  theme: Theme;
}) {
  // As wide as its heading when any delegation carries something.
  const carriedColumn = carriedWidth(delegations, carried) > 0 ? Math.max(8, carriedWidth(delegations, carried)) : 0;
  const { nameWidth, blockWidth } = tableWidths(delegations, Math.floor((width - 1) / blocks), carriedColumn);
  const perBlock = Math.ceil(delegations.length / blocks);
  const columnsOf = (chunk: DelegationView[]) => (
    <Box flexDirection="column" width={blockWidth}>
      <Text
        dimColor
        wrap="truncate-end"
      >{`  ${'CODE'.padEnd(5)}${carriedColumn > 0 ? 'CARRIED'.padEnd(carriedColumn) : ''}${'NAME'.padEnd(nameWidth)}${'STANCE'.padEnd(8)}${'LOBBIED'.padEnd(8)}FACE/IMPAT.`}</Text>
      {chunk.map((d) => {
        const mark = STANCE_MARK[d.stance];
        const face = d.lostFace ? 'lost' : d.resents.length > 0 ? `vs ${d.resents.join(',')}` : '-';
        return (
          <Text key={d.id} wrap="truncate-end">
            <Text color={theme.color(mark.color)}>{`${mark.symbol} ${d.id.padEnd(5)}`}</Text>
            {carriedColumn > 0 ? <Text bold>{(carried?.get(d.id) ?? '').padEnd(carriedColumn)}</Text> : null}
            <Text
              color={theme.color(mark.color)}
            >{`${shortName(d.name, nameWidth - 1).padEnd(nameWidth)}${mark.short.padEnd(8)}`}</Text>
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
