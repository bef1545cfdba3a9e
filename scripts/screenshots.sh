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
  rm -f "$out/$file.json" # the views' state beside every screenshot: for tests, not docs
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
# Issue 15: the Clusters map of the buurten with the Moran scatter (and, in the trend chart,
# the median of the selected buurt's 10 most similar buurten), and the EB-geschat option.
for lang in nl en; do
  shot "workbench-$lang-clusters.png" 1366x768 1366x768 --lang "$lang" --level buurt \
    --indicator bijstand_per_1000 --mode clusters --raise moranDock
done
for lang in nl en; do
  shot "workbench-$lang-eb.png" 1366x768 1366x768 --lang "$lang" --level buurt \
    --indicator bijstand_per_1000 --eb
done
# The demo converted to its 2020 buurt division: the split buurt's earlier years are estimates.
shot "crosswalk-division.png" 1366x768 1366x768 --lang nl --level buurt --division 2020 \
  --indicator pct_65plus \
  --select BU99990906

# "Make the report" (README tour): the report dialogs and first result pages, made by the
# window test's screenshot step (tests/app/test_report_actions.cpp) under Xvfb.
report_test="$build/tests/app_test_report_actions"
if [[ -x "$report_test" ]]; then
  xvfb-run -a -s "-screen 0 1366x768x24" env WIJK_SCREENSHOT_DIR="$out" "$report_test" \
    profileOfTheSelectedWijkEqualsTheCli mapExportEqualsTheCli screenshotsForTheTour >/dev/null
  ls "$out"/report-nl-*.png
fi

# The team workspace (README, "Een teamwerkruimte"): the window on the demo imported into a
# throwaway PostgreSQL cluster, with its File menu, and the two dialogs
# (tests/app/test_pg_window.cpp, under scripts/with-postgres.sh).
pg_test="$build/tests/app_test_pg_window"
if [[ -x "$pg_test" ]]; then
  xvfb-run -a -s "-screen 0 1366x768x24" env WIJK_SCREENSHOT_DIR="$out" \
    "$root/scripts/with-postgres.sh" "$pg_test" takesTheLoginFromTheQgisAuthenticationDatabase screenshotsForTheTour >/dev/null
  ls "$out"/team-nl-*.png
fi

# With real CBS figures (README, "Met echte CBS-cijfers"): the national workspace built from
# the shared CBS files in a temporary folder (the files are only read), focus Hilversum.
cbs="$root/../shared/data/cbs"
if [[ -f "$cbs/kwb-2017-nl.csv" ]]; then
  cp "$cbs"/kwb-2017-nl.csv "$cbs"/kwb-2024-*.json "$cbs"/wijken-2017.gpkg "$home/"
  cbs="$home" # imports read copies: the shared files are never opened for writing
  cli="$build/app/wijkmonitor-cli"
  ws="$home/nl.gpkg"
  "$cli" import --workspace "$ws" "$cbs/kwb-2017-nl.csv" --format cbs-kwb --period 2017 >/dev/null
  "$cli" import --workspace "$ws" "$cbs/kwb-2024-gemeente-wijk.json" \
    --metadata "$cbs/kwb-2024-DataProperties.json" --period 2024 >/dev/null
  "$cli" import --workspace "$ws" "$cbs/wijken-2017.gpkg" >/dev/null
  for size in 1366x768 1920x1080; do
    file="workbench-cbs-hilversum-${size%%x*}.png"
    xvfb-run -a -s "-screen 0 ${size}x24" "$app" "$ws" --focus GM0402 --level wijk \
      --period 2017 --indicator Bevolkingsdichtheid --select WK040206 --lang nl \
      --screenshot "$out/$file" --size "$size" 2>/dev/null
    rm -f "$out/$file.json"
    echo "$out/$file"
  done
fi
