// The terminal UI for a sequence: the chain of meetings for a seed, one meeting live at a time in
// the forum view (the same playback as a single forum), a strip of the meetings above it, and on
// the delegation grid what carried into the current meeting from the ones before.
import { Box, useApp } from 'ink';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Sequence } from '../sequence/types.js';
import { MIN_SIZE, nextSeed, useTerminalSize } from './App.js';
import { carriedLegend, carriedLetters, CARRY_LETTER } from './carriedMarks.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { gridWindow } from './components/DelegationGrid.js';
import { ForumView, spareRows, tableBlocks } from './components/ForumView.js';
import { HelpPanel, KEYS } from './components/HelpPanel.js';
import { MeetingStrip } from './components/MeetingStrip.js';
import { PlaybackLog } from './components/PlaybackLog.js';
import { SeedPrompt } from './components/SeedPrompt.js';
import { Text } from './components/Text.js';
import { sequenceHints } from './hints.js';
import { KeyRouter, useKeys } from './keys.js';
import { playSequence } from './sequenceSession.js';
import { makeTheme } from './theme.js';
import { usePlayback } from './usePlayback.js';

export interface SequenceAppProps {
  sequence: Sequence;
  seed?: string;
  noColor?: boolean;
  size?: { columns: number; rows: number };
  onExit?: (code: number) => void;
}

/** Rows the sequence view adds to the forum view: the strip above, the carried-over legend below. */
const SEQUENCE_ROWS = 2;

export const SEQUENCE_KEYS: [string, string][] = [
  ...KEYS.filter(([key]) => ['space', 'enter', 'p', 'up/down'].includes(key)),
  ['] [', 'the next / previous meeting (enter at the end of one plays the next)'],
  ['r', 're-run the whole chain with a new seed'],
  ['s', 'type a seed for the chain (meeting k runs on seed S/k)'],
  ['?', 'this help'],
  ['q', 'quit (Ctrl-C also exits)'],
];

/** Two lines, so the help still fits 80x24. */
const LETTERS_HELP = ((letters) => [
  `Carried in, after the code: ${letters.slice(0, 2).join('  ')}`,
  `  ${letters.slice(2).join('  ')}`,
])(Object.values(CARRY_LETTER).map((c) => `${c.letter} ${c.meaning}`));

export function SequenceApp(props: SequenceAppProps) {
  return (
    <KeyRouter onExit={props.onExit}>
      <ErrorBoundary>
        <SequenceScreens {...props} />
      </ErrorBoundary>
    </KeyRouter>
  );
}

function SequenceScreens({
  sequence,
  seed: initialSeed = '1',
  noColor = false,
  size: fixed,
  onExit,
}: SequenceAppProps) {
  const size = useTerminalSize(fixed);
  const { exit: leave } = useApp();
  const exit = () => {
    onExit?.(0);
    leave();
  };
  const theme = useMemo(() => makeTheme(noColor), [noColor]);
  const [seed, setSeed] = useState(initialSeed);
  const [chain, setChain] = useState(() => playSequence(sequence, initialSeed));
  const [runNumber, setRunNumber] = useState(0);
  const [current, setCurrent] = useState(0);
  const [screen, setScreen] = useState<'forum' | 'seed' | 'help'>('forum');
  const [gridScroll, setGridScroll] = useState(0);
  // Set by enter at a meeting's end: the next meeting starts playing as soon as it opens.
  const [autoplay, setAutoplay] = useState<string | null>(null);
  const meeting = chain.meetings[current]!;
  const scenario = meeting.meeting.scenario;
  const runKey = `${seed}:${runNumber}:${current}`;
  const playback = usePlayback(scenario, meeting.result, runKey);
  useEffect(() => {
    if (autoplay !== runKey) return;
    setAutoplay(null);
    playback.play();
  }, [autoplay, runKey, playback]);
  const moment = playback.state?.moment() ?? null;
  const letters = useMemo(() => carriedLetters(meeting.carried), [meeting]);
  // The forum view lays itself out in the rows the strip and legend leave.
  const forumSize = { columns: size.columns, rows: size.rows - SEQUENCE_ROWS };

  const rerun = (nextSeedValue: string) => {
    setSeed(nextSeedValue);
    setChain(playSequence(sequence, nextSeedValue));
    setRunNumber((n) => n + 1);
    setScreen('forum');
  };
  const moveTo = (index: number) => {
    const to = Math.max(0, Math.min(chain.meetings.length - 1, index));
    if (to === current) return false;
    setCurrent(to);
    setGridScroll(0);
    return true;
  };

  const tooSmall = size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows;
  useKeys(
    (input, key) => {
      if (!moment) return;
      const grid = gridWindow(scenario.participants.length, Math.max(1, spareRows(moment, forumSize)));
      const scrollBy = (rows: number) => setGridScroll((s) => Math.max(0, Math.min(grid.maxScroll, s + rows)));
      if (/^ +$/.test(input)) playback.step(input.length);
      else if (key.upArrow) scrollBy(-1);
      else if (key.downArrow) scrollBy(1);
      else if (key.pageUp) scrollBy(-grid.shown);
      else if (key.pageDown) scrollBy(grid.shown);
      else if (key.return) {
        if (!moment.finished) playback.play();
        else if (moveTo(current + 1)) setAutoplay(`${seed}:${runNumber}:${current + 1}`);
      } else if (input === ']' || key.rightArrow) moveTo(current + 1);
      else if (input === '[' || key.leftArrow) moveTo(current - 1);
      else if (input === 'p') playback.pause();
      else if (input === 'r') rerun(nextSeed(seed));
      else if (input === 's') setScreen('seed');
      else if (input === '?') setScreen('help');
      else if (input === 'q') exit();
    },
    { isActive: screen === 'forum' && !tooSmall },
  );
  useKeys((input) => input === 'q' && exit(), { isActive: tooSmall });

  const withLog = (view: ReactNode, forumShown = false) => (
    <Box flexDirection="column" width={size.columns}>
      <PlaybackLog playback={forumShown ? playback.state : null} />
      {view}
    </Box>
  );
  if (tooSmall)
    return withLog(
      <Text
        color={theme.color('yellow')}
      >{`Make the window larger: forum-sim needs ${MIN_SIZE.columns}x${MIN_SIZE.rows}, this one is ${size.columns}x${size.rows}. (q or Ctrl-C quits)`}</Text>,
    );
  if (!playback.state || !moment) return withLog(<Text>Running the chain...</Text>);
  if (screen === 'help')
    return withLog(
      <HelpPanel
        layout={tableBlocks(scenario, moment, forumSize) ? 'table' : 'grid'}
        keys={SEQUENCE_KEYS}
        extra={LETTERS_HELP}
        onDone={() => setScreen('forum')}
      />,
    );

  const footer = (
    <Box flexDirection="column">
      <Text wrap="truncate-end">{carriedLegend(meeting.carried, current === 0, size.columns)}</Text>
      {screen === 'seed' ? (
        <SeedPrompt onSubmit={(s) => rerun(s)} onCancel={() => setScreen('forum')} />
      ) : (
        <Text dimColor wrap="truncate-end">
          {sequenceHints(size.columns)}
        </Text>
      )}
    </Box>
  );
  return withLog(
    <Box flexDirection="column">
      <MeetingStrip
        meetings={chain.meetings.map((m) => ({ id: m.meeting.id, outcome: m.result.outcome }))}
        current={current}
        columns={size.columns}
        theme={theme}
      />
      <ForumView
        scenario={scenario}
        run={meeting.result}
        playback={playback.state}
        moment={moment}
        playing={playback.playing}
        seed={meeting.seed}
        editCount={0}
        pendingEdits={0}
        size={forumSize}
        gridScroll={gridScroll}
        theme={theme}
        carried={letters}
        footer={footer}
      />
    </Box>,
    true,
  );
}
