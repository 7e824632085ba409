#!/usr/bin/env bash
# make bench: import throughput on data set S (quality-bars.md) beside the sqlite3 shell's .import of the
# same TSV files. Medians over RUNS runs. Data sets are generated once with a fixed seed and cached.
set -euo pipefail
build=${1:-build/dev}
runs=${RUNS:-3}
cases=${BENCH_CASES:-498000}
cli="$build/bin/carepulse-cli"
data="$build/bench-data/S-$cases"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ ! -f "$data/.complete" ]]; then
  echo "bench: generating data set S ($cases cases, seed 1) into $data"
  rm -rf "$data"
  "$cli" simulate history --out "$data" --seed 1 --cases "$cases" --days 10 --end "2025-06-30 23:59:59" >/dev/null
  touch "$data/.complete"
fi
events=$(( $(wc -l < "$data/futurecart_case_details.txt") - 1 + $(wc -l < "$data/futurecart_case_survey_details.txt") - 1 ))

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
now() { date +%s.%N; }

# CarePulse: the whole folder (8 dimensions + cases + surveys) into a fresh store, end to end.
cp_times=()
dim_times=()
for ((i = 0; i < runs; i++)); do
  rm -f "$work"/cp.db*
  t0=$(now)
  "$cli" import --db "$work/cp.db" --format json "$data" > "$work/import.json"
  t1=$(now)
  cp_times+=("$(python3 -c "print($t1 - $t0)")")
  dim_times+=("$(python3 -c '
import json,sys
r=json.load(open(sys.argv[1]))
print(sum(f["seconds"] for f in r["files"] if f["kind"] not in ("cases","surveys")))' "$work/import.json")")
done
cp_s=$(printf '%s\n' "${cp_times[@]}" | median)
dim_s=$(printf '%s\n' "${dim_times[@]}" | median)

# Baseline: the sqlite3 shell importing the same case and survey TSV files into plain tables.
sq_times=()
for ((i = 0; i < runs; i++)); do
  rm -f "$work"/sq.db*
  t0=$(now)
  sqlite3 "$work/sq.db" <<SQL >/dev/null
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
.mode tabs
.import $data/futurecart_case_details.txt case_event
.import $data/futurecart_case_survey_details.txt survey
SQL
  t1=$(now)
  sq_times+=("$(python3 -c "print($t1 - $t0)")")
done
sq_s=$(printf '%s\n' "${sq_times[@]}" | median)

python3 - "$events" "$cp_s" "$sq_s" "$dim_s" "$runs" <<'PY'
import sys
events, cp, sq, dim, runs = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
print(f"\nImport, data set S: {events:,} case and survey events (median of {runs} runs)")
print(f"{'what':<52} {'seconds':>9} {'events/s':>12} {'ratio':>7}")
print(f"{'carepulse-cli import (all files, end to end)':<52} {cp:>9.2f} {events/cp:>12,.0f} {sq/cp:>6.2f}x")
print(f"{'sqlite3 shell .import (case + survey TSV only)':<52} {sq:>9.2f} {events/sq:>12,.0f} {1:>6.2f}x")
print(f"{'carepulse-cli: the 8 dimension files alone':<52} {dim:>9.2f}")
print("goals (quality-bars.md): >= 1,000,000 events/s; S in under 2 s; dimensions under 1 s")
PY
