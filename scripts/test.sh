#!/usr/bin/env bash
# Runs Stride Back's tests. Installs what is missing first. Warnings are errors. Exits non-zero on any failure
# or fuzz finding.
#
# usage: bash scripts/test.sh [native] [web] [fuzz] [e2e [--debug] [--name PATTERN] [FILE...]] (e2e last: it takes the rest)
#   no target   everything, as CI runs it: native, web, e2e, fuzz
#   native      native build and unit tests (CTest, build/native)
#   web         the release web build (build/web/dist)
#   e2e         browser tests (tests/e2e); FILE is relative to tests/e2e, e.g. ui/screens.test.mjs (default:
#               every *.test.mjs). They run against the release build, which serve.py builds first if its
#               sources changed; --debug builds and uses the debug build instead (preset web-debug,
#               build/web-debug/dist: much quicker to rebuild); --name runs only the tests whose name
#               matches PATTERN (node --test-name-pattern). STRIDE_DIST=DIR runs them against DIR as it is.
#   fuzz        each fuzz target for STRIDE_FUZZ_SECONDS (default 30) s (scripts/fuzz.sh, docs/fuzzing.md)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

usage() {
    sed -n '4,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}
step() { printf '\n== %s\n' "$*"; }

targets=()
e2e_files=()
e2e_node=()
e2e_debug=0
while (($#)); do
    case "$1" in
        native | web | fuzz) targets+=("$1"); shift ;;
        e2e)
            targets+=(e2e); shift
            while (($#)); do # the rest are the browser tests' options and files
                case "$1" in
                    --debug) e2e_debug=1; shift ;;
                    --name) (($# >= 2)) || usage; e2e_node+=("--test-name-pattern=$2"); shift 2 ;;
                    -*) usage ;;
                    *) e2e_files+=("$1"); shift ;;
                esac
            done ;;
        *) usage ;;
    esac
done
((${#targets[@]})) || targets=(native web e2e fuzz)

native() {
    step "native build and unit tests"
    cmake --preset native -DSTRIDE_WERROR=ON >/dev/null
    cmake --build --preset native
    ctest --preset native
}

web() {
    step "web build"
    cmake --preset web -DSTRIDE_WERROR=ON >/dev/null
    cmake --build --preset web
}

e2e() {
    if ((e2e_debug)); then
        step "debug web build"
        cmake --preset web-debug -DSTRIDE_WERROR=ON >/dev/null
        cmake --build --preset web-debug
        export STRIDE_DIST="$PWD/build/web-debug/dist"
    fi
    step "browser tests${STRIDE_DIST:+ against $STRIDE_DIST}"
    (cd tests/e2e && node --test "${e2e_node[@]}" "${e2e_files[@]}")
}

# A short fixed budget per target, so the whole run stays well inside CI's time.
fuzz() {
    step "fuzz targets, ${STRIDE_FUZZ_SECONDS:-30} s each"
    bash scripts/fuzz.sh "${STRIDE_FUZZ_SECONDS:-30}"
}

bash scripts/setup.sh
for target in "${targets[@]}"; do "$target"; done
