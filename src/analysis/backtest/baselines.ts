// The forecasts a user could make without the model, each learnt from the train period only:
// always the event, the overall base rate, the forum kind's own rate, and a rate the user brings.
// (The compromise baseline needs no training: it is computed per case, see compromise.ts.)

/** What a baseline learns from one train case. */
export interface TrainFact {
  kind: string;
  wasEvent: boolean;
}

export interface TrainedRates {
  /** Train cases the rates come from. */
  cases: number;
  /** Share of train cases whose event happened; 1/2 when there are none (no information). */
  overall: number;
  /** Per forum kind seen in training: its smoothed rate and how many cases it rests on. */
  byKind: Record<string, { cases: number; events: number; rate: number }>;
}

/**
 * The kind's rate smoothed towards 1/2 as (events + 1/2) / (cases + 1), so that a kind seen once
 * or always agreeing is not forecast as certain.
 */
export const smoothedRate = (events: number, cases: number): number => (events + 0.5) / (cases + 1);

export function trainRates(train: readonly TrainFact[]): TrainedRates {
  const byKind: TrainedRates['byKind'] = {};
  for (const { kind, wasEvent } of train) {
    const entry = (byKind[kind] ??= { cases: 0, events: 0, rate: 0 });
    entry.cases++;
    if (wasEvent) entry.events++;
  }
  for (const entry of Object.values(byKind)) entry.rate = smoothedRate(entry.events, entry.cases);
  const events = train.filter((f) => f.wasEvent).length;
  return { cases: train.length, overall: train.length ? events / train.length : 0.5, byKind };
}

/** The forum kind's train rate; the overall train rate for a kind training never saw. */
export function kindRate(rates: TrainedRates, kind: string): { p: number; seen: boolean } {
  const entry = rates.byKind[kind];
  return entry ? { p: entry.rate, seen: true } : { p: rates.overall, seen: false };
}

/** The rate-based baselines' forecasts for one case. */
export function baselineForecasts(
  rates: TrainedRates,
  kind: string,
  outsideRate: number | null,
): { alwaysJoint: number; baseRate: number; kindRate: number; outside: number | null } {
  return { alwaysJoint: 1, baseRate: rates.overall, kindRate: kindRate(rates, kind).p, outside: outsideRate };
}
