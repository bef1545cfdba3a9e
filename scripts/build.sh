#!/usr/bin/env bash
# Configures and builds the Qt 5 product into ./build (or $WIJK_BUILD_DIR).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${WIJK_BUILD_DIR:-$root/build}"
# In CI (CI set) a compiler warning fails the build.
werror=()
if [ -n "${CI:-}" ]; then werror=(-DWIJK_WERROR=ON); fi
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_PREFIX_PATH=/usr "${werror[@]}" "$@"
cmake --build "$build" -j"$(nproc)"
