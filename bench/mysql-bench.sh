#!/usr/bin/env bash
# bench/mysql-bench.sh BUILD_DIR: the MySQL store beside the SQLite store at data set S
# (quality-bars.md): end-to-end import of the data-set folder, its event rate, and `carepulse-cli kpi`
# (open the store, build the case book from every stored event, compute the snapshot). Medians over RUNS
# runs. It starts its own MariaDB server (temporary data directory, 127.0.0.1, a free port) and always
# stops it. Data sets are generated once with a fixed seed and cached, as bench/run-bench.sh does.
set -euo pipefail
build=${1:?usage: bench/mysql-bench.sh BUILD_DIR}
runs=${RUNS:-3}
cases=${BENCH_CASES:-498000}
cli="$build/bin/carepulse-cli"
data="$build/bench-data/S-$cases"
work=$(mktemp -d /tmp/cp-mysql-bench-XXXXXX)
server_pid=""

find_program() { command -v "$1" 2>/dev/null || { [[ -x /usr/sbin/$1 ]] && echo "/usr/sbin/$1"; } || true; }
mariadbd=$(find_program mariadbd)
install_db=$(find_program mariadb-install-db)
client=$(find_program mariadb)
if [[ -z "$mariadbd" || -z "$install_db" || -z "$client" ]]; then
  echo "mysql-bench: mariadbd, mariadb-install-db and mariadb are needed (apt-get install mariadb-server)" >&2
  exit 2
fi
sql() { "$client" --no-defaults -S "$work/sock" -uroot "$@"; }

cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    sql -e "SHUTDOWN" >/dev/null 2>&1 || kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if [[ ! -f "$data/.complete" ]]; then
  echo "mysql-bench: generating data set S ($cases cases, seed 1) into $data"
  rm -rf "$data"
  "$cli" simulate history --out "$data" --seed 1 --cases "$cases" --days 10 --end "2025-06-30 23:59:59" >/dev/null
  touch "$data/.complete"
fi

# A server as a small dedicated data mart would run: 1 GiB buffer pool and redo log, durable commits.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
server_options=(--innodb-buffer-pool-size=1G --innodb-log-file-size=1G --innodb-flush-log-at-trx-commit=1)
"$install_db" --no-defaults --datadir="$work/data" --user="$(id -un)" --auth-root-authentication-method=normal \
  --skip-test-db >"$work/install.log" 2>&1
"$mariadbd" --no-defaults --datadir="$work/data" --socket="$work/sock" --port="$port" --bind-address=127.0.0.1 \
  --user="$(id -un)" "${server_options[@]}" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do
  sql -e "SELECT 1" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.2
done
version=$(sql -N -e "SELECT VERSION()")
url="mysql://root@127.0.0.1:$port/bench?ssl-mode=DISABLED"
url_tls="mysql://root@127.0.0.1:$port/bench"

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$1" "$2"; }
# Seconds spent on the case and survey files, and the events they loaded, from `import --format json`.
event_part() {
  python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
ev = [f for f in r["files"] if f["kind"] in ("cases", "surveys")]
bad = [f["path"] + ": " + f["message"] for f in r["files"] if f["status"] != "ok"]
if bad: sys.exit("import failed: " + "; ".join(bad))
print(sum(f["seconds"] for f in ev), sum(f["loaded"] for f in ev))' "$1"
}

# Each run starts from an empty store and a quiet server: the previous run's dirty pages written out.
sql -e "SET GLOBAL innodb_max_dirty_pages_pct = 0"
quiesce() {
  sql -e "DROP DATABASE IF EXISTS bench"
  for _ in $(seq 1 120); do
    [[ $(sql -N -e "SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'" | cut -f2) -lt 64 ]] && break
    sleep 0.5
  done
}

declare -A samples
measure() { # name store reset-command
  local name=$1 store=$2 reset=$3
  eval "$reset"
  local t0 t1 t2
  t0=$(now)
  "$cli" import --db "$store" --format json "$data" >"$work/import.json"
  t1=$(now)
  "$cli" kpi --db "$store" --format json >"$work/kpi-$name.json"
  t2=$(now)
  read -r event_seconds events < <(event_part "$work/import.json")
  samples[$name-import]+="$(elapsed "$t0" "$t1") "
  samples[$name-events]+="$(python3 -c "print($events / $event_seconds)") "
  samples[$name-kpi]+="$(elapsed "$t1" "$t2") "
  echo "$events" >"$work/events-$name"
}
med() { printf '%s\n' ${samples[$1]} | median; }

# Interleaved, so that whatever else the machine does weighs on each store alike.
for ((i = 0; i < runs; i++)); do
  measure sqlite "$work/store.db" 'rm -f "$work"/store.db*'
  measure mariadb "$url" quiesce
  measure mariadb_tls "$url_tls" quiesce
done
cmp -s "$work/kpi-sqlite.json" "$work/kpi-mariadb.json" && same=yes || same=NO
for key in sqlite-import mariadb-import mariadb_tls-import sqlite-kpi mariadb-kpi mariadb_tls-kpi; do
  printf '%-20s %s\n' "$key" "$(printf '%.2f ' ${samples[$key]})"
done

python3 - "$runs" "$(cat "$work/events-sqlite")" "$version" "$same" \
  "$(med sqlite-import)" "$(med mariadb-import)" "$(med mariadb_tls-import)" \
  "$(med sqlite-events)" "$(med mariadb-events)" "$(med mariadb_tls-events)" \
  "$(med sqlite-kpi)" "$(med mariadb-kpi)" "$(med mariadb_tls-kpi)" <<'PY'
import sys
runs, events, version, same = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
si, mi, ti, se, me, te, sk, mk, tk = map(float, sys.argv[5:14])
print(f"\nData set S: {events:,} case and survey events plus the dimensions; medians of {runs} runs; MariaDB {version}")
print("(1 GiB buffer pool and redo log, durable commits, over TCP on 127.0.0.1; TLS: PREFERRED, so encrypted)\n")
# The last column: how many times the time MariaDB takes is SQLite's (above 1: MariaDB is slower).
print(f"| {'what':44} | {'SQLite':>10} | {'MariaDB':>10} | {'MariaDB TLS':>11} | {'MariaDB/SQLite':>14} |")
print(f"|{'-'*46}|{'-'*12}|{'-'*12}|{'-'*13}|{'-'*16}|")
print(f"| {'import S, end to end (s)':44} | {si:10.2f} | {mi:10.2f} | {ti:11.2f} | {mi/si:13.2f}x |")
print(f"| {'case and survey events imported per second':44} | {se:10,.0f} | {me:10,.0f} | {te:11,.0f} | {se/me:13.2f}x |")
print(f"| {'kpi: open, build case book, compute (s)':44} | {sk:10.2f} | {mk:10.2f} | {tk:11.2f} | {mk/sk:13.2f}x |")
print("(MariaDB/SQLite: time taken relative to SQLite; above 1 means MariaDB is slower)")
print(f"\nkpi --format json identical from both stores: {same}")
PY
