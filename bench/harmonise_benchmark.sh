#!/usr/bin/env bash
# Harmonisation benchmark (docs/benchmarks.md, "Harmonisation"): moving all 18.7 M
# observations of the national benchmark workspace onto a new division, side by side with
# importing them. Target (issue #14): within 2x the import's time.
#
# The workspace is the import benchmark's (bench/generate_import_extract.py: 18,700 regions x
# 100 indicators x 2015-2024, all on the 2024 division) plus a 2025 division and the national
# crosswalk 2024 -> 2025 (bench/generate_division_extract.py: splits, merges, a wijk merger
# every tenth gemeente and one gemeente merger; everything else unchanged and unnamed).
# Timed under /usr/bin/time -v (wall, CPU of all threads, peak memory):
#   import          wijkmonitor-cli import of the national extract into a new workspace
#   move (stream)   bench_harmonise WS 2025 stream: the CLI's --division path
#   move (memory)   bench_harmonise WS 2025 memory: loadDataset + build (reports, exports)
#   move (window)   bench_harmonise WS 2025 window: the window's background switch
#   values --division 2025 / values, both --level gemeente: the CLI end to end
#
# usage: bench/harmonise_benchmark.sh [BUILD_DIR] [WORK_DIR]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
work="${2:-${TMPDIR:-/tmp}/wijk-harmonise-bench}"
cli="$build/app/wijkmonitor-cli"
bench="$build/bench/bench_harmonise"
[ -x "$cli" ] || { echo "build $cli first" >&2; exit 1; }
[ -x "$bench" ] || { echo "build $bench first (cmake --build build --target bench_harmonise)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 1; }

mkdir -p "$work"
extract="$work/national"
if [ ! -s "$extract/observations.csv" ]; then
  python3 "$root/bench/generate_import_extract.py" "$extract"
fi
if [ ! -s "$work/crosswalk-2024-2025.csv" ]; then
  python3 "$root/bench/generate_division_extract.py" "$work/division-2025" \
    "$work/crosswalk-2024-2025.csv"
fi
rows=$(($(wc -l < "$extract/observations.csv") - 1))

measure() { # label, command...
  local label="$1"; shift
  local log="$work/$label.time"
  /usr/bin/time -v "$@" > "$work/$label.out" 2> "$log"
  local wall user sys rss secs cpu
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}')
  user=$(grep "User time" "$log" | awk '{print $NF}')
  sys=$(grep "System time" "$log" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
  secs=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  cpu=$(echo "$user $sys" | awk '{print $1 + $2}')
  printf '%-22s wall %7.1f s  cpu %7.1f s  peak %6d MiB  %10.0f observations/s (wall)\n' \
    "$label" "$secs" "$cpu" $((rss / 1024)) "$(echo "$rows $secs" | awk '{print $1 / $2}')"
}

ws="$work/ws.gpkg"
rm -f "$ws" "$ws-journal" "$ws-wal"
echo "observations: $rows  (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
measure import "$cli" import --workspace "$ws" "$extract"
"$cli" import --workspace "$ws" "$work/division-2025" > /dev/null 2>&1
"$cli" crosswalk import --workspace "$ws" "$work/crosswalk-2024-2025.csv" 2>/dev/null | tail -1
measure move-stream "$bench" "$ws" 2025 stream
measure move-memory "$bench" "$ws" 2025 memory
measure move-window "$bench" "$ws" 2025 window
measure values-division "$cli" values --workspace "$ws" --level gemeente --division 2025 \
  --out "$work/values-2025.csv"
measure values "$cli" values --workspace "$ws" --level gemeente --out "$work/values.csv"
for mode in stream memory window; do
  echo "--- bench_harmonise $mode"
  cat "$work/move-$mode.out"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
