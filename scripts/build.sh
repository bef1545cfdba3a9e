#!/usr/bin/env bash
# Configures and builds the Qt 5 product into ./build (or $WIJK_BUILD_DIR).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${WIJK_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_PREFIX_PATH=/usr "$@"
cmake --build "$build" -j"$(nproc)"
