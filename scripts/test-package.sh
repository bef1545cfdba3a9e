#!/usr/bin/env bash
# CI (after the test suite): builds the Debian package, checks it with lintian, installs it
# on this machine with apt-get, runs the installed programs from /usr/bin outside the source
# tree (demo, import, report, memo, the GUI under Xvfb), removes the package and checks that
# none of its files is left. Needs root or sudo; changes the machine's installed packages.
# The lintian output and `dpkg -L wijkmonitor` go to $WIJK_PACKAGE_REPORT_DIR (default
# ./build/package-test).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${WIJK_BUILD_DIR:-$root/build}"
report="${WIJK_PACKAGE_REPORT_DIR:-$build/package-test}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
started=$SECONDS
fail() { echo "test-package: FAIL: $*" >&2; exit 1; }
step() { echo "== test-package: $* ($((SECONDS - started)) s)"; }

step "building the package"
deb="$("$root/scripts/package.sh" | tail -n 1)"
[ -f "$deb" ] || fail "scripts/package.sh made no package"
mkdir -p "$report"
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB)"

step "lintian"
# Errors fail the run; the warnings that stay are listed with their reasons in docs/packaging.md.
lintian --info --fail-on error "$deb" </dev/null | tee "$report/lintian.txt" \
  || fail "lintian reports errors (see $report/lintian.txt)"

step "installing with apt-get"
if dpkg-query -W -f='${Status}' wijkmonitor 2>/dev/null | grep -q "install ok installed"; then
  $sudo apt-get purge -y -q wijkmonitor </dev/null
fi
$sudo apt-get install -y -q --no-install-recommends "$deb" </dev/null
# A failed check must not leave the package on the machine.
work=""
cleanup() {
  if [ -n "$work" ]; then rm -rf "$work"; fi
  if dpkg-query -W -f='${Status}' wijkmonitor 2>/dev/null | grep -q "install ok installed"; then
    $sudo apt-get purge -y -q wijkmonitor </dev/null >/dev/null || true
  fi
}
trap cleanup EXIT
dpkg -L wijkmonitor | sort > "$report/dpkg-L.txt"
echo "dpkg -L wijkmonitor: $(wc -l < "$report/dpkg-L.txt") paths"
for program in /usr/bin/wijkmonitor /usr/bin/wijkmonitor-cli; do
  [ -x "$program" ] || fail "$program is not installed"
  # Nothing may point into the source or build tree: no library from it, no path in it.
  if ldd "$program" | grep -F -e "$root" -e "$build"; then fail "$program links from the tree"; fi
  if grep -a -q -F -e "$root" "$program"; then fail "$program holds the path $root"; fi
done

step "desktop entry, metainfo, manual pages"
desktop-file-validate /usr/share/applications/nl.wijkmonitor.Workbench.desktop
appstreamcli validate --no-net /usr/share/metainfo/nl.wijkmonitor.Workbench.metainfo.xml
for size in 16x16 32x32 48x48 256x256 scalable; do
  ls /usr/share/icons/hicolor/$size/apps/wijkmonitor.* >/dev/null || fail "no $size icon"
done

# A throw-away home and working folder, away from the source tree; the tree's programs are
# not on the PATH and the build tree's libraries are not on the library path.
work="$(mktemp -d)"
cd "$work"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run" LC_ALL=C.UTF-8
unset XDG_DATA_HOME XDG_CONFIG_HOME LD_LIBRARY_PATH WIJK_NO_SETTINGS WIJK_LANG
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export PATH="/usr/bin:/bin"
[ "$(command -v wijkmonitor-cli)" = /usr/bin/wijkmonitor-cli ] || fail "wijkmonitor-cli is not /usr/bin's"

page="$(zcat /usr/share/man/man1/wijkmonitor-cli.1.gz)"
commands="$(wijkmonitor-cli --help | sed -n 's/^  \([a-z][a-z]*\)  .*/\1/p')"
[ -n "$commands" ] || fail "wijkmonitor-cli --help lists no commands"
for command in $commands; do
  grep -q "^\.SS $command\$" <<<"$page" || fail "man wijkmonitor-cli lacks the command $command"
done
# Whole texts first, then grep: `producer | grep -q` under pipefail fails when grep stops at
# the first match and the producer, still writing, gets SIGPIPE (exit 141).
man_text="$(zcat /usr/share/man/man1/wijkmonitor.1.gz)"
grep -q -- 'demo' <<<"$man_text" || fail "man wijkmonitor lacks --demo"
echo "man wijkmonitor-cli: $(wc -w <<<"$commands") commands"

step "wijkmonitor-cli: --version, demo, import, report, memo"
for program in wijkmonitor-cli wijkmonitor; do
  $program --version | tee "$work/version.txt"
  grep -q "^$program [0-9]" "$work/version.txt" || fail "$program --version: no version"
  grep -q "^commit [0-9a-f]\{7,\}\|^commit unknown" "$work/version.txt" || fail "$program --version: no commit"
  for library in Qt QGIS GDAL GEOS PROJ SQLite; do
    grep -q "^$library [0-9]" "$work/version.txt" || fail "$program --version: no $library version"
  done
done
wijkmonitor-cli demo --out "$work/demostad"
wijkmonitor-cli import --workspace "$work/demostad.gpkg" "$work/demostad"
wijkmonitor-cli report --workspace "$work/demostad.gpkg" --region WK999902 --out "$work/profile.pdf"
wijkmonitor-cli memo --workspace "$work/demostad.gpkg" --out "$work/memo.pdf"
profile_text="$(pdftotext "$work/profile.pdf" -)"
grep -q "Oude Haven" <<<"$profile_text" || fail "the wijk profile does not name Oude Haven"
memo_text="$(pdftotext "$work/memo.pdf" -)"
grep -q "Demostad" <<<"$memo_text" || fail "the memo does not name Demostad"
named=0
for wijk in Centrum "Oude Haven" Vogelwijk "Het Hoogt" Molenkwartier "De Velden" Hoogkamp \
  "De Schans" Waterrijk "Buitengebied Noord" "Buitengebied Zuid"; do
  if grep -q "$wijk" <<<"$memo_text"; then named=$((named + 1)); fi
done
[ "$named" -gt 0 ] || fail "the memo names no wijk"
echo "profile and memo PDFs name their wijken (memo: $named of 11)"

step "wijkmonitor under Xvfb"
xvfb-run -a -s '-screen 0 1366x768x24' wijkmonitor --demo --size 1366x768 \
  --screenshot "$work/workbench.png" </dev/null
colours="$(identify -format %k "$work/workbench.png")"
echo "screenshot: $(identify -format '%wx%h' "$work/workbench.png"), $colours colours"
[ "$colours" -gt 1000 ] || fail "the screenshot has only $colours colours"
cp "$work/workbench.png" "$report/workbench-installed.png"
# The user's standard folders: the demo workspace in the data folder, nothing elsewhere.
find "$HOME" -type f | sed "s|^$HOME|~|" | sort > "$report/home-files.txt"
grep -q "/Demostad.gpkg$" "$report/home-files.txt" || fail "no demo workspace under $HOME"
if grep -v -e "^~/.config/Wijkmonitor/" -e "^~/.local/share/Wijkmonitor/" "$report/home-files.txt"; then
  fail "files outside the workbench's own folders (above)"
fi

step "removing the package"
cd /
$sudo apt-get purge -y -q wijkmonitor </dev/null
left=0
while IFS= read -r path; do
  if [ -d "$path" ]; then
    # Folders shared with other packages stay; the package's own must be gone.
    case "$path" in *wijkmonitor*) echo "left: $path" >&2; left=$((left + 1)) ;; esac
  elif [ -e "$path" ] || [ -L "$path" ]; then
    echo "left: $path" >&2
    left=$((left + 1))
  fi
done < "$report/dpkg-L.txt"
[ "$left" -eq 0 ] || fail "$left paths of the package are left after purge"
echo "test-package: OK in $((SECONDS - started)) s (report in $report)"
