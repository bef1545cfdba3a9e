#!/usr/bin/env bash
# Installs exactly the Debian 12 packages the workbench needs to build, run and test.
# Idempotent: when everything is present it only checks (no apt-get update, no download).
set -euo pipefail

packages=(
  # build
  build-essential cmake ccache pkg-config
  # Qt 5 (the product build) and Qt Linguist
  qtbase5-dev libqt5charts5-dev libqt5svg5-dev qttools5-dev qttools5-dev-tools libqt5sql5-sqlite
  # Qt's own Dutch texts (file dialogs, standard buttons): qtbase_nl.qm
  qttranslations5-l10n
  # QGIS 3.22 libraries, their data providers, GDAL and SQLite
  libqgis-dev qgis-providers libgdal-dev gdal-bin libsqlite3-dev sqlite3
  # qgsauthmanager.h (the window reads QGIS authcfg logins) includes keychain.h, which
  # libqgis-dev does not pull in
  qt5keychain-dev
  # zip archives (extract import; symlink-aware)
  libzip-dev
  # the team workspace on PostgreSQL/PostGIS (docs/team-workspace.md): libpq to build, a
  # server and PostGIS for the throwaway test cluster (scripts/with-postgres.sh)
  libpq-dev postgresql-15 postgresql-15-postgis-3
  # Qt 6 check of the QGIS-free libraries (analysis, the widgets but the map)
  qt6-base-dev libqt6opengl6-dev libxkbcommon-dev libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
  # fuzzing and sanitizers (scripts/fuzz.sh, scripts/sanitize.sh): clang with libFuzzer,
  # ASan and UBSan runtimes
  clang-14 clang libclang-rt-14-dev clang-format
  # headless GUI runs, screenshots, PDF checks and benchmarks
  xvfb xauth poppler-utils unzip zip imagemagick fonts-dejavu-core python3-scipy time
  # the Debian package (scripts/package.sh, scripts/test-package.sh): man pages, icons,
  # dpkg-shlibdeps, the desktop entry and AppStream checks, lintian
  help2man librsvg2-bin dpkg-dev file desktop-file-utils appstream lintian
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
