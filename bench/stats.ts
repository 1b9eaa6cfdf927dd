// Summaries of repeated timings.
import type { ChildCost } from './childCost.js';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface CostSummary {
  cpuMedian: number | null;
  wallMedian: number;
  runs: number;
}

export function summarise(costs: readonly ChildCost[]): CostSummary {
  const cpu = costs.map((c) => c.cpuMs);
  return {
    cpuMedian: cpu.every((ms): ms is number => ms !== null) ? round(median(cpu)) : null,
    wallMedian: round(median(costs.map((c) => c.wallMs))),
    runs: costs.length,
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;
