import { Box } from 'ink';
import { Text } from './Text.js';
import { useKeys } from '../keys.js';
import { useState } from 'react';
import type { Scenario } from '../../domain/types.js';
import { editableParameters } from '../parameters.js';
import { feedsOf } from '../../domain/parameterFeeds.js';
import type { Overrides } from '../session.js';
import type { Theme } from '../theme.js';

interface Props {
  /** The scenario with the edits applied (current values). */
  scenario: Scenario;
  /** The scenario as loaded (provenance of each parameter). */
  original: Scenario;
  edits: Overrides;
  error: string | null;
  theme: Theme;
  height: number;
  onChange(path: string, value: string): void;
  onDone(): void;
}

/** A window of a long list around the selected row. */
function windowAround<T>(items: T[], selected: number, size: number): { items: T[]; offset: number } {
  const offset = Math.max(0, Math.min(selected - Math.floor(size / 2), items.length - size));
  return { items: items.slice(offset, offset + size), offset };
}

export function EditPanel({ scenario, original, edits, error, theme, height, onChange, onDone }: Props) {
  const [actorIndex, setActorIndex] = useState(0);
  const [actor, setActor] = useState<string | null>(null);
  const [paramIndex, setParamIndex] = useState(0);
  const actors = scenario.participants;
  const params = actor ? editableParameters(scenario, actor, original) : [];

  useKeys((input, key) => {
    if (!actor) {
      if (key.upArrow) setActorIndex((i) => (i + actors.length - 1) % actors.length);
      if (key.downArrow) setActorIndex((i) => (i + 1) % actors.length);
      if (key.return) {
        setActor(actors[actorIndex]!);
        setParamIndex(0);
      }
      if (key.escape || input === 'q') onDone();
      // A letter jumps to the next delegation whose code starts with it.
      if (/^[a-z]$/i.test(input)) {
        const letter = input.toUpperCase();
        const after = [...actors.slice(actorIndex + 1), ...actors.slice(0, actorIndex + 1)];
        const hit = after.find((id) => id.startsWith(letter));
        if (hit) setActorIndex(actors.indexOf(hit));
      }
      return;
    }
    if (key.upArrow) setParamIndex((i) => (i + params.length - 1) % params.length);
    if (key.downArrow) setParamIndex((i) => (i + 1) % params.length);
    const param = params[paramIndex];
    if (param && (key.leftArrow || key.rightArrow)) {
      const next = param.step(key.rightArrow ? 1 : -1);
      if (next !== null) onChange(`${actor}.${param.path}`, next);
    }
    // Enter goes back to the delegations; Esc leaves the editor, so that `c` then compares.
    if (key.return) setActor(null);
    if (key.escape) {
      setActor(null);
      onDone();
    }
  });

  const listHeight = Math.max(4, height - 8);
  if (!actor) {
    const { items, offset } = windowAround(actors, actorIndex, listHeight);
    return (
      <Box flexDirection="column">
        <Text bold>Edit a delegation: pick one</Text>
        {items.map((id, i) => (
          <Text key={id} inverse={offset + i === actorIndex} wrap="truncate-end">
            {`${offset + i === actorIndex ? '> ' : '  '}${id.padEnd(5)}${scenario.profiles[id]!.name}${Object.keys(edits).some((k) => k.startsWith(`${id}.`)) ? '  (edited)' : ''}`}
          </Text>
        ))}
        <Text dimColor>{'up/down or a letter choose  enter open  esc back to the forum'}</Text>
      </Box>
    );
  }
  const { items, offset } = windowAround(params, paramIndex, listHeight);
  const selected = params[paramIndex];
  return (
    <Box flexDirection="column">
      <Text bold>{`Edit ${actor} ${scenario.profiles[actor]!.name}`}</Text>
      {items.map((p, i) => {
        const edited = `${actor}.${p.path}` in edits;
        return (
          <Text
            key={p.path}
            inverse={offset + i === paramIndex}
            color={edited ? theme.color('yellow') : undefined}
            wrap="truncate-end"
          >
            {`${offset + i === paramIndex ? '> ' : '  '}${p.path.padEnd(37)}${p.value}${edited ? '  (edited)' : ''}`}
          </Text>
        );
      })}
      <Text wrap="truncate-end">{`Provenance: ${selected?.provenance ?? ''}`}</Text>
      <Text wrap="truncate-end">{`Feeds: ${selected ? feedsOf(selected.path) : ''}`}</Text>
      {error ? <Text color={theme.color('red')} wrap="truncate-end">{`Not applied: ${error}`}</Text> : null}
      <Text dimColor>
        {'up/down choose  left/right change  enter delegations  esc back to the forum (then c compares, r runs)'}
      </Text>
    </Box>
  );
}
