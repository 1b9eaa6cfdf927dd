// The terminal UI: a viewer over runs. It asks the simulator only through session.ts and plays
// back the transcript; it holds no simulation logic of its own.
import { Box, useApp, useStdout } from 'ink';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { RunResult, Scenario } from '../domain/types.js';
import { compareRuns, type RunDiff } from './compare.js';
import { ComparePanel } from './components/ComparePanel.js';
import { EditPanel } from './components/EditPanel.js';
import { withEdit } from './edits.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { gridWindow } from './components/DelegationGrid.js';
import { ForumView, spareRows, tableBlocks } from './components/ForumView.js';
import { HelpPanel } from './components/HelpPanel.js';
import { Picker } from './components/Picker.js';
import { PlaybackLog } from './components/PlaybackLog.js';
import { SeedPrompt } from './components/SeedPrompt.js';
import { SweepView } from './components/SweepView.js';
import { Text } from './components/Text.js';
import { footerHints } from './hints.js';
import { KeyRouter, useKeys } from './keys.js';
import { play, playOutcome, withOverrides, type Overrides, type ScenarioEntry } from './session.js';
import { SWEEP_RUNS, type SweepRequest, type SweepState } from './sweep.js';
import { makeTheme } from './theme.js';
import { usePlayback } from './usePlayback.js';

export const MIN_SIZE = { columns: 80, rows: 24 };

export interface AppProps {
  entries: ScenarioEntry[];
  /** Open this scenario straight away instead of the picker. */
  initial?: string;
  seed?: string;
  noColor?: boolean;
  /** Fixed terminal size (tests); otherwise read from stdout and followed on resize. */
  size?: { columns: number; rows: number };
  /** Told how the UI ends: 0 on q, 130 on Ctrl-C (the status a shell gives an interrupted program). */
  onExit?: (code: number) => void;
  /** The sweep key's runs (default SWEEP_RUNS) and workers (default one per core); tests use fewer. */
  sweep?: Partial<Pick<SweepRequest, 'runs' | 'workers' | 'chunkSeeds'>>;
}

type Screen = 'forum' | 'edit' | 'compare' | 'help' | 'seed' | 'sweep';

/** The window's size, followed on resize (or `fixed`, in tests). */
export function useTerminalSize(fixed?: { columns: number; rows: number }) {
  const { stdout } = useStdout();
  const read = () => fixed ?? { columns: stdout.columns || 80, rows: stdout.rows || 24 };
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixed) return;
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, fixed]);
  return size;
}

/** The next seed for `r`: numeric seeds count up, a sweep's run S/i goes on to S/i+1, others get a counter. */
export function nextSeed(seed: string): string {
  if (/^\d+$/.test(seed)) return String(Number(seed) + 1);
  const run = /^(\d+(?:\/\d+)*\/)(\d+)$/.exec(seed);
  if (run) return `${run[1]}${Number(run[2]) + 1}`;
  const m = /^(.*)#(\d+)$/.exec(seed);
  return m ? `${m[1]}#${Number(m[2]) + 1}` : `${seed}#2`;
}

export function App(props: AppProps) {
  return (
    <KeyRouter onExit={props.onExit}>
      <ErrorBoundary>
        <AppBody {...props} />
      </ErrorBoundary>
    </KeyRouter>
  );
}

function AppBody(props: AppProps) {
  const size = useTerminalSize(props.size);
  // Lay out to the terminal's width, so nothing relies on the terminal cutting long lines.
  return (
    <Box flexDirection="column" width={size.columns}>
      <Screens {...props} size={size} />
    </Box>
  );
}

/** Same keys, same values. */
function sameEdits(a: Overrides, b: Overrides): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && a[k] === b[k]);
}

function Screens({
  entries,
  initial,
  seed: initialSeed = '1',
  noColor = false,
  size,
  onExit,
  sweep: sweepOptions,
}: AppProps & { size: { columns: number; rows: number } }) {
  const { exit: leave } = useApp();
  const exit = () => {
    onExit?.(0);
    leave();
  };
  const theme = useMemo(() => makeTheme(noColor), [noColor]);
  const start = entries.find((e) => e.ref === initial && e.scenario) ?? null;
  const [scenario, setScenario] = useState<Scenario | null>(start?.scenario ?? null);
  const [seed, setSeed] = useState(initialSeed);
  const [edits, setEdits] = useState<Overrides>({});
  /** The edits the shown run was played with (edits made since wait for the next run). */
  const [runEdits, setRunEdits] = useState<Overrides>({});
  const [editError, setEditError] = useState<string | null>(null);
  const [run, setRun] = useState<RunResult | null>(() =>
    start?.scenario ? play(start.scenario, {}, initialSeed) : null,
  );
  const [runNumber, setRunNumber] = useState(0);
  const [screen, setScreen] = useState<Screen>('forum');
  const [comparison, setComparison] = useState<{ base: RunResult; edited: RunResult; diff: RunDiff } | null>(null);
  const runKey = `${scenario?.id ?? ''}:${runNumber}`;
  const playback = usePlayback(scenario, run, runKey);
  const moment = playback.state?.moment() ?? null;
  /** First row of the delegation grid shown, when there are more than fit. */
  const [gridScroll, setGridScroll] = useState(0);
  /** The last finished sweep, shown again while the forum, seed and edits stay the same. */
  const [lastSweep, setLastSweep] = useState<{ key: string; state: SweepState } | null>(null);
  const edited = useMemo(() => (scenario ? withOverrides(scenario, edits) : null), [scenario, edits]);

  const startRun = (target: Scenario, nextSeedValue: string, overrides: Overrides) => {
    setSeed(nextSeedValue);
    setRun(play(target, overrides, nextSeedValue));
    setRunEdits(overrides);
    setRunNumber((n) => n + 1);
    setScreen('forum');
  };

  /** Every screen under the one log, which stays mounted (see PlaybackLog); it prints only under the forum view. */
  const withLog = (view: ReactNode, forumShown = false) => (
    <>
      <PlaybackLog playback={forumShown ? playback.state : null} />
      {view}
    </>
  );

  const tooSmall = size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows;
  useKeys(
    (input, key) => {
      if (!scenario || !run || !moment) return;
      const grid = gridWindow(scenario.participants.length, Math.max(1, spareRows(moment, size)));
      const scrollBy = (rows: number) => setGridScroll((s) => Math.max(0, Math.min(grid.maxScroll, s + rows)));
      // Keys typed faster than a frame arrive as one string: each space is one step.
      if (/^ +$/.test(input)) playback.step(input.length);
      else if (key.upArrow) scrollBy(-1);
      else if (key.downArrow) scrollBy(1);
      else if (key.pageUp) scrollBy(-grid.shown);
      else if (key.pageDown) scrollBy(grid.shown);
      else if (key.return) playback.play();
      else if (input === 'p') playback.pause();
      else if (input === 'r') startRun(scenario, nextSeed(seed), edits);
      else if (input === 's') setScreen('seed');
      else if (input === 'e') setScreen('edit');
      else if (input === 'c') {
        // Outcomes only: the panel shows no transcript.
        const base = playOutcome(scenario, {}, seed);
        const withEdits = playOutcome(scenario, edits, seed);
        setComparison({ base, edited: withEdits, diff: compareRuns(base, withEdits) });
        setScreen('compare');
      } else if (input === 'w') setScreen('sweep');
      else if (input === '?') setScreen('help');
      else if (input === 'b') {
        setScenario(null);
        setRun(null);
      } else if (input === 'q') exit();
    },
    { isActive: screen === 'forum' && scenario !== null && !tooSmall },
  );
  useKeys((input) => input === 'q' && exit(), { isActive: tooSmall });
  if (tooSmall) {
    return withLog(
      <Text
        color={theme.color('yellow')}
      >{`Make the window larger: forum-sim needs ${MIN_SIZE.columns}x${MIN_SIZE.rows}, this one is ${size.columns}x${size.rows}. (q or Ctrl-C quits)`}</Text>,
    );
  }

  if (!scenario || !run || !playback.state || !moment) {
    return withLog(
      <Picker
        entries={entries}
        theme={theme}
        onQuit={exit}
        onPick={(entry) => {
          setScenario(entry.scenario);
          setEdits({});
          startRun(entry.scenario!, seed, {});
        }}
      />,
    );
  }

  const footer = (
    <Text dimColor wrap="truncate-end">
      {footerHints(size.columns)}
    </Text>
  );

  if (screen === 'edit') {
    return withLog(
      <EditPanel
        scenario={edited && 'scenario' in edited ? edited.scenario : scenario}
        original={scenario}
        edits={edits}
        error={editError}
        theme={theme}
        height={size.rows}
        onChange={(actor, path, value) => {
          const next = withEdit(scenario, edits, actor, path, value);
          const check = withOverrides(scenario, next);
          if ('error' in check) setEditError(check.error);
          else {
            setEditError(null);
            setEdits(next);
          }
        }}
        onClear={() => {
          setEditError(null);
          setEdits({});
        }}
        onDone={() => setScreen('forum')}
      />,
    );
  }
  if (screen === 'compare' && comparison) {
    return withLog(
      <ComparePanel
        {...comparison}
        edits={edits}
        width={size.columns}
        theme={theme}
        onDone={() => setScreen('forum')}
      />,
    );
  }
  if (screen === 'sweep') {
    const request: SweepRequest = {
      scenario,
      overrides: edits,
      master: seed,
      runs: SWEEP_RUNS,
      ...sweepOptions,
    };
    const key = JSON.stringify([scenario.source, scenario.hash, edits, seed, request.runs]);
    return withLog(
      <SweepView
        scenario={scenario}
        request={request}
        finishedBefore={lastSweep?.key === key ? lastSweep.state : null}
        onFinished={(state) => setLastSweep({ key, state })}
        width={size.columns}
        theme={theme}
        onDone={() => setScreen('forum')}
      />,
    );
  }
  if (screen === 'help')
    return withLog(
      <HelpPanel layout={tableBlocks(scenario, moment, size) ? 'table' : 'grid'} onDone={() => setScreen('forum')} />,
    );

  return withLog(
    <Box flexDirection="column">
      <ForumView
        scenario={scenario}
        run={run}
        playback={playback.state}
        moment={moment}
        playing={playback.playing}
        seed={seed}
        editCount={Object.keys(runEdits).length}
        pendingEdits={sameEdits(edits, runEdits) ? 0 : Object.keys(edits).length}
        size={size}
        gridScroll={gridScroll}
        theme={theme}
        footer={
          screen === 'seed' ? (
            <SeedPrompt onSubmit={(s) => startRun(scenario, s, edits)} onCancel={() => setScreen('forum')} />
          ) : (
            footer
          )
        }
      />
    </Box>,
    true,
  );
}
