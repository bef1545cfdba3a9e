#!/usr/bin/env bash
# Fails when a C++ source or header deviates from .clang-format (the QGIS compatibility
# shims in maps/qgis_compat/ are copies of QGIS headers and stay as they are).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bad=()
while IFS= read -r file; do
  clang-format --dry-run -Werror "$file" >/dev/null 2>&1 || bad+=("$file")
done < <(git ls-files '*.cpp' '*.h' | grep -v '^maps/qgis_compat/')
if [ ${#bad[@]} -gt 0 ]; then
  echo "check-format: not clang-formatted (run clang-format -i on them):" >&2
  printf '  %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "check-format: every C++ file is clang-formatted"
