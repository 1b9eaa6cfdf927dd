// The sweep view: progress while the runs go on, then each outcome's share as a bar with its 95%
// Wilson interval, and that of a text agreed whatever the product (consensus-text); with edits,
// two bars per outcome, the edited runs over the baseline on the same seeds. Bars fill in as
// chunks finish; esc goes back and stops the sweep.
import { Box } from 'ink';
import { CONSENSUS_TEXT, type ReportedEvent } from '../../analysis/consensusText.js';
import type { Scenario } from '../../domain/types.js';
import { bar, barLayout, numbers, progressBar, scale, type BarLayout } from '../bars.js';
import { useKeys } from '../keys.js';
import type { Overrides } from '../session.js';
import {
  CHUNK_SEEDS,
  outcomeKinds,
  outcomeShares,
  seriesOf,
  type OutcomeShare,
  type Series,
  type SweepRequest,
  type SweepState,
} from '../sweep.js';
import type { Theme } from '../theme.js';
import { useSweep } from '../useSweep.js';
import { OUTCOME_COLOR } from './ForumView.js';
import { Text } from './Text.js';

interface Props {
  scenario: Scenario;
  request: SweepRequest;
  /** A finished sweep of this same request, shown instead of running it again. */
  finishedBefore: SweepState | null;
  onFinished(state: SweepState): void;
  width: number;
  theme: Theme;
  onDone(): void;
}

const FILL: Record<Series, string> = { edited: '#', baseline: '=' };
/** Without edits there is one series, drawn like the edited one of a comparison. */
const SINGLE_FILL = '#';

export function SweepView({ scenario, request, finishedBefore, onFinished, width, theme, onDone }: Props) {
  const state = useSweep(request, finishedBefore, onFinished);
  useKeys((input, key) => {
    if (key.escape || key.return || input === 'w' || input === 'q') onDone();
  });
  const series = seriesOf(request.overrides);
  const kinds = outcomeKinds(scenario, state.counts);
  // One column short of the window, so a full row never meets the terminal's last column.
  // The progress line shares the columns: its count in the label column, its bar over the bars.
  const layout = barLayout(
    width - 1,
    [...kinds, runsLabel(state.runsTotal, state.runsTotal)],
    series.length > 1 ? series : [],
  );
  const firstBars = Math.min(request.chunkSeeds ?? CHUNK_SEEDS, request.runs);
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {`Sweep of ${request.runs} runs, seeds ${request.master}/0..${request.master}/${request.runs - 1}: ${scenario.name}`}
      </Text>
      <Text wrap="truncate-end">{editsLine(request.overrides, width - 1)}</Text>
      <Progress state={state} firstBars={firstBars} layout={layout} theme={theme} />
      <Text> </Text>
      {state.seedsDone > 0 ? <Bars state={state} kinds={kinds} series={series} layout={layout} theme={theme} /> : null}
      <Text dimColor wrap="truncate-end">
        {!state.finished && !state.error ? 'esc back to the forum (stops the sweep)' : 'esc back to the forum'}
      </Text>
    </Box>
  );
}

interface BarsProps {
  state: SweepState;
  kinds: ReportedEvent[];
  series: Series[];
  layout: BarLayout;
  theme: Theme;
}

/** The scale, a bar per outcome and series (the outcome named on its first), and the legend. */
function Bars({ state, kinds, series, layout, theme }: BarsProps) {
  const compared = series.length > 1;
  return (
    <>
      <Text dimColor wrap="truncate-end">
        {`${' '.repeat(layout.label + layout.series)}${scale(layout.bar)}  share  95% interval`}
      </Text>
      {kinds.map((outcome) =>
        series.map((s) => (
          <BarRow
            key={`${outcome}:${s}`}
            share={shareOf(state, s, outcome)}
            label={s === series[0] ? outcome : ''}
            seriesName={compared ? s : ''}
            fill={compared ? FILL[s] : SINGLE_FILL}
            // The baseline stays grey, so the edited bar stands out in colour as by its fill.
            color={s === 'edited' || !compared ? theme.color(colorOf(outcome)) : undefined}
            layout={layout}
          />
        )),
      )}
      {compared ? (
        <Text wrap="truncate-end">{`The edits changed the outcome on ${state.changed} of ${state.seedsDone} seeds`}</Text>
      ) : null}
      <Text> </Text>
      <Text dimColor wrap="truncate-end">
        {compared
          ? `${FILL.edited} edited  ${FILL.baseline} baseline (no edits), same seeds  [ ] or | 95% Wilson interval`
          : `${SINGLE_FILL} share of runs  [ ] or | (both ends in one cell) 95% Wilson interval`}
      </Text>
      <Text dimColor wrap="truncate-end">
        {`${CONSENSUS_TEXT}: a text agreed, whatever the product (overlaps the rows above)`}
      </Text>
    </>
  );
}

/** The edits, as many whole as fit in `width` columns, then how many more there are. */
export function editsLine(overrides: Overrides, width: number): string {
  const edits = Object.entries(overrides).map(([path, value]) => `${path}=${value}`);
  if (edits.length === 0) return 'No edits (e in the forum view edits a delegation; w then compares)';
  const head = `Edits (${edits.length}): `;
  for (let shown = edits.length; shown > 0; shown--) {
    const more = shown < edits.length ? `, and ${edits.length - shown} more` : '';
    const line = `${head}${edits.slice(0, shown).join(', ')}${more}`;
    if (line.length <= width) return line;
  }
  return `${head}${edits[0]}`;
}

/** A text agreed looks like the joint statement it would be at most forums. */
const colorOf = (event: ReportedEvent) => OUTCOME_COLOR[event === CONSENSUS_TEXT ? 'joint-statement' : event];

function shareOf(state: SweepState, series: Series, outcome: ReportedEvent): OutcomeShare {
  const counts = (series === 'edited' ? state.counts.edited : state.counts.baseline) ?? {};
  return outcomeShares([outcome], counts, state.seedsDone)[0]!;
}

const runsLabel = (done: number, total: number) => `${done}/${total} runs`;

interface ProgressProps {
  state: SweepState;
  /** Seeds in the first chunk: the bars appear once it is done. */
  firstBars: number;
  layout: BarLayout;
  theme: Theme;
}

function Progress({ state, firstBars, layout, theme }: ProgressProps) {
  if (state.error) {
    return <Text color={theme.color('red')} wrap="truncate-end">{`Sweep stopped: ${state.error}`}</Text>;
  }
  const note = state.finished
    ? 'done'
    : state.seedsDone > 0
      ? `bars: ${state.seedsDone} seeds so far`
      : `bars after ${firstBars} seeds`;
  return (
    <Text wrap="truncate-end">
      {runsLabel(state.runsDone, state.runsTotal).padEnd(layout.label + layout.series)}
      {progressBar(state.runsDone, state.runsTotal, layout.bar)}
      {` ${note}`}
    </Text>
  );
}

interface RowProps {
  share: OutcomeShare;
  label: string;
  seriesName: string;
  fill: string;
  color: string | undefined;
  layout: BarLayout;
}

function BarRow({ share, label, seriesName, fill, color, layout }: RowProps) {
  return (
    <Text wrap="truncate-end">
      {label.padEnd(layout.label)}
      {seriesName.padEnd(layout.series)}
      <Text color={color} dimColor={color === undefined}>
        {bar(share, layout.bar, fill)}
      </Text>
      {` ${numbers(share)}`}
    </Text>
  );
}
