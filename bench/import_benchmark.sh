#!/usr/bin/env bash
# Import benchmark (docs/benchmarks.md, "Import"): a national-scale extract
# (18,700 regions x 100 indicators x 10 years = 18.7M observations) imported with
# wijkmonitor-cli, next to the sqlite3 shell's .import of the same observations.csv into a
# bare table. Reports wall and CPU time and peak memory (/usr/bin/time -v).
#
# usage: bench/import_benchmark.sh [BUILD_DIR] [WORK_DIR]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
work="${2:-${TMPDIR:-/tmp}/wijk-import-bench}"
cli="$build/app/wijkmonitor-cli"
[ -x "$cli" ] || { echo "build $cli first" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 1; }

mkdir -p "$work"
extract="$work/national"
if [ ! -s "$extract/observations.csv" ]; then
  python3 "$root/bench/generate_import_extract.py" "$extract"
fi
rows=$(($(wc -l < "$extract/observations.csv") - 1))

measure() { # label, command...
  local label="$1"; shift
  local log="$work/$label.time"
  /usr/bin/time -v "$@" > "$work/$label.out" 2> "$log"
  local wall user sys rss
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}')
  user=$(grep "User time" "$log" | awk '{print $NF}')
  sys=$(grep "System time" "$log" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
  # m:ss.ss -> seconds
  local secs
  secs=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  local cpu
  cpu=$(echo "$user $sys" | awk '{print $1 + $2}')
  printf '%-18s wall %8.1f s  cpu %8.1f s  peak %6d MiB  %10.0f rows/s (wall)  %10.0f rows/s (cpu)\n' \
    "$label" "$secs" "$cpu" $((rss / 1024)) "$(echo "$rows $secs" | awk '{print $1 / $2}')" \
    "$(echo "$rows $cpu" | awk '{print $1 / $2}')"
}

rm -f "$work/ws.gpkg" "$work/ws.gpkg-journal" "$work/bare.db"
cat > "$work/import.sql" <<SQL
CREATE TABLE observations (region TEXT, indicator TEXT, period INTEGER, value REAL, status TEXT);
.mode csv
.import --skip 1 $extract/observations.csv observations
SQL

echo "observations: $rows  (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
measure sqlite3-import sqlite3 "$work/bare.db" ".read $work/import.sql"
measure wijkmonitor-cli "$cli" import --workspace "$work/ws.gpkg" "$extract"
cat "$work/wijkmonitor-cli.out"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
ls -l "$work/ws.gpkg" "$work/bare.db" | awk '{print $5, $9}'
