// Help text for every command, and the usage error that maps to exit code 2.

export class UsageError extends Error {
  constructor(message: string, readonly command?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const COMMON_RUN = `  --seed S            seed of the run (default 1); the same seed gives the same run
  --set PATH=VALUE    change a parameter for this run (repeatable), e.g.
                        --set USA.lobbying.strength=0.8
                        --set KHM.positions.ukraine.ideal=peace-dialogue
                        --set forum.roundLimit=3
  --params FILE       a YAML/JSON file of PATH: VALUE overrides (applied before --set)`;

export const HELP: Record<string, string> = {
  main: `forum-sim: multilateral negotiation simulator for ASEAN-centred diplomacy

Usage:
  forum-sim                      the terminal UI on a TTY, else the summary of the default run (arf-2022)
  forum-sim ui [SCENARIO]        the terminal UI
  forum-sim run SCENARIO [...]   run one forum and report the outcome
  forum-sim list                 built-in scenarios with forum, date, participants
  forum-sim validate FILE...     check scenario, profile and issue files; report every error
  forum-sim check SCENARIO [...] property-test the outcome invariants on perturbed parameters

SCENARIO is a built-in id (e.g. arf-2022; see \`forum-sim list\`) or a path to a forum YAML file.
Run \`forum-sim COMMAND --help\` for a command's options.

Options:
  -h, --help      this help
  -v, --version   the version

Exit codes: 0 the command did its job (whatever the forum's outcome), 1 an invariant failed,
2 bad input (usage, unreadable or invalid file, unknown actor or parameter).`,
  run: `Usage: forum-sim run SCENARIO [options]

Runs the forum once and prints the outcome, the adopted text, who blocked what, and the rounds.
Under a vote rule (decisionRule: majority, two-thirds or security-council; or --set
forum.decisionRule=majority) the text is put to the vote after the last round, and the summary
shows the tally and each delegation's vote.

Options:
${COMMON_RUN}
  --json              print the machine-readable result
  --transcript        include the event log (in the summary, or in --json output)
  --explain           show each delegation's decisive parameters with their provenance
  -h, --help          this help`,
  list: `Usage: forum-sim list [--json]

Lists the built-in scenarios with forum, date and number of participants.`,
  validate: `Usage: forum-sim validate FILE...

Checks forum files, delegation profile files (scenarios/actors/*.yaml) and issue catalogues
(issues.yaml). Every problem is reported on its own line as FILE:LINE:COLUMN: FIELD: message.
Exit 0 when all files are valid, 2 otherwise.`,
  check: `Usage: forum-sim check SCENARIO [--runs N] [--seed S] [--json] [options]

Property-tests the outcome invariants on N random perturbations of the scenario's parameters
(each within its valid range; up to 4 at a time), and prints a table of the invariants with
pass/fail and the cases run. On a failure it prints the counterexample, shrunk by fast-check to
few overrides, as a ready-to-paste \`forum-sim run\` line that reproduces it, and exits 1.
Invariants: determinism, termination, soundness, fallback, order, unanimity, veto,
monotonicity, provenance (see README, "Property testing").

Options:
  --runs N            perturbations per invariant (default 100)
  --seed S            seed of the perturbations (default 1); the same seed checks the same cases
  --invariants LIST   only these invariants, comma-separated; \`demo-false\` is an invariant
                      that is false on purpose, to show what a failure looks like
  --set PATH=VALUE    a change applied before every perturbation (repeatable), as for run
  --params FILE       a YAML/JSON file of PATH: VALUE changes (applied before --set)
  --json              print the report as JSON
  -h, --help          this help

Progress goes to stderr when it is a terminal. Exit 0 when every invariant holds, 1 when one
fails, 2 on bad input.`,
  ui: `Usage: forum-sim ui [SCENARIO] [--seed S]

Opens the terminal UI: pick a scenario, watch it negotiate, step it, edit a delegation, compare runs.`,
};
