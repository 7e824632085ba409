#!/usr/bin/env bash
# Starts the desktop app on the demo store, fed live by the simulator: `simulate stream` appends events
# to DIR/stream.jsonl and the app follows that file (a session-only Live source), so a new user sees the
# dashboard move at once. Without a display it says so and points at carepulse-cli.
set -euo pipefail
app=$1 cli=$2 db=$3 dir=${4:-$(dirname "$db")}
rate=${STREAM_RATE:-20}
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && "${QT_QPA_PLATFORM:-}" != offscreen ]]; then
  echo "run: there is no display (DISPLAY is not set), so the desktop cannot open."
  echo "  The same work on the command line:"
  echo "    $cli kpi --db $db --format table"
  echo "    $cli breaches --db $db --group-by center,manager --format table"
  echo "    $cli simulate stream --to file:$dir/stream.jsonl --rate $rate &  $cli tail --db $db --file $dir/stream.jsonl"
  echo "  Or run the app under a virtual display: xvfb-run -a make run"
  exit 0
fi
stream="$dir/stream.jsonl"
# The same seed, employees and products as the demo history (scripts/make-demo.sh): streamed cases
# name members the store knows.
"$cli" simulate stream --to "file:$stream" --rate "$rate" --seed 7 --employees 6000 --products 5000 --quiet &
simulator=$!
trap 'kill "$simulator" 2>/dev/null || true' EXIT
echo "run: the simulator streams $rate events/s into $stream; the app follows it (Live page)."
"$app" --db "$db" --tail "file:$stream"
