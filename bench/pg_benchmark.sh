#!/usr/bin/env bash
# Team workspace benchmark (docs/benchmarks.md, "Team workspace on PostgreSQL"): the national
# extract (18,700 regions x 100 indicators x 10 years = 18.7 M observations) imported into a
# GeoPackage and into PostgreSQL on loopback, one after the other on the same machine; the
# window opening both to a first map; `pull` of one gemeente from the national database and
# the window opening the pulled file. Starts its own throwaway cluster with durable settings
# (fsync, synchronous_commit and full_page_writes on) tuned as a server for bulk loads would
# be (below), and removes it at the end.
#
# usage: bench/pg_benchmark.sh [BUILD_DIR] [WORK_DIR]
#   RUNS=N         import pairs (GeoPackage, then PostgreSQL), default 2
#   GEMEENTE=CODE  the gemeente to pull, default GM0170
#   SKIP_IMPORT=1  reuse the workspaces of an earlier run in WORK_DIR (cluster in WORK_DIR/pg)
#   KEEP_CLUSTER=1 keep the cluster in WORK_DIR/pg at the end (for SKIP_IMPORT, or to look)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
work="${2:-${TMPDIR:-/tmp}/wijk-pg-bench}"
runs="${RUNS:-2}"
gemeente="${GEMEENTE:-GM0170}"
cli="$build/app/wijkmonitor-cli"
gui="$build/app/wijkmonitor"
[ -x "$cli" ] && [ -x "$gui" ] || { echo "build $cli and $gui first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 1; }
bindir="${WIJK_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
[ -x "$bindir/initdb" ] || { echo "no initdb (scripts/install-deps.sh)" >&2; exit 1; }

mkdir -p "$work"
work="$(cd "$work" && pwd)"
extract="$work/national"
if [ ! -s "$extract/observations.csv" ]; then
  python3 "$root/bench/generate_import_extract.py" "$extract"
fi
rows=$(($(wc -l < "$extract/observations.csv") - 1))

# --- the cluster -------------------------------------------------------------------------
as_server=()
if [ "$(id -u)" -eq 0 ]; then as_server=(runuser -u postgres --); fi
pgdata="$work/pg"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
# Durable (fsync, synchronous_commit, full_page_writes at their defaults: on). Tuned for bulk
# loads as a server would be: larger shared buffers, WAL buffers and maximum WAL size (no
# checkpoint in the middle of a load), more memory for index builds.
settings=(
  -c shared_buffers=2GB -c wal_buffers=64MB -c max_wal_size=16GB -c checkpoint_timeout=30min
  -c maintenance_work_mem=1GB -c work_mem=64MB -c effective_cache_size=8GB
)
started=0
cleanup() {
  if [ "$started" = 1 ]; then
    "${as_server[@]}" "$bindir/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null 2>&1 || true
  fi
  [ -n "${KEEP_CLUSTER:-}" ] || rm -rf "$pgdata"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
if [ ! -s "$pgdata/PG_VERSION" ]; then
  rm -rf "$pgdata"
  mkdir -p "$pgdata"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$pgdata"; fi
  "${as_server[@]}" "$bindir/initdb" -D "$pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; exit 1; }
fi
chmod 755 "$work"
"${as_server[@]}" "$bindir/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w -t 120 \
  -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 ${settings[*]}" start >/dev/null
started=1
psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
"${psql[@]}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'wijk'" | grep -q 1 ||
  { "${psql[@]}" -d postgres -c "CREATE DATABASE wijk" && "${psql[@]}" -d wijk -c "CREATE EXTENSION postgis"; }
uri="postgresql://postgres@127.0.0.1:$port/wijk?schema=national"
echo "PostgreSQL $("${psql[@]}" -d wijk -tAc 'SHOW server_version') at $uri"
echo "settings: fsync=$("${psql[@]}" -d wijk -tAc 'SHOW fsync') synchronous_commit=$("${psql[@]}" -d wijk -tAc 'SHOW synchronous_commit') full_page_writes=$("${psql[@]}" -d wijk -tAc 'SHOW full_page_writes') ${settings[*]}"

# --- measuring ---------------------------------------------------------------------------
load() { cut -d' ' -f1-3 /proc/loadavg; }
measure() { # label, command...
  local label="$1"; shift
  local log="$work/$label.time"
  local before; before="$(load)"
  /usr/bin/time -v "$@" > "$work/$label.out" 2> "$log" || { cat "$work/$label.out" "$log" >&2; return 1; }
  local wall user sys rss secs
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}')
  user=$(grep "User time" "$log" | awk '{print $NF}')
  sys=$(grep "System time" "$log" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
  secs=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  printf '%-28s wall %7.1f s  client cpu %6.1f s  peak %5d MiB  load %s -> %s\n' \
    "$label" "$secs" "$(echo "$user $sys" | awk '{print $1 + $2}')" $((rss / 1024)) \
    "$before" "$(load)"
}
open_window() { # label, workspace
  local label="$1" ws="$2"
  echo "$label (load $(load)):"
  HOME="$work/home" XDG_RUNTIME_DIR="$work/xdg" WIJK_NO_SETTINGS=1 QT_QPA_PLATFORM=offscreen \
    "$gui" "$ws" --benchmark-open 2>"$work/$label.err" | sed 's/^/  /' ||
    { cat "$work/$label.err" >&2; return 1; }
}
mkdir -p "$work/home" "$work/xdg"
chmod 700 "$work/xdg"

echo "observations: $rows"
if [ -z "${SKIP_IMPORT:-}" ]; then
  for run in $(seq 1 "$runs"); do
    rm -f "$work/ws.gpkg" "$work/ws.gpkg-journal"
    "${psql[@]}" -d wijk -c "DROP SCHEMA IF EXISTS national CASCADE" 2>/dev/null
    "${psql[@]}" -d wijk -c "CHECKPOINT"
    sync
    measure "run$run-gpkg-import" "$cli" import --workspace "$work/ws.gpkg" "$extract"
    sync
    measure "run$run-pg-import" "$cli" import --workspace "$uri" "$extract"
  done
  # The server's own floor for what the import stores: psql's binary \copy of each
  # indicator's rows (as stored, in key order) into a new table of its own, in one
  # transaction; then the same with each table's primary key (region_id, period) built after
  # its rows, as the import does for every new partition (without its statistics and the
  # attaching).
  floor="$work/floor"
  rm -rf "$floor" && mkdir -p "$floor"
  chmod 755 "$floor"
  indicators="$("${psql[@]}" -d wijk -tAc "SELECT string_agg(id::text, ' ' ORDER BY id) FROM national.indicators")"
  for i in $indicators; do
    echo "\\copy (SELECT * FROM national.observations WHERE indicator_id = $i ORDER BY region_id, period) TO '$floor/$i.bin' WITH (FORMAT binary)"
  done | "${psql[@]}" -d wijk
  floor_script() { # with keys: 1 or 0
    echo "BEGIN;"
    for i in $indicators; do
      echo "CREATE TABLE public.copy_floor_$i (LIKE national.observations INCLUDING DEFAULTS);"
      echo "\\copy public.copy_floor_$i FROM '$floor/$i.bin' WITH (FORMAT binary)"
    done
    if [ "$1" = 1 ]; then
      for i in $indicators; do echo "ALTER TABLE public.copy_floor_$i ADD PRIMARY KEY (region_id, period);"; done
    fi
    echo "COMMIT;"
  }
  drop_floor() { echo "SET client_min_messages = warning;"; for i in $indicators; do echo "DROP TABLE IF EXISTS public.copy_floor_$i;"; done; echo "CHECKPOINT;"; }
  drop_floor | "${psql[@]}" -d wijk
  floor_script 0 > "$floor/copy.sql"
  measure "psql-copy-per-indicator" "${psql[@]}" -d wijk -f "$floor/copy.sql"
  drop_floor | "${psql[@]}" -d wijk
  floor_script 1 > "$floor/copy-then-keys.sql"
  measure "psql-copy-then-keys" "${psql[@]}" -d wijk -f "$floor/copy-then-keys.sql"
  drop_floor | "${psql[@]}" -d wijk
  rm -rf "$floor"
  # observations is partitioned (one partition per indicator): the sizes of its partitions.
  db_size="$("${psql[@]}" -d wijk -tAc "SELECT pg_size_pretty(sum(pg_total_relation_size(relid))) || ' in ' || count(*) FILTER (WHERE isleaf) || ' partitions' FROM pg_partition_tree('national.observations')")"
  echo "GeoPackage $(du -h "$work/ws.gpkg" | cut -f1), PostgreSQL observations with their keys $db_size"
fi

open_window "window-open-gpkg" "$work/ws.gpkg"
open_window "window-open-pg" "$uri"
open_window "window-open-pg-again" "$uri"

rm -f "$work/pulled.gpkg"
measure "pull-$gemeente" "$cli" pull --from "$uri" --to "$work/pulled.gpkg" --gemeente "$gemeente"
cat "$work/pull-$gemeente.out"
open_window "window-open-pulled" "$work/pulled.gpkg"
echo "load average at the end: $(load)"
