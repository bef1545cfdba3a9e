#!/usr/bin/env bash
# Refreshes translations/*.ts from every tr()/translate() in the sources (Qt Linguist).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
for ts in translations/*.ts; do
  lupdate -no-obsolete -locations none analysis presentation maps widgets app -ts "$ts"
done
