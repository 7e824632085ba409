#!/usr/bin/env bash
# Fills the demo store with a generated data set when it holds no case events yet.
set -euo pipefail
cli=$1 dir=$2 db=$3
mkdir -p "$dir"
events=0
if [[ -f "$db" ]]; then
  events=$(sqlite3 "$db" "SELECT count(*) FROM case_event" 2>/dev/null || echo 0)
fi
if [[ "$events" -gt 0 ]]; then
  echo "demo: $db already holds $events case events"
  exit 0
fi
echo "demo: generating about 50,000 cases over the 10 days ending now into $dir/data"
"$cli" simulate history --out "$dir/data" --seed 7 --cases 50000 --days 10 --employees 6000 --products 5000
"$cli" import --db "$db" "$dir/data"
