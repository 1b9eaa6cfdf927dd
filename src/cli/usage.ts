// Help text for every command, and the usage error that maps to exit code 2.

export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

const COMMON_RUN = `  --seed S            seed of the run (default 1); the same seed gives the same run
  --set PATH=VALUE    change a parameter for this run (repeatable), e.g.
                        --set USA.lobbying.strength=0.8
                        --set USA.lobbying=none          (no lobbying; so does strength=0)
                        --set USA.walkout.RUS=0          (a delegation not seated: warning, ignored)
                        --set KHM.positions.ukraine.ideal=peace-dialogue
                        --set forum.roundLimit=3
                        --set KHM.patience=0.2:0.4:0.7   (LO:MODE:HI: the value and its own spread)
                        --set forum.uncertainty=off      (stated values exactly: an exact what-if)
  --params FILE       a YAML/JSON file of PATH: VALUE overrides (applied before --set)`;

export const HELP: Record<string, string> = {
  main: `forum-sim: multilateral negotiation simulator for ASEAN-centred diplomacy

Usage:
  forum-sim                      the terminal UI on a TTY, else the summary of the default run (arf-2022)
  forum-sim ui [SCENARIO]        the terminal UI
  forum-sim run SCENARIO [...]   run one forum and report the outcome
  forum-sim list                 built-in scenarios with forum, date, participants
  forum-sim validate FILE...     check scenario, profile and issue files (FILE: also a folder or an id)
  forum-sim init FILE [--from S] write a commented starting forum (a copy of S, or minimal)
  forum-sim schema [--path]      the JSON Schema of scenario files, or its absolute path
  forum-sim check SCENARIO [...] property-test the outcome invariants on perturbed parameters
  forum-sim backtest [PATH...]   score the model's forecasts against real outcomes (default: the record 2008-2022)
  forum-sim sweep SCENARIO [...] many runs on all cores: the odds of each outcome, streamed to JSONL
  forum-sim merge FILE...        the summary of a sweep from the --out files of its shards
  forum-sim sensitivity SCENARIO which parameters move P(consensus text): a tornado chart
  forum-sim design SCENARIO      an experiment design (factorial, Latin hypercube, Sobol), to JSONL
  forum-sim sobol FILE...        first-order and total Sobol indices of a sobol design's runs
  forum-sim compare SCENARIO ... a paired what-if: the same seeds with and without --against changes
  forum-sim prim FILE...         scenario discovery: the box of inputs where an outcome is likely
  forum-sim params [ACTOR]       every tunable: range, what it feeds; an actor's values and provenance
  forum-sim table FILE --csv OUT one row per run of a sweep or design file, as CSV and/or Arrow

SCENARIO is a built-in id (e.g. arf-2022; see \`forum-sim list\`) or a path to a forum YAML file.
Run \`forum-sim COMMAND --help\` for a command's options.

Options:
  -h, --help      this help
  -v, --version   the version

Exit codes: 0 the command did its job (whatever the forum's outcome), 1 an invariant failed,
2 bad input (usage, unreadable or invalid file, unknown actor or parameter), 70 an internal
error (a bug), 74 output could not be written (e.g. a full disk: one line on stderr). When the
reader of the output goes away (a closed pipe, as in \`| head\`), the command stops with 0.`,
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
  --inputs FILE       replay a recorded run exactly: FILE is its \`run --json\` output (seed,
                      overrides and the parameter values drawn); not with --seed/--set/--params
  -h, --help          this help

Each run draws its delegations' numeric parameters from their spreads (narrow for a value the
article states, wide for an assumed one); \`inputs.drawn\` in --json records the values used.

SCENARIO may also be a sequence (a built-in one such as phnom-penh-2022, or a file with
\`kind: sequence\`): its meetings run in order, meeting k on seed SEED/k, each with what carried
over from the ones before (walkouts, face lost, grievances, the host's embarrassment, the room's
mood, agreed texts as precedent) as overrides. It prints each meeting's outcome and what carried
into it; --json gives every meeting's result, carried values and marks (--transcript adds the
sequence's event log). --set PATH=VALUE applies to every meeting that seats the delegation,
--set MEETING:PATH=VALUE (e.g. arf-2022:forum.roundLimit=3) to one meeting, and
--set carry=off, carry.CHANNEL=off, carry.CHANNEL.halfLife=DAYS or carry.CHANNEL.weight=SHARE to
the carry-over (channels: face, grievance, embarrassment, mood, walkouts, precedent).`,
  list: `Usage: forum-sim list [--json]

Lists the built-in scenarios with forum, date and number of participants, then the built-in
sequences (chains of meetings for \`run SEQUENCE\`); --json lists the scenarios only.`,
  validate: `Usage: forum-sim validate FILE...

Checks forum files, delegation profile files (scenarios/actors/*.yaml) and issue catalogues
(issues.yaml). A FILE may also be a folder, for every .yaml file in it (not its subfolders), or a
built-in id (arf-2022), for its forum file. Every problem is reported on its own line as FILE:LINE:COLUMN: FIELD: message,
all in one pass: schema errors, unknown actors, issues and rungs, profile gaps and missing
provenance together, and a forum's own problems beside those of a broken catalogue.
A forum file without \`level\` runs as a ministers' meeting: when its name or kind says summit or
leaders, a warning says so (warnings do not change the exit code).
Exit 0 when all files are valid, 2 otherwise.`,
  init: `Usage: forum-sim init FILE [--from SCENARIO]

Writes a commented starting forum to FILE, which must not exist (init never overwrites; exit 2).
With --from, a copy of SCENARIO (a built-in id such as arf-2022, or a forum file) under a new id
taken from FILE's name, without its backtest record; without it, a minimal forum of six
delegations. The comments spell out the walkouts, boycotts and lobbying the delegations bring
from their profiles, and how to switch them off (walkout: [], lobbying: none).
The file's $schema modeline and catalogue work from any folder.

  forum-sim init my.yaml --from arf-2022 && forum-sim validate my.yaml && forum-sim run my.yaml

Options:
  --from SCENARIO     the forum to copy
  -h, --help          this help`,
  schema: `Usage: forum-sim schema [--path]

Prints the JSON Schema of scenario files (forum, profiles and issues files), with a title or
description for every field, for an editor to check and complete YAML with. With --path, prints
its absolute path instead, for a modeline:
  # yaml-language-server: $schema=<the path forum-sim schema --path prints>

Options:
  --path              print the path, not the schema
  -h, --help          this help`,
  check: `Usage: forum-sim check SCENARIO [--runs N] [--seed S] [--json] [--strict] [options]

Property-tests the outcome invariants on N random perturbations of the scenario's parameters
(each within its valid range; up to 4 at a time), and prints a table of the invariants with
pass/fail, the cases run, and the cases where the invariant's premise held. On a failure it
prints the counterexample, shrunk by fast-check to few overrides, as a ready-to-paste
\`forum-sim run\` line that reproduces it, and exits 1. An invariant whose premise held in none
of the cases tested nothing: it shows as \`untested\` and the summary names it.
Invariants: determinism, termination, soundness, fallback, votes, order, unanimity, veto,
monotonicity, provenance, replay, firmness, refused-line, insistence-kept,
attribution (see README, "Property testing").

Options:
  --runs N            perturbations per invariant (default 100)
  --seed S            seed of the perturbations (default 1); the same seed checks the same cases
  --invariants LIST   only these invariants, comma-separated; \`demo-false\` is an invariant
                      that is false on purpose, to show what a failure looks like
  --set PATH=VALUE    a change applied before every perturbation (repeatable), as for run
  --params FILE       a YAML/JSON file of PATH: VALUE changes (applied before --set)
  --strict            exit 1 also when an invariant was not exercised (its premise never held)
  --json              print the report as JSON (\`notExercised\` lists the untested invariants)
  -h, --help          this help

Progress goes to stderr when it is a terminal. Exit 0 when every invariant holds (or was not
exercised, without --strict), 1 when one fails (or, with --strict, was not exercised), 2 on bad
input.

For a sequence (e.g. check phnom-penh-2022) it checks the carry-over invariants instead, on N
chain seeds (default 10): carry-off-alone, face-walkouts, precedent-closer.`,
  backtest: `Usage: forum-sim backtest [FILE|DIR ...] [--runs N] [--seed S] [--workers W] [--set PATH=VALUE]...
         [--train-until DATE] [--base-rate P] [--no-case-overrides] [--record FILE]... [--json]
         [--report DIR]
       forum-sim backtest --sequences [FILE|DIR ...] [--runs N] [--seed S] [--workers W] [--json]

Runs each case (a forum file with an \`expected\` block: the real outcome and its source) N times
with parameter uncertainty, and scores the forecasts of the event (a consensus text agreed; under
a vote rule, the text adopted): per case the probability with its 95% Wilson interval, hit or
miss of the modal outcome, Brier and log scores, the Ukraine wording of a joint text, each
delegation's vote. Cases dated to --train-until are the train period, later ones the test. The
forward table scores train and test separately, on all cases, the contested ones, those the
forum's rules decide alone and the rest, beside baselines learnt from the train period only:
always the event, the overall base rate, the forum kind's rate ((events + 1/2) / (cases + 1), the
overall rate for a kind not seen in training), the compromise baseline, and --base-rate; and
the model calibrated: its forecasts tempered by one temperature T fitted on the train period
only by log loss. The model is also scored without the cases' own stances (their inline profile overrides). Default:
the built-in record (scenarios/record), with every row of scenarios/history/record-*.yaml that
no case scores listed with the reason.

Options:
  --runs N              runs per case (default 200)
  --seed S              master seed (default 1); run i of a case uses seed S/CASE/i, so the
                        result is the same whatever the number of workers
  --workers W           worker threads (default: one per core)
  --set PATH=VALUE      a change applied to every case (repeatable): forum paths everywhere, a
                        delegation's where it is seated, e.g. --set forum.uncertainty.wide=0.3
  --train-until DATE    last day of the train period, YYYY-MM-DD (default 2019-12-31)
  --base-rate P         an outside rate of the event, 0..1, reported as one more baseline
  --no-case-overrides   score every case without its inline profile overrides
  --record FILE         a record file whose rows to account for (repeatable; default with no
                        paths: the built-in record files)
  --json                the full report as JSON
  --report DIR          also write reliability diagrams (model, calibrated) as an HTML page,
                        SVG and PNG charts and report.json to DIR (see forum-sim sweep --help)
  --sequences           score sequence cases (default: scenarios/record/sequences; also chosen
                        by naming a sequence file): N chains, chain i seeded S/i, each meeting's
                        P of its real outcome with what carried into it, beside the same meeting
                        alone on the same seeds; Brier and log loss per meeting and in total
  -h, --help            this help

Progress goes to stderr when it is a terminal.`,
  sweep: `Usage: forum-sim sweep SCENARIO [--runs N] [--seed S] [--workers W] [--set PATH=VALUE]...
         [--vary ACTOR.PATH=LO:MODE:HI]... [--shard K/N] [--json | --csv]
         [--out FILE.jsonl [--resume] [--full-inputs] [--csv-runs FILE.csv]] [--report DIR]
         [--given MEETING=EVENT]...  (a sequence)

Runs the forum N times on worker threads, each run drawing its parameters from their spreads,
and reports the probability of each outcome with its 95% Wilson interval and beside them that of
consensus-text (a text agreed, whatever the product: also beside a chairman's statement; under a
vote rule, the text adopted), the rounds (mean, p50, p90), the wording adopted per paragraph, the
most frequent blockers, and the compromise baseline beside them. Run i uses seed S/i, so the result is the same whatever the number of
workers or shards.

Options:
  --runs N            runs (default 1000)
  --seed S            master seed (default 1)
  --workers W         worker threads (default: one per core)
  --set PATH=VALUE    a change applied to every run (repeatable), as for \`forum-sim run\`
  --params FILE       a YAML/JSON file of PATH: VALUE changes (applied before --set)
  --vary ACTOR.PATH=LO:MODE:HI
                      this parameter's spread for the sweep (repeatable): a triangle from LO
                      to HI peaking at MODE, e.g. --vary KHM.patience=0.1:0.4:0.9
  --shard K/N         run only the K-th of N disjoint slices of the runs (one machine each);
                      \`forum-sim merge\` of the N files gives the summary of the whole sweep
  --out FILE.jsonl    one JSON line per run (after a header line): its inputs and result;
                      a line replays with \`forum-sim run SCENARIO --inputs LINE.json\`.
                      An existing file is never overwritten
  --resume            complete the --out file of an interrupted sweep (same options)
  --full-inputs       keep every drawn value in each line (by default only the varied ones:
                      replay draws the rest again from the seed, value for value)
  --csv-runs FILE     with --out: one CSV row per run (run, seed, outcome, text, rounds,
                      blockers, the varied parameters), written when the sweep ends
  --json              the summary as JSON (no timings: the same for any workers or shards)
  --csv               the summary as CSV rows: section,item,runs,share,ci95_low,ci95_high,value
  --report DIR        also write a report to DIR: index.html (self-contained), chart-N.svg and
                      chart-N.png, report.json: the outcome bars with their intervals, and with
                      --vary P(consensus text) against each varied parameter; every chart is
                      stamped with scenario hash, overrides, seed, runs and version. DIR must be
                      new, empty or an earlier report's
  -h, --help          this help

A run that throws is an error line in the file, and counted. Progress (rate, ETA) goes to
stderr on a terminal. Ctrl-C stops the workers, keeps every finished line, prints the summary so
far and exits 130.

SCENARIO may also be a sequence (e.g. phnom-penh-2022): N chains of its meetings, chain i on seed
S/i (its meeting k on S/i/k), each meeting with what carried over from the ones before. The
summary gives each meeting's odds (each product, consensus-text, walkout), the most common
combinations of the meetings' outcomes, and conditional odds: by default each meeting's
consensus-text (walkout) given a text agreed (a walkout), or not, at the meeting before. --set, --params, --seed,
--runs, --workers, --shard, --out, --resume and --json work as for a forum (--out: a header with
kind sequence, then one line per chain: each meeting's outcome, text, walkouts and carried
counts; merge of the shards' files gives the whole sweep's summary).
  --given MEETING=EVENT  (a sequence) condition the odds on EVENT at MEETING (or MEETING!=EVENT:
                      it did not happen); EVENT is a product, consensus-text or walkout;
                      repeatable`,
  merge: `Usage: forum-sim merge FILE... [--json | --csv] [--sort]

Summarises the --out files of a sweep's shards (or of one sweep) together: the same summary the
sweep gives run whole. Files of different sweeps (scenario, version, seed, runs, --set, --vary)
or a run in two files are refused (exit 2); missing runs are a warning, and so is a file whose
sweep may still be writing it (its FILE.lock exists).

Options:
  --json              the summary as JSON
  --csv               the summary as CSV
  --sort              first put each file's runs in index order, in place (under the file's lock:
                      refused while a sweep writes it); for files of older versions or cut and
                      resumed by hand
  --given MEETING=EVENT  for a sequence's sweep files: condition the odds, as sweep --given does
  -h, --help          this help

A sequence's sweep files (\`sweep SEQUENCE --out\`) merge the same way, into the sequence's
summary (--csv is for a forum's).`,
  sensitivity: `Usage: forum-sim sensitivity SCENARIO [--runs N] [--param PATH]... [--json] [--report DIR] [options]

One-at-a-time sensitivity: holds each parameter at the low end of its range, then at the high
end, runs the forum N times at each setting on the same N seeds (every other parameter drawn from
its spread as usual), and ranks the parameters by the swing |P(high) - P(low)| of the probability
of a consensus text (a text agreed, whatever the product) or of --outcome. Draws the largest swings as a tornado chart around the baseline
probability (the scenario as given): \`-\` reaches P at the low end, \`+\` at the high end,
\`#\` where both reach. The swung parameter is held exactly (a spread of zero width, as with
--set PATH=V:V:V), not drawn. Runs: N x (1 + 2 x parameters); by default every scalar parameter
that moves a run (reservation, patience, capability, faceSensitivity, risk) of every seated
delegation.

Options:
  --runs N            runs per setting (default 200)
  --param PATH        swing only these (repeatable, or comma-separated): ACTOR.PATH, any
                      numeric parameter (USA.reservation, KHM.positions.ukraine.salience,
                      RUS.walkout.USA); ACTOR, its scalar parameters; or a scalar's name
                      (reservation: that parameter of every seated delegation)
  --ends range|spread the two values: the ends of the valid range (default: can it decide
                      the outcome at all?) or of the spread each run draws it from (does the
                      scenario's uncertainty about it matter?)
  --outcome KIND      the event whose probability swings (default consensus-text: a text
                      agreed, whatever the product; also joint-statement, chair-statement,
                      no-statement, adopted, rejected, vetoed)
  --top K             bars drawn (default 20, the largest swings); --json gives all
  --seed S            master seed (default 1); setting runs use seeds S/0 .. S/N-1
  --workers W         worker threads (default: one per core); results do not depend on it
  --set PATH=VALUE    a change under every setting (repeatable), as for run
  --params FILE       a YAML/JSON file of PATH: VALUE changes (applied before --set); note
                      --params is a file of changes, as in run; --param names what swings
  --json              every number: baseline, and per parameter its two values, P at each
                      with the 95% Wilson interval, and the swing
  --report DIR        also write the tornado (the --top swings; grey where both ends' intervals
                      overlap the baseline's: noise) as HTML, SVG, PNG and JSON to DIR
  -h, --help          this help

The chart fits the terminal (80 columns when not a terminal), in colour on a terminal unless
NO_COLOR is set. Progress goes to stderr when it is a terminal.`,
  compare: `Usage: forum-sim compare SCENARIO --against PATH=VALUE... [--set PATH=VALUE]... [--runs N]
         [--seed S] [--workers W] [--json] [--csv FILE] [--report DIR]

A paired what-if. Arm A is the forum with --params and --set; arm B is arm A with the --against
changes on top. Both arms run on the same N seeds (run i of each uses seed S/i, as run i of a
sweep does), so every seed is a matched pair. For each outcome, and for consensus-text (a text
agreed, whatever the product), reports its share under A and under B, the difference B - A with
its 95% interval for paired data (Newcombe's method 10), and the seeds on which it appeared
(gained) or vanished (lost); then the seeds whose product changed, and how.

Options:
  --against PATH=VALUE  what arm B changes (repeatable; required), in --set's syntax, e.g.
                        --against USA.rank=deputy --against CHN.patience=0.8
  --set PATH=VALUE      a change under both arms (repeatable), as for run
  --params FILE         a YAML/JSON file of PATH: VALUE changes under both arms (before --set)
  --runs N              seeds (default 1000); 2 x N runs
  --seed S              master seed (default 1)
  --workers W           worker threads (default: one per core); results do not depend on it
  --json                every number, stamped with the scenario, its hash, both arms'
                        overrides, the seed, the runs and the version
  --csv FILE            also write one CSV row per event (an existing file is never overwritten)
  --report DIR          also write the paired differences as a chart (SVG, PNG) and an HTML page
  -h, --help            this help

Progress goes to stderr on a terminal. Ctrl-C stops the runs, reports the seeds run under both
arms so far and exits 130 (the --csv file is then not written).

SCENARIO may also be a sequence (e.g. phnom-penh-2022): chain i of both arms runs on seed S/i, and
the report gives, meeting by meeting, each product, consensus-text and a walkout under A and B
with B - A and its paired interval. --against takes MEETING:PATH=VALUE for one meeting and
carry... for the carry-over, as --set does for run SEQUENCE, e.g.
  forum-sim compare phnom-penh-2022 --against eas-fmm-2022:USA.walkout.RUS=1`,
  prim: `Usage: forum-sim prim FILE... [--outcome KIND] [--derive NAME=FN(...)]... [--json] [options]

Scenario discovery (PRIM, Friedman & Fisher 1999, as in the EMA Workbench) over the runs of a
sweep or design --out FILE (or its shards' files together, checked as merge checks them): the box
of inputs (each between bounds) where the outcome is likely.
The inputs are what the runs varied: the drawn values of sweep --vary parameters and a design
point's overrides; numeric ones only. Peeling cuts a slice of --alpha of the box's runs off one
end of one input at a time, the slice that raises the density most per run removed, down to
--min-mass of the runs: the trajectory trades coverage (share of the runs with the outcome that
are in the box) for density (P of the outcome in the box). The chosen box is the widest whose
density reaches --threshold, or else the widest within the 95% interval of the densest box's;
restrictions the noise explains (quasi-p-value above 0.05, a one-sided hypergeometric test) are
dropped, then the box is pasted (grown back a slice at a time while that raises its density).
Deterministic: the runs are taken in index order, however many workers or shards wrote them.

Options:
  --outcome KIND      the event (default consensus-text: a text agreed, whatever the product;
                      also joint-statement, chair-statement, no-statement, adopted, rejected, vetoed)
  --derive NAME=FN(ACTOR,...).PATH
                      an input computed from others (repeatable), FN min, max or mean:
                      minWest=min(USA,AUS,JPN,NZL,KOR).patience is the least of their patience,
                      so "while any of them has patience < 0.3" is one box edge;
                      NAME=FN(INPUT,...) names whole inputs
  --threshold P       choose the widest box with density at least P
  --min-coverage C    choose only among boxes with coverage at least C (default 0.5 without
                      --threshold)
  --alpha A           share of the box's runs per peel or paste (default 0.05)
  --min-mass M        smallest share of all runs a box keeps (default 0.05)
  --json              the box, its restrictions (bounds, quasi-p-values), the trajectory and the
                      report's prim chart as JSON
  --report DIR        also write the box as a chart (SVG, PNG) and an HTML page
  -h, --help          this help`,
  table: `Usage: forum-sim table FILE... [--csv OUT] [--arrow OUT]

Writes one row per run of a sweep or design --out FILE (or its shards' files together, checked
as merge checks them), in run order: run, seed, outcome,
text_adopted (TRUE/FALSE: a consensus text agreed), rounds, capped, blockers (ACTOR:ISSUE ...),
error (a run that failed), text_ISSUE (the rung adopted per paragraph, omit for one left out) and
one column per input the runs varied (a sweep's --vary draws, a design point's overrides). The
CSV has the columns of sweep --csv-runs; the Arrow IPC file (Feather v2) the same, typed, for
pandas (pd.read_feather) and R (arrow::read_feather). An existing OUT is never overwritten.

Options:
  --csv OUT           the CSV file
  --arrow OUT         the Apache Arrow IPC file
  -h, --help          this help`,
  params: `Usage: forum-sim params [ACTOR] [--scenario SCENARIO] [--json]

Without ACTOR: every tunable, from the one registry (src/domain/tunables.ts) and the forum
settings --set forum.FIELD takes, with its range and the mechanism it feeds. With ACTOR: each
of that delegation's parameters at SCENARIO (default arf-2022), as --set ACTOR.PATH names it,
with its value, range, what it feeds and its provenance (from the profile files under
scenarios/actors/ and the forum's own overrides).

Options:
  --scenario S        the forum whose delegation is shown (default arf-2022)
  --json              the same as JSON
  -h, --help          this help`,
  ui: `Usage: forum-sim ui [SCENARIO] [--seed S]

Opens the terminal UI: pick a scenario, watch it negotiate, step it, edit a delegation, compare runs.
SCENARIO may also be a sequence (e.g. phnom-penh-2022): the UI then plays the chain for the seed
a meeting at a time, with a strip of the meetings on top, what carried into the current one as
letters on the delegation grid, and ] / [ (or right / left) for the next or previous meeting.`,
  design: `Usage: forum-sim design SCENARIO --factor PATH=SPEC... --kind factorial|lhs|sobol --out FILE.jsonl
         [--samples N] [--levels L] [--runs-per-point R] [--seed S] [--set PATH=VALUE]...
         [--shard K/N] [--resume] [--workers W] [--json | --csv] [--csv-runs FILE.csv]
         [--report DIR]

Runs an experiment design over any parameter or forum setting: each point of the design is a set
of --set changes, run R times. The runs stream to the --out file in the sweep's JSONL format (a
header with the design, then one line per run whose inputs.overrides hold the point's values, so
\`forum-sim run SCENARIO --inputs LINE.json\` replays it); shards, --resume and \`forum-sim merge\`
work as for a sweep, and the summary is the sweep's, over every run of the design. The points are
the same for a seed, and every point is run on the seeds S/0 .. S/R-1 (common random numbers: the
difference between two points is the factors', not luck's).

Options:
  --factor PATH=SPEC  a factor (repeatable): PATH as for --set, SPEC a range LO..HI (whole
                      numbers only for a whole-number setting such as forum.roundLimit) or
                      levels a,b,c, e.g. --factor CHN.patience=0.1..0.9
                      --factor forum.roundLimit=4..12 --factor forum.chair=KHM,SGP
  --kind K            factorial: every combination of the factors' levels (L values evenly spread
                      over each range); lhs: a Latin hypercube of N points (each factor's range cut
                      in N strata, one point in each); sobol: Saltelli's scheme for Sobol indices,
                      N base samples -> N x (factors + 2) points (analyse with \`forum-sim sobol\`)
  --samples N         lhs: points (default 100); sobol: base samples (default 64)
  --levels L          factorial: values of each LO..HI factor (default 3)
  --runs-per-point R  runs at each point (default 10)
  --seed S            master seed of the points and the runs (default 1)
  --set PATH=VALUE    a change applied at every point (repeatable); --params FILE as for run
  --shard K/N         run only the K-th of N slices of the runs (merge or analyse the N files)
  --out FILE.jsonl    the runs (required); an existing file is never overwritten
  --resume            complete the --out file of an interrupted design (same options)
  --workers W         worker threads (default: one per core); the file is the same for any W
  --full-inputs, --csv-runs FILE, --json, --csv   as for sweep
  --report DIR        also write charts (SVG, PNG) and an HTML page: the outcome shares and, for
                      a factorial or lhs design, P(consensus text) against each numeric factor
  -h, --help          this help`,
  sobol: `Usage: forum-sim sobol FILE... [--outcome consensus-text|OUTCOME] [--bootstrap B] [--seed S] [--json]
                       [--report DIR]

First-order and total Sobol indices of each factor of a sobol design (\`forum-sim design --kind
sobol\`), from its --out file or the files of its shards (given together): how much of the
variance of P(OUTCOME) at a point each factor explains alone (first order, Saltelli 2010) and with
all its interactions (total, Jansen 1999), each with a 95% bootstrap interval. A total far above
the first order means the factor acts through interactions; a total near 0, that it does not
matter over its range. Base samples with a point missing (an unfinished shard) are left out, and
said so.

Options:
  --outcome O         consensus-text (default: a text agreed, whatever the product) or an outcome
                      (joint-statement, chair-statement, no-statement, adopted, rejected, vetoed)
  --bootstrap B       bootstrap resamples of the base samples (default 1000)
  --seed S            seed of the bootstrap (default 1)
  --json              the indices as JSON
  --report DIR        also write the indices as a chart (SVG, PNG) and an HTML page
  -h, --help          this help`,
};
