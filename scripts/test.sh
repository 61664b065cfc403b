#!/usr/bin/env bash
# Runs every test Stride Back has: native unit tests through CTest, the browser end-to-end tests against
# the web build, then each fuzz target for a short fixed time. Installs what is missing first. Warnings are
# errors. Exits non-zero on any failure or fuzz finding.
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

# Its own step (scripts/fuzz.sh, docs/fuzzing.md): a short fixed budget per target, so the whole run stays
# well inside CI's time; STRIDE_FUZZ_SECONDS changes it.
step "fuzz targets, ${STRIDE_FUZZ_SECONDS:-30} s each"
bash scripts/fuzz.sh "${STRIDE_FUZZ_SECONDS:-30}"
