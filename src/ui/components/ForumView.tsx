import { Box } from 'ink';
import type { OutcomeKind, RunResult, Scenario } from '../../domain/types.js';
import { formatTally } from '../../present/votes.js';
import type { RunPlayback } from '../playback.js';
import type { ForumMoment } from '../replay.js';
import type { Theme } from '../theme.js';
import { headerLine } from '../header.js';
import { DelegationGrid, DelegationTable, type CarriedLetters } from './DelegationGrid.js';
import { DraftPanel } from './DraftPanel.js';
import { Text } from './Text.js';

interface Props {
  scenario: Scenario;
  run: RunResult;
  /** The run folded up to the entry shown. */
  playback: RunPlayback;
  moment: ForumMoment;
  playing: boolean;
  seed: string;
  /** Edits the shown run was played with. */
  editCount: number;
  /** Edits made since, which the next run (r, s) will play with; 0 when none are pending. */
  pendingEdits: number;
  size: { columns: number; rows: number };
  /** First row of the delegation grid shown, when it does not fit. */
  gridScroll: number;
  theme: Theme;
  footer: React.ReactNode;
  /** In a sequence, what carried into each delegation from earlier meetings. */
  carried?: CarriedLetters;
}

export const OUTCOME_COLOR: Record<OutcomeKind, string> = {
  'joint-statement': 'green',
  adopted: 'green',
  'chair-statement': 'yellow',
  'no-statement': 'red',
  rejected: 'red',
  vetoed: 'red',
};

/** Rows left for delegations once the header, draft, status line and footer are drawn. */
export function spareRows(moment: ForumMoment, size: { rows: number }): number {
  return size.rows - 10 - Object.keys(moment.draft).length;
}

/** The delegation table in one or two blocks when it fits, else null (the compact grid). */
export function tableBlocks(
  scenario: Scenario,
  moment: ForumMoment,
  size: { columns: number; rows: number },
): 1 | 2 | null {
  const spare = spareRows(moment, size);
  const count = scenario.participants.length;
  return count <= spare && size.columns >= 90 ? 1 : Math.ceil(count / 2) <= spare && size.columns >= 96 ? 2 : null;
}

export function ForumView({
  scenario,
  run,
  playback,
  moment,
  playing,
  seed,
  editCount,
  pendingEdits,
  size,
  gridScroll,
  theme,
  footer,
  carried,
}: Props) {
  const index = playback.index;
  const total = playback.length;
  const spare = spareRows(moment, size);
  const blocks = tableBlocks(scenario, moment, size);
  const chairFlag =
    scenario.host === scenario.chair ? `host+chair ${scenario.chair}` : `host ${scenario.host} chair ${scenario.chair}`;
  const outcomeColor = OUTCOME_COLOR[run.outcome];
  const tally = formatTally(scenario, run);
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {headerLine(
          {
            name: scenario.name,
            place: chairFlag,
            progress: moment.round < 0 ? 'preparatory track' : `round ${moment.round}/${scenario.rules.roundLimit}`,
            phase: moment.phase,
            seed,
            edits: editCount,
          },
          size.columns,
        )}
      </Text>
      <Text
        dimColor
      >{`Delegations (${scenario.participants.length})  event ${index}/${total}${playing ? '  playing...' : ''}${pendingEdits > 0 ? `  ${pendingEdits} edit${pendingEdits === 1 ? '' : 's'} pending (r)` : ''}`}</Text>
      {blocks ? (
        <DelegationTable
          delegations={moment.delegations}
          blocks={blocks}
          width={size.columns}
          carried={carried}
          theme={theme}
        />
      ) : (
        <DelegationGrid
          delegations={moment.delegations}
          columns={size.columns}
          maxRows={Math.max(1, spare)}
          scroll={gridScroll}
          carried={carried}
          theme={theme}
        />
      )}
      <Text dimColor>Draft</Text>
      <DraftPanel scenario={scenario} draft={moment.draft} theme={theme} />
      {/* One column short of the window, as the header: a full row can wrap in some terminals. */}
      <Box width={size.columns - 1}>
        {moment.finished ? (
          <Text bold color={theme.color(outcomeColor)} wrap="truncate-end">
            {`Outcome: ${run.outcome} after ${run.rounds} round(s)${tally ? `; ${tally}` : ''}${run.blockers.length > 0 ? `; ${run.votes ? 'voted no' : 'in the way'}: ${[...new Set(run.blockers.map((b) => b.actor))].join(', ')}` : ''}`}
          </Text>
        ) : (
          <Text wrap="truncate-end">
            {moment.last
              ? `Last: ${moment.last.actor} ${moment.last.type}  ${moment.last.reason}`
              : 'Press space to step, enter to play.'}
          </Text>
        )}
      </Box>
      {footer}
    </Box>
  );
}
