import { Box } from 'ink';
import { Text } from './Text.js';
import { useKeys } from '../keys.js';
import type { Scenario } from '../../domain/types.js';
import { isLetters, jumpByLetters } from '../letterJump.js';
import { editableParameters, jumpLabels } from '../parameters.js';
import { feedsOf } from '../../domain/parameterFeeds.js';
import type { Overrides } from '../session.js';
import type { Theme } from '../theme.js';
import { useCurrent } from '../useCurrent.js';

interface Props {
  /** The scenario with the edits applied (current values). */
  scenario: Scenario;
  /** The scenario as loaded (provenance of each parameter). */
  original: Scenario;
  edits: Overrides;
  error: string | null;
  theme: Theme;
  height: number;
  onChange(actor: string, path: string, value: string): void;
  /** Drops every edit. */
  onClear(): void;
  onDone(): void;
}

/** The editor's key help, one line each, every line narrower than the 80-column minimum. */
export const EDITOR_KEYS = {
  delegations: ['up/down or a letter choose  enter open  del clears all edits  esc forum'],
  parameters: [
    'up/down or a letter choose  left/right change  shift+left/right or [ ] fine',
    'del clears all edits  enter delegations  esc forum (then c compares, r runs)',
  ],
};

/**
 * Rows the editor keeps besides its list: title, provenance, a line left free for a note on the
 * selected parameter, the error, the key help, and one spare so the frame never fills the window.
 */
const RESERVED_ROWS = 3 + 1 + EDITOR_KEYS.parameters.length + 2;

/** A window of a long list around the selected row. */
function windowAround<T>(items: T[], selected: number, size: number): { items: T[]; offset: number } {
  const offset = Math.max(0, Math.min(selected - Math.floor(size / 2), items.length - size));
  return { items: items.slice(offset, offset + size), offset };
}

export function EditPanel({ scenario, original, edits, error, theme, height, onChange, onClear, onDone }: Props) {
  const actorIndex = useCurrent(0);
  const actor = useCurrent<string | null>(null);
  const paramIndex = useCurrent(0);
  const actors = scenario.participants;
  const paramsOf = (id: string | null) => (id ? editableParameters(scenario, id, original) : []);
  const params = paramsOf(actor.value);

  useKeys((input, key) => {
    if (key.backspace || key.delete) return onClear();
    const open = actor.get();
    if (!open) {
      const at = actorIndex.get();
      if (key.upArrow) actorIndex.set((at + actors.length - 1) % actors.length);
      if (key.downArrow) actorIndex.set((at + 1) % actors.length);
      if (key.return) {
        actor.set(actors[at]!);
        paramIndex.set(0);
      }
      if (key.escape || input === 'q') onDone();
      else if (isLetters(input)) actorIndex.set(jumpByLetters(actors, at, input));
      return;
    }
    const list = paramsOf(open);
    const at = paramIndex.get();
    if (key.upArrow) paramIndex.set((at + list.length - 1) % list.length);
    if (key.downArrow) paramIndex.set((at + 1) % list.length);
    if (isLetters(input)) paramIndex.set(jumpByLetters(jumpLabels(list.map((p) => p.path)), at, input));
    const param = list[at];
    const up = key.rightArrow || input === ']';
    if (param && (up || key.leftArrow || input === '[')) {
      // Shift is the fine step where the terminal reports it; [ and ] are fine steps everywhere.
      const next = param.step(up ? 1 : -1, key.shift || input === '[' || input === ']');
      if (next !== null) onChange(open, param.path, next);
    }
    // Enter goes back to the delegations; Esc leaves the editor, so that `c` then compares.
    if (key.return) actor.set(null);
    if (key.escape) {
      actor.set(null);
      onDone();
    }
  });

  const listHeight = Math.max(4, height - RESERVED_ROWS);
  const keyHelp = (lines: string[]) =>
    lines.map((line) => (
      <Text key={line} dimColor wrap="truncate-end">
        {line}
      </Text>
    ));
  if (!actor.value) {
    const { items, offset } = windowAround(actors, actorIndex.value, listHeight);
    return (
      <Box flexDirection="column">
        <Text bold>Edit a delegation: pick one</Text>
        {items.map((id, i) => (
          <Text key={id} inverse={offset + i === actorIndex.value} wrap="truncate-end">
            {`${offset + i === actorIndex.value ? '> ' : '  '}${id.padEnd(5)}${scenario.profiles[id]!.name}${Object.keys(edits).some((k) => k.startsWith(`${id}.`)) ? '  (edited)' : ''}`}
          </Text>
        ))}
        {keyHelp(EDITOR_KEYS.delegations)}
      </Box>
    );
  }
  const { items, offset } = windowAround(params, paramIndex.value, listHeight);
  const selected = params[paramIndex.value];
  return (
    <Box flexDirection="column">
      <Text bold>{`Edit ${actor.value} ${scenario.profiles[actor.value]!.name}`}</Text>
      {items.map((p, i) => {
        const edited = `${actor.value}.${p.path}` in edits;
        return (
          <Text
            key={p.path}
            inverse={offset + i === paramIndex.value}
            color={edited ? theme.color('yellow') : undefined}
            wrap="truncate-end"
          >
            {`${offset + i === paramIndex.value ? '> ' : '  '}${p.path.padEnd(37)}${p.value}${edited ? '  (edited)' : ''}`}
          </Text>
        );
      })}
      <Text wrap="truncate-end">{`Provenance: ${selected?.provenance ?? ''}`}</Text>
      <Text wrap="truncate-end">{`Feeds: ${selected ? feedsOf(selected.path) : ''}`}</Text>
      {error ? <Text color={theme.color('red')} wrap="truncate-end">{`Not applied: ${error}`}</Text> : null}
      {keyHelp(EDITOR_KEYS.parameters)}
    </Box>
  );
}
