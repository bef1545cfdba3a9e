#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL/PostGIS cluster: initdb in a temporary folder,
# a server on a free loopback port, a database with the postgis extension. The command gets
# its address in WIJK_TEST_PG_URI (postgresql://postgres@127.0.0.1:PORT/wijk_test, trust
# authentication on loopback only). The cluster is stopped and removed when the command ends,
# also when it fails or is interrupted; the command's exit status is kept.
#   scripts/with-postgres.sh ctest --output-on-failure
# As root (CI) the server runs as the `postgres` system user (PostgreSQL refuses root).
set -euo pipefail
if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi
bindir="${WIJK_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
if [ ! -x "$bindir/initdb" ]; then
  echo "with-postgres: no initdb found (install postgresql-15: scripts/install-deps.sh)" >&2
  exit 1
fi
as_server=()
if [ "$(id -u)" -eq 0 ]; then as_server=(runuser -u postgres --); fi

tmp="$(mktemp -d /tmp/wijk-pg.XXXXXX)"
chmod 755 "$tmp"
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$tmp"; fi
started=0
cleanup() {
  if [ "$started" = 1 ]; then
    "${as_server[@]}" "$bindir/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"${as_server[@]}" "$bindir/initdb" -D "$tmp/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
  --no-sync >"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log" >&2; exit 1; }
# fsync off: the cluster is thrown away; durability is PostgreSQL's business, not the tests'.
if ! "${as_server[@]}" "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 60 \
  -o "-p $port -k $tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null; then
  cat "$tmp/server.log" >&2
  exit 1
fi
started=1
psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
"${psql[@]}" -d postgres -c "CREATE DATABASE wijk_test" >/dev/null
"${psql[@]}" -d wijk_test -c "CREATE EXTENSION postgis" >/dev/null
export WIJK_TEST_PG_URI="postgresql://postgres@127.0.0.1:$port/wijk_test"
echo "with-postgres: PostgreSQL $("${psql[@]}" -d wijk_test -At -c 'SHOW server_version') with PostGIS $("${psql[@]}" -d wijk_test -At -c 'SELECT postgis_lib_version()') at $WIJK_TEST_PG_URI"
status=0
"$@" || status=$?
exit "$status"
