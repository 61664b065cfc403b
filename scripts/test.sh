#!/usr/bin/env bash
# Runs every test Stride Back has: native unit tests through CTest, then the browser end-to-end tests
# against the web build. Installs what is missing first. Warnings are errors. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n== %s\n' "$*"; }

bash scripts/setup.sh

step "native build and unit tests"
cmake --preset native -DSTRIDE_WERROR=ON >/dev/null
cmake --build --preset native
ctest --preset native

step "web build"
cmake --preset web -DSTRIDE_WERROR=ON >/dev/null
cmake --build --preset web

step "browser tests"
(cd tests/e2e && node --test)
