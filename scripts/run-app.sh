#!/usr/bin/env bash
# Starts the desktop app on the demo store, or explains what to do without a display.
set -euo pipefail
app=$1 cli=$2 db=$3
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && "${QT_QPA_PLATFORM:-}" != offscreen ]]; then
  echo "run: there is no display (DISPLAY is not set)."
  echo "  Use the command line instead, e.g.: $cli import --db $db PATH"
  echo "  Or run the app under a virtual display: xvfb-run -a $app --db $db"
  exit 0
fi
exec "$app" --db "$db"
