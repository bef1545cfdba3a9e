#!/usr/bin/env bash
# Screenshots of the real workbench on its demo, under a virtual X display (Xvfb):
# Dutch and English, every map mode, at laptop size (1366x768) and one at 1920x1080.
# Usage: scripts/screenshots.sh [build-dir]   (default: ./build) -> docs/screenshots/*.png
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
app="$build/app/wijkmonitor"
out="$root/docs/screenshots"
[[ -x "$app" ]] || { echo "No $app; build first (scripts/build.sh)" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt-get install xvfb)" >&2; exit 1; }
mkdir -p "$out"
# A throw-away home: settings and the generated demo never touch the user's own.
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
export XDG_RUNTIME_DIR="$home/run" WIJK_NO_SETTINGS=1
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

shot() { # file size screen [options...]
  local file="$1" size="$2" screen="$3"
  shift 3
  xvfb-run -a -s "-screen 0 ${screen}x24" "$app" --demo --screenshot "$out/$file" \
    --size "$size" --indicator pct_laag_inkomen "$@" 2>/dev/null
  echo "$out/$file"
}

for lang in nl en; do
  for mode in value change trend signals; do
    shot "workbench-$lang-$mode.png" 1366x768 1366x768 --lang "$lang" --mode "$mode"
  done
  shot "workbench-$lang-signals-list.png" 1366x768 1366x768 --lang "$lang" --mode signals \
    --raise signalsDock
done
shot "workbench-nl-1920.png" 1920x1080 1920x1080 --lang nl --mode trend --raise scatterDock
# The demo converted to its 2020 buurt division: the split buurt's earlier years are estimates.
shot "crosswalk-division.png" 1366x768 1366x768 --lang nl --level buurt --division 2020 \
  --indicator pct_65plus \
  --select BU99990906
