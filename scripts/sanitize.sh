#!/usr/bin/env bash
# Builds the QGIS-free analysis library and its tests against Qt 6 with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer (-fno-sanitize-recover=all: the first
# report fails the test) into build-asan/ and runs them (docs/fuzzing.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${WIJK_ASAN_BUILD_DIR:-$root/build-asan}"
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -DWIJK_QT_MAJOR=6 -DWIJK_SANITIZE=ON -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j"$(nproc)"
cd "$build"
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# The tests labelled `postgres` need a server: a throwaway cluster for this run.
QT_QPA_PLATFORM=offscreen "$root/scripts/with-postgres.sh" ctest --output-on-failure "$@"
