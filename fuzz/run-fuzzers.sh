#!/usr/bin/env bash
# Runs every fuzz target for SECONDS seconds, seeded from the real data and the test fixtures.
set -euo pipefail
build=$1
seconds=${2:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
for target in fuzz_event_tsv fuzz_json_lines fuzz_json_array fuzz_dimension; do
  corpus="$build/corpus/$target"
  mkdir -p "$corpus"
  cp -n "$root"/tests/fixtures/*/* "$corpus"/ 2>/dev/null || true
  head -c 20000 "$root/resources/futurecart/futurecart_case_country_details.txt" > "$corpus/country.tsv"
  echo "fuzz: $target for ${seconds}s"
  "$build/fuzz/$target" -artifact_prefix="$build/" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -print_final_stats=1 \
    "$corpus" 2>&1 | tail -n 12
done
