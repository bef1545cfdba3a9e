#!/usr/bin/env bash
# Builds the QGIS-free libraries (analysis, presentation) and their tests against Qt 6 and
# runs them.
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
QT_QPA_PLATFORM=offscreen ctest --output-on-failure "$@"
