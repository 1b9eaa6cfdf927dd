// Checks the lines of a sequence sweep file read back from disk (`sweep SEQUENCE --resume`,
// `merge`): the header's fields and each chain's, each message saying what was expected.
import { OUTCOMES, type OutcomeKind } from '../../domain/types.js';
import { deriveSeed } from '../../engine/rng.js';
import { stableStringify } from '../../scenario/stableJson.js';
import { CHANNELS } from '../types.js';
import { SEQUENCE_SWEEP_FORMAT, type ChainLine, type SequenceSweepHeader } from './chainLine.js';

import {
  checkRunsAndShard,
  isCount,
  isObject,
  isStringMap,
  need,
  type Fail,
  type Json,
} from '../../analysis/lineChecks.js';

export function parseChainHeader(value: unknown, fail: Fail): SequenceSweepHeader {
  need(isObject(value) && value.kind === 'sequence', fail, 'not a sequence sweep file: expected its header line');
  const h = value as Json;
  need(
    h.forumSimSweep === SEQUENCE_SWEEP_FORMAT,
    fail,
    `sequence sweep file format ${String(h.forumSimSweep)}, expected ${SEQUENCE_SWEEP_FORMAT}`,
  );
  for (const field of ['sequence', 'sequenceHash', 'version', 'seed'])
    need(typeof h[field] === 'string', fail, `header: ${field}: expected a string`);
  checkRunsAndShard(h, fail);
  need(isStringMap(h.overrides), fail, 'header: overrides: expected PATH: "VALUE"');
  need(
    Array.isArray(h.meetings) &&
      h.meetings.length > 0 &&
      h.meetings.every((m) => isObject(m) && typeof m.id === 'string' && typeof m.date === 'string'),
    fail,
    'header: meetings: expected a list of {id, date}',
  );
  return h as unknown as SequenceSweepHeader;
}

export function parseChainRecord(value: unknown, header: SequenceSweepHeader, fail: Fail): ChainLine {
  need(isObject(value), fail, 'expected a chain record (an object)');
  const r = value as Json;
  need(isCount(r.run), fail, 'run: expected a chain index (a whole number)');
  const seed = deriveSeed(header.seed, r.run as number);
  need(r.seed === seed, fail, `seed: expected ${seed} (master seed ${header.seed}), got ${String(r.seed)}`);
  if ('error' in r) {
    need(typeof r.error === 'string', fail, 'error: expected the message of the chain that failed');
    return r as unknown as ChainLine;
  }
  const meetings = r.meetings;
  need(
    Array.isArray(meetings) && meetings.length === header.meetings.length,
    fail,
    `meetings: expected one entry per meeting (${header.meetings.length})`,
  );
  (meetings as unknown[]).forEach((m, k) => {
    const at = `meetings.${k} (${header.meetings[k]!.id})`;
    need(isObject(m), fail, `${at}: expected {outcome, text, walkouts, carried}`);
    const line = m as Json;
    need(OUTCOMES.includes(line.outcome as OutcomeKind), fail, `${at}.outcome: expected one of ${OUTCOMES.join(', ')}`);
    need(line.text === null || isStringMap(line.text), fail, `${at}.text: expected null or ISSUE: RUNG`);
    need(
      Array.isArray(line.walkouts) && line.walkouts.every((w) => typeof w === 'string' && w.includes('>')),
      fail,
      `${at}.walkouts: expected a list of ACTOR>SPEAKER`,
    );
    need(
      isObject(line.carried) &&
        Object.entries(line.carried).every(([c, n]) => (CHANNELS as readonly string[]).includes(c) && isCount(n)),
      fail,
      `${at}.carried: expected CHANNEL: count, channels ${CHANNELS.join(', ')}`,
    );
  });
  return r as unknown as ChainLine;
}

const SAME_SWEEP = ['forumSimSweep', 'sequence', 'sequenceHash', 'version', 'seed', 'runs', 'overrides'] as const;

/** The first field on which two headers differ, as "FIELD: A vs B", or null (shards apart unless `shards`). */
export function chainHeaderMismatch(
  a: SequenceSweepHeader,
  b: SequenceSweepHeader,
  options: { shards?: boolean } = {},
): string | null {
  const fields: readonly (keyof SequenceSweepHeader)[] = options.shards ? [...SAME_SWEEP, 'shard'] : SAME_SWEEP;
  for (const field of fields) {
    const [x, y] = [stableStringify(a[field] ?? null), stableStringify(b[field] ?? null)];
    if (x !== y) return `${field}: ${x} vs ${y}`;
  }
  return null;
}
