#!/bin/bash
# A sweep of 100,000 runs of arf-2022 in 8 shards, one array task each (a Slurm job array):
#   sbatch docs/sweep/slurm-array.sh
#   sbatch --dependency=afterok:JOBID --wrap 'forum-sim merge results/arf-2022-*.jsonl --json > results/arf-2022.json'
# A task requeued or run again completes its own file with --resume.
#SBATCH --job-name=forum-sim-sweep
#SBATCH --array=1-8
#SBATCH --cpus-per-task=4
#SBATCH --mem=1G
#SBATCH --time=02:00:00
#SBATCH --output=forum-sim-sweep-%A_%a.log
set -eu
# Slurm opens the log above before this runs (so it is not in results/); the files go in results/.
mkdir -p results
SHARDS=8
OUT="results/arf-2022-shard-${SLURM_ARRAY_TASK_ID}-of-${SHARDS}.jsonl"
RESUME=""
if [ -e "$OUT" ]; then RESUME=--resume; fi
forum-sim sweep arf-2022 --runs 100000 --seed 1 --workers "$SLURM_CPUS_PER_TASK" \
  --shard "${SLURM_ARRAY_TASK_ID}/${SHARDS}" --out "$OUT" $RESUME --json
