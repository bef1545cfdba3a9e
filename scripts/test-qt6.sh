#!/usr/bin/env bash
# Builds the QGIS-free libraries and their tests against Qt 6 and runs them: analysis, presentation
# and the widgets but the map (charts, table, catalogue, signals, selection). What the Qt 6 build holds
# is decided in CMakeLists.txt (WIJK_QT_MAJOR=6): a new QGIS-free library is added there.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${WIJK_QT6_BUILD_DIR:-$root/build-qt6}"
"$root/scripts/install-deps.sh"
# In CI (CI set) a compiler warning fails the build.
werror=()
if [ -n "${CI:-}" ]; then werror=(-DWIJK_WERROR=ON); fi
cmake -S "$root" -B "$build" -DWIJK_QT_MAJOR=6 -DCMAKE_BUILD_TYPE=RelWithDebInfo "${werror[@]}"
cmake --build "$build" -j"$(nproc)"
cd "$build"
# The tests labelled `postgres` need a server: a throwaway cluster for this run.
QT_QPA_PLATFORM=offscreen "$root/scripts/with-postgres.sh" ctest --output-on-failure "$@"
