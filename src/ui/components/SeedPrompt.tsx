import { Text } from './Text.js';
import { useKeys } from '../keys.js';
import { useState } from 'react';

export function SeedPrompt({ onSubmit, onCancel }: { onSubmit(seed: string): void; onCancel(): void }) {
  const [text, setText] = useState('');
  useKeys((input, key) => {
    if (key.escape) onCancel();
    else if (key.return) {
      if (text.trim()) onSubmit(text.trim());
      else onCancel();
    } else if (key.backspace || key.delete) setText((t) => t.slice(0, -1));
    else if (/^[\w.-]+$/.test(input)) setText((t) => (t + input).slice(0, 32));
  });
  return <Text>{`Seed: ${text}_   (enter to run, esc to cancel)`}</Text>;
}
