// Pieces the chart specs share: the probability axis and the chart's size.
import type { TopLevelSpec } from 'vega-lite';

/** A chart's body: data and marks, without the title that chartSpec adds. */
export type ChartBody = TopLevelSpec;

export const WIDTH = 520;
/** Rows of a horizontal chart: the height grows with their number. */
export const rowHeight = (rows: number) => Math.max(120, 22 * rows);

/** A probability from 0 to 1, whatever the data's range, so charts side by side compare. */
export const probability = (title: string) => ({ title, scale: { domain: [0, 1] }, axis: { format: '.0%' } });
