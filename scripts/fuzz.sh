#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (analysis library, Qt 6, clang, ASan+UBSan)
# into build-fuzz/ and runs each for SECONDS (default 60), one after the other.
# Fails when any target finds a crash, a leak, a timeout or a sanitizer report; prints
# per target the executions reached and what it found (docs/fuzzing.md).
#   scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 300 fuzz_csv_reader
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-60}"
shift || true
build="${WIJK_FUZZ_BUILD_DIR:-$root/build-fuzz}"
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -DWIJK_QT_MAJOR=6 -DWIJK_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)"

if [ $# -gt 0 ]; then
  targets=("$@")
else
  targets=()
  for source in "$root"/tests/fuzz/fuzz_*.cpp; do
    targets+=("$(basename "$source" .cpp)")
  done
fi

export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=()
summary=()
for target in "${targets[@]}"; do
  name="${target#fuzz_}"
  seeds="$root/tests/fuzz/corpus/$name"
  corpus="$build/corpus/$name" # new inputs go here; the committed seeds stay as they are
  artifacts="$build/artifacts/$name/"
  log="$build/logs/$name.log"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")" "$seeds"
  options=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
           -artifact_prefix="$artifacts")
  if [ -f "$root/tests/fuzz/$name.dict" ]; then
    options+=(-dict="$root/tests/fuzz/$name.dict")
  fi
  echo "== $target: ${seconds}s"
  status=0
  "$build/tests/fuzz/$target" "${options[@]}" "$corpus" "$seeds" </dev/null >"$log" 2>&1 || status=$?
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  added=$(sed -n 's/^stat::new_units_added: *//p' "$log" | tail -1)
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
  if [ "$status" -eq 0 ]; then
    line="$target: ${executions:-?} executions, ${coverage:-cov: ?}, ${added:-0} new inputs, nothing found"
  else
    found=$(grep -m1 -E '^==[0-9]+==ERROR|runtime error|^ALARM|deadly signal|out-of-memory|LeakSanitizer|abort' "$log" || true)
    artifact=$(ls -t "$artifacts" 2>/dev/null | head -1)
    line="$target: FOUND after ${executions:-?} executions: ${found:-exit $status}; input: $artifacts$artifact; log: $log"
    failed+=("$target")
    tail -40 "$log"
  fi
  echo "$line"
  summary+=("$line")
done

echo "== fuzzing summary (${seconds}s per target)"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: ${#failed[@]} target(s) found a problem: ${failed[*]}" >&2
  exit 1
fi
