#!/usr/bin/env bash
# The benchmark command (docs/benchmarks.md): builds the release web app, the bare Dear ImGui baseline, the
# core timings module and the history generator, generates 2-week, 1, 5 and 10-year histories, then
# measures in headless Chromium (bench/run.mjs). Prints the results as JSON and writes them to
# bench/results/latest.json (or the file given with --out).
#
# usage: bash bench/run.sh [--runs N] [--quick] [--out FILE] [--build DIR] [--only SECTIONS]
#   --runs N        runs per figure, median reported (default 5)
#   --quick         fewer runs and histories, to check the harness itself
#   --build DIR     build folder (default build/bench), e.g. to compare two branches side by side
#   --only LIST     comma-separated sections: transfer,firstFrame,idle,latency,save,scale
#
# Builds go to build/bench/ (never build/web or build/native), so running the benchmarks does not disturb
# a developer's own builds. Not part of scripts/test.sh: it takes several minutes and its figures depend
# on the machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

runs=5
quick=()
out="bench/results/latest.json"
build="build/bench"
only=()
while (($#)); do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --quick) quick=(--quick); runs=3; shift ;;
        --out) out="$2"; shift 2 ;;
        --build) build="$2"; shift 2 ;;
        --only) only=(--only "$2"); shift 2 ;;
        *) echo "usage: bash bench/run.sh [--runs N] [--quick] [--out FILE] [--build DIR] [--only SECTIONS]" >&2
           exit 2 ;;
    esac
done

say() { echo "bench: $*" >&2; }
quietly() { # shows a step's output only when it fails
    local log
    log="$(mktemp)"
    if ! "$@" >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        say "'$*' failed"
        exit 1
    fi
    rm -f "$log"
}

bash scripts/setup.sh >&2

say "building the history generator ($build/native)"
quietly cmake -S . -B "$build/native" -DCMAKE_BUILD_TYPE=Release -DSTRIDE_BENCH=ON
quietly cmake --build "$build/native" -j2 --target stride-bench-history

say "building the release web app, the baseline and the core timings module ($build/web)"
export NODE_PATH=/usr/share/nodejs
quietly cmake -S . -B "$build/web" -DCMAKE_BUILD_TYPE=Release -DSTRIDE_BENCH=ON \
    --toolchain /usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake
quietly cmake --build "$build/web" -j2

say "generating histories ($build/histories)"
mkdir -p "$build/histories"
for years in 0 1 5 10; do
    "$build/native"/bench/stride-bench-history --years "$years" --last-day 2025-06-29 \
        --out "$build/histories" >&2
done
# 100,018 entries (50,009 morning checks, 28,577 runs, 21,432 strength sessions; 31.9 MB of plan JSON),
# for the core timings only.
"$build/native"/bench/stride-bench-history --years 137 --last-day 2150-06-29 --name history-100k \
    --out "$build/histories" >&2

say "measuring in headless Chromium ($runs runs each)"
node bench/run.mjs --dist "$build/web"/dist --pages "$build/web"/bench-pages \
    --histories "$build/histories" --runs "$runs" --out "$out" "${quick[@]}" "${only[@]}"
say "results written to $out"
