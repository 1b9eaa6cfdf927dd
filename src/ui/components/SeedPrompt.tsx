import { Text } from './Text.js';
import { useKeys } from '../keys.js';
import { readSeed, seedProblem } from '../seedText.js';
import { useCurrent } from '../useCurrent.js';

export function SeedPrompt({ onSubmit, onCancel }: { onSubmit(seed: string): void; onCancel(): void }) {
  const text = useCurrent('');
  const problem = useCurrent<string | null>(null);
  const submit = (seed: string) => {
    if (!seed) return onCancel();
    const wrong = seedProblem(seed);
    if (wrong) problem.set(wrong);
    else onSubmit(seed);
  };
  useKeys((input, key) => {
    if (key.escape) onCancel();
    else if (key.return) submit(text.get());
    else if (key.backspace || key.delete) {
      text.set(text.get().slice(0, -1));
      problem.set(null);
    } else if (input) {
      const read = readSeed(text.get(), input);
      text.set(read.text);
      problem.set(read.problem);
      if (read.submit) submit(read.text);
    }
  });
  return (
    <Text wrap="truncate-end">{`Seed: ${text.value}_   ${problem.value ?? '(enter to run, esc to cancel)'}`}</Text>
  );
}
