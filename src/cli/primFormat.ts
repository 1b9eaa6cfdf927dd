// What `forum-sim prim` prints: the chosen box as a sentence with its coverage and density, its
// restrictions with their quasi-p-values, then the peeling trajectory; or all of it as JSON.
import { restrictionText } from '../analysis/prim/box.js';
import { boxSentence, primChart } from '../analysis/prim/chart.js';
import type { PrimOptions, PrimResult } from '../analysis/prim/prim.js';
import type { PrimInputs } from '../analysis/prim/sweepData.js';
import { textTable } from '../present/lines.js';
import { safeText } from '../present/safeText.js';

export interface PrimReport {
  file: string;
  event: string;
  inputs: PrimInputs;
  options: Required<Pick<PrimOptions, 'alpha' | 'minMass'>> & Pick<PrimOptions, 'threshold' | 'minCoverage'>;
  result: PrimResult;
}

const share = (x: number) => x.toFixed(2);
const pValue = (p: number) => (p === 0 ? '< 1e-300' : p < 0.001 ? p.toExponential(0) : p.toFixed(3));

export function formatPrim({ file, event, inputs, result }: PrimReport): string {
  const { header, data, errors, leftOut } = inputs;
  const lines = [
    `PRIM on ${file}: ${result.runs} runs of ${header.scenario} (seed ${header.seed}), ` +
      `${event} in ${result.hits} (P = ${share(result.runs === 0 ? 0 : result.hits / result.runs)})`,
    `Inputs: ${data.inputs.join(', ') || 'none varied'}`,
  ];
  if (errors > 0) lines.push(`Left out: ${errors} runs that failed`);
  for (const { input, reason } of leftOut) lines.push(`Left out: ${input} (${reason})`);
  lines.push('', `Box: ${boxSentence(result, event)}`);
  const chosen = result.chosen;
  if (chosen) {
    lines.push(
      `  coverage ${share(chosen.coverage)} (${chosen.hits} of the ${result.hits} runs with ${event}), ` +
        `density ${share(chosen.density)} (${chosen.hits} of the ${chosen.runs} runs in the box), mass ${share(chosen.mass)}`,
    );
    if (chosen.restrictions.length > 0) {
      const rows = chosen.restrictions.map((r) => [restrictionText(r), pValue(r.quasiP)]);
      lines.push(...textTable([['restriction', 'quasi-p'], ...rows]).map((line) => `  ${line}`));
    }
  } else lines.push('  (no box on the trajectory meets --threshold and --min-coverage)');
  lines.push('', `Peeling trajectory (* the box chosen, before pruning and pasting):`);
  const rows = result.trajectory.map((step, i) => [
    `${i === result.chosenStep ? '*' : ' '}${i}`,
    share(step.coverage),
    share(step.density),
    share(step.mass),
    step.restrictions.map(restrictionText).join(', ') || '-',
  ]);
  lines.push(...textTable([[' box', 'coverage', 'density', 'mass', 'restrictions'], ...rows]).map((l) => `  ${l}`));
  return lines.map(safeText).join('\n');
}

export function primJson({ file, event, inputs, options, result }: PrimReport): string {
  const { header, data, errors, leftOut } = inputs;
  const withText = <T extends Parameters<typeof restrictionText>[0]>(r: T) => ({ ...r, text: restrictionText(r) });
  return JSON.stringify(
    {
      file,
      scenario: header.scenario,
      scenarioHash: header.scenarioHash,
      version: header.version,
      seed: header.seed,
      outcome: event,
      runs: result.runs,
      hits: result.hits,
      errors,
      inputs: data.inputs,
      leftOut,
      options,
      sentence: boxSentence(result, event),
      chosen: result.chosen && { ...result.chosen, restrictions: result.chosen.restrictions.map(withText) },
      chosenStep: result.chosenStep,
      trajectory: result.trajectory.map((step) => ({ ...step, restrictions: step.restrictions.map(withText) })),
      chart: primChart(result),
    },
    null,
    2,
  );
}
