#!/usr/bin/env bash
# README command 1: install what is needed, build, and open the workbench on its demo.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
exec "${WIJK_BUILD_DIR:-$root/build}/app/wijkmonitor" --demo "$@"
