// What a run of a sweep or design file varied: the draws its line keeps (a sweep's --vary
// parameters) and the overrides it carries beyond the header's (a design point's values). For the
// per-run table and PRIM, which need each run's inputs of interest as columns.
import { runOverrides, type RunRecord, type SweepHeader } from './sweepLine.js';

export type VariedValue = number | string;

/** A text that is a plain number becomes the number; anything else (`deputy`, `on`) stays text. */
const valueOf = (text: string): VariedValue =>
  text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;

export function variedInputs(
  header: Pick<SweepHeader, 'overrides' | 'vary'>,
  record: Pick<RunRecord, 'inputs'>,
): Record<string, VariedValue> {
  const common = runOverrides(header);
  const out: Record<string, VariedValue> = Object.create(null) as Record<string, VariedValue>;
  for (const [key, value] of Object.entries(record.inputs.overrides)) {
    if (common[key] !== value) out[key] = valueOf(value);
  }
  for (const [key, value] of Object.entries(record.inputs.drawn ?? {})) out[key] = value;
  return out;
}
