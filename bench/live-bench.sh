#!/usr/bin/env bash
# Live ingestion (issue 4): `carepulse-cli simulate stream` over TCP into `carepulse-cli tail --listen`
# on a store that already holds data set S, with the books loaded and a KPI snapshot every second.
# Prints the sustained events/s from TCP into the store and the books, and the event-to-snapshot
# latency p50/p99. Goals (quality-bars.md): >= 100,000 events/s, p99 <= 2 s.
#   bench/live-bench.sh BUILD_DIR STORE [RATE] [COUNT]
set -euo pipefail
build=$1
store=$2
rate=${3:-${LIVE_RATE:-100000}}
count=${4:-${LIVE_COUNT:-1500000}}
cli="$build/bin/carepulse-cli"
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$cli" tail --db "$store" --listen "127.0.0.1:$port" --stop-when-idle 3000 --quiet > "$work/tail.out" 2> "$work/tail.err" &
tail_pid=$!
# Wait until it listens (it loads the books of the store first).
for _ in $(seq 1 600); do
  if python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null; then break; fi
  sleep 0.1
done
"$cli" simulate stream --to "tcp:127.0.0.1:$port" --rate "$rate" --count "$count" --quiet > "$work/stream.out" 2>&1
wait "$tail_pid"
python3 - "$work/tail.out" "$rate" "$count" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
rate, count = int(sys.argv[2]), int(sys.argv[3])
def grab(pattern):
    m = re.search(pattern, text)
    return m.group(1).replace(",", "") if m else "?"
sustained = grab(r"sustained ([\d,]+) events/s")
p50 = grab(r"p50 (\d+) ms")
p99 = grab(r"p99 (\d+) ms")
applied = grab(r"tail: ([\d,]+) events")
print(f"\nLive, TCP into a store holding data set S (simulate stream --rate {rate:,} --count {count:,})")
print(f"{'what':<52} {'value':>12}")
print(f"{'events applied (store and books)':<52} {int(applied) if applied != '?' else '?':>12,}")
print(f"{'sustained events/s (first event to last commit)':<52} {int(sustained) if sustained != '?' else '?':>12,}")
print(f"{'event-to-snapshot latency p50 (ms)':<52} {p50:>12}")
print(f"{'event-to-snapshot latency p99 (ms)':<52} {p99:>12}")
print("goals (quality-bars.md): >= 100,000 events/s sustained, p99 <= 2,000 ms")
PY
