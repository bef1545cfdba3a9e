#!/usr/bin/env bash
# README command 2: install what is needed, build, and run the whole test suite headless.
# Extra arguments go to ctest (e.g. -L analysis, -LE cbs, -R import).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${WIJK_BUILD_DIR:-$root/build}"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
cd "$build"
# The tests labelled `postgres` need a server: a throwaway cluster for this run.
QT_QPA_PLATFORM=offscreen "$root/scripts/with-postgres.sh" ctest --output-on-failure "$@"
