// `--set` for a sequence: `PATH=VALUE` for every meeting that seats the delegation it names,
// `MEETING:PATH=VALUE` for one meeting (its forum id), and `carry.CHANNEL=on|off`,
// `carry.CHANNEL.halfLife=DAYS`, `carry.CHANNEL.weight=SHARE` (or `carry=off`) for the carry-over.
import { didYouMean, InputError, type Problem } from '../scenario/errors.js';
import { parseSetArgs, type Overrides } from '../scenario/overrides.js';
import { CHANNELS, type CarrySettings, type Channel, type Meeting, type Sequence } from './types.js';

export interface SequenceOverrides {
  /** For every meeting (entries naming a delegation a meeting does not seat are left out of it). */
  all: Overrides;
  /** Meeting id -> overrides for that meeting alone, applied after `all`. */
  perMeeting: Record<string, Overrides>;
  carry: CarrySettings;
}

const SWITCH: Record<string, boolean> = { on: true, true: true, off: false, false: false };

export function sequenceOverrides(sequence: Sequence, args: readonly string[], where = '--set'): SequenceOverrides {
  const parsed = parseSetArgs(args, where);
  const problems: Problem[] = [];
  const all: Overrides = {};
  const perMeeting: Record<string, Overrides> = {};
  const carry = structuredClone(sequence.carry);
  const ids = sequence.meetings.map((m) => m.id);
  for (const [path, value] of Object.entries(parsed)) {
    const colon = path.indexOf(':');
    const fail = (message: string) => problems.push({ file: where, path, message });
    if (colon >= 0) {
      const meeting = path.slice(0, colon);
      if (!ids.includes(meeting))
        fail(`unknown meeting "${meeting}"; the sequence's are ${ids.join(', ')}${didYouMean(meeting, ids)}`);
      else perMeeting[meeting] = { ...perMeeting[meeting], [path.slice(colon + 1)]: value };
    } else if (path === 'carry' || path.startsWith('carry.')) {
      const problem = setCarry(carry, path.split('.').slice(1), value);
      if (problem) fail(problem);
    } else all[path] = value;
  }
  if (problems.length > 0) throw new InputError(problems);
  return { all, perMeeting, carry };
}

/** What of `overrides` applies to a meeting: paths on the forum or on a delegation it seats. */
export function meetingOverrides(
  meeting: Meeting,
  sequence: Sequence,
  overrides: SequenceOverrides,
  note: (line: string) => void,
): Overrides {
  const out: Overrides = {};
  for (const [path, value] of Object.entries(overrides.all)) {
    const head = path.split('.')[0]!;
    const seatedSomewhere = sequence.meetings.some((m) => m.scenario.participants.includes(head));
    // A delegation no meeting seats is passed on, so the usual error names it.
    if (head === 'forum' || meeting.scenario.participants.includes(head) || !seatedSomewhere) out[path] = value;
    else note(`--set ${path}: ${head} is not seated at ${meeting.id}; left out of that meeting`);
  }
  return { ...out, ...overrides.perMeeting[meeting.id] };
}

function setCarry(carry: CarrySettings, parts: string[], value: string): string | null {
  const [channel, field, ...extra] = parts;
  const expected = `expected carry=off, carry.<${CHANNELS.join('|')}>=on|off, or carry.<channel>.halfLife|weight=NUMBER`;
  if (channel === undefined) {
    if (!Object.hasOwn(SWITCH, value)) return `${expected}, got "${value}"`;
    for (const c of CHANNELS) carry[c].enabled = SWITCH[value]!;
    return null;
  }
  if (!(CHANNELS as readonly string[]).includes(channel))
    return `unknown channel "${channel}"; expected one of ${CHANNELS.join(', ')}${didYouMean(channel, CHANNELS)}`;
  const setting = carry[channel as Channel];
  if (extra.length > 0) return expected;
  if (field === undefined) {
    if (!Object.hasOwn(SWITCH, value)) return `expected on or off, got "${value}"`;
    setting.enabled = SWITCH[value]!;
    return null;
  }
  const n = Number(value);
  if (field === 'halfLife') {
    if (value === '' || !Number.isFinite(n) || n <= 0 || n > 3650)
      return `expected days above 0 and at most 3650, got "${value}"`;
    setting.halfLife = n;
  } else if (field === 'weight') {
    if (value === '' || !Number.isFinite(n) || n < 0 || n > 1) return `expected a number from 0 to 1, got "${value}"`;
    setting.weight = n;
  } else return `unknown field "${field}"; ${expected}${didYouMean(field, ['halfLife', 'weight'])}`;
  setting.provenance = { ...setting.provenance, [field]: 'override (--set)' };
  return null;
}
