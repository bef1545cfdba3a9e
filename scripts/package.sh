#!/usr/bin/env bash
# README command 3: install what is needed, build, and make the Debian package
# build/package/wijkmonitor_<version>_amd64.deb (docs/packaging.md). Reuses ./build (or
# $WIJK_BUILD_DIR): after ./scripts/test.sh only the manual pages and icons are new.
# Prints the path of the package as its last line.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${WIJK_BUILD_DIR:-$root/build}"
"$root/scripts/install-deps.sh" >&2
# CPack installs the whole project, so it builds everything first ("preinstall"); the same
# build.sh as the other README commands, so the tree is configured the same way.
"$root/scripts/build.sh" >&2
cmake --build "$build" --target wijk_package_files -j"$(nproc)" >&2
rm -rf "$build/package"
(cd "$build" && cpack -G DEB --config CPackConfig.cmake) >&2
shopt -s nullglob
debs=("$build"/package/wijkmonitor_*_amd64.deb)
if [ ${#debs[@]} -ne 1 ]; then
  echo "package.sh: expected one wijkmonitor_*_amd64.deb in $build/package, found ${#debs[@]}" >&2
  exit 1
fi
echo "${debs[0]}"
