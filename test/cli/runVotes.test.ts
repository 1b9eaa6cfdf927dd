// `forum-sim run` on vote forums: the summary shows the rule, the tally and who voted how; --json carries votes and tally.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runMain } from './helpers.js';

const sc = join(FIXTURES, 'votes/security-council.yaml');

describe('forum-sim run on a vote forum', () => {
  it('the summary gives the rule, the tally and each delegation under its vote', async () => {
    const r = await runMain(['run', sc]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[1]).toBe('Outcome: vetoed after 2 of 2 round(s)');
    expect(lines[2]).toBe(
      'Vote (Security Council: 3/5 of the seats and no permanent member against): 12-1-2 (yes-no-abstain), 0 absent; vetoed by RUS',
    );
    expect(lines[3]).toMatch(/^ {2}yes {6}12 {2}ARG, AUS, /);
    expect(lines[4]).toBe('  no        1  RUS');
    expect(lines[5]).toBe('  abstain   2  CHN, IND');
    expect(r.out).toContain('Voted no, on:\n  RUS  blocking           ukraine at condemn-aggression');
    expect(r.out).not.toContain('Adopted text:');
  });

  it('--set forum.decisionRule puts a consensus forum to the vote; absentees are listed', async () => {
    const r = await runMain(['run', 'arf-2022', '--set', 'forum.decisionRule=majority']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /\nVote \(majority of those present and voting\): \d+-\d+-\d+ \(yes-no-abstain\), \d+ absent\n/,
    );
    expect(r.out).not.toContain("Chair's statement");
  });

  it('--json carries votes and tally (null under consensus)', async () => {
    const vote = JSON.parse((await runMain(['run', sc, '--json'])).out) as {
      outcome: string;
      votes: Record<string, string>;
      tally: Record<string, number>;
      statement: unknown;
    };
    expect(vote).toMatchObject({
      outcome: 'vetoed',
      tally: { yes: 12, no: 1, abstain: 2, absent: 0 },
      statement: null,
    });
    expect(vote.votes.RUS).toBe('no');
    const consensus = JSON.parse((await runMain(['run', 'arf-2022', '--json'])).out) as {
      votes: unknown;
      tally: unknown;
    };
    expect(consensus).toMatchObject({ votes: null, tally: null });
  });

  it('an unknown decision rule is bad input', async () => {
    const r = await runMain(['run', 'arf-2022', '--set', 'forum.decisionRule=vote']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'forum-sim: --set: forum.decisionRule: expected one of consensus, majority, two-thirds, security-council, got "vote"',
    );
  });
});
