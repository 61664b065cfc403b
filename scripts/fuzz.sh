#!/usr/bin/env bash
# Runs each libFuzzer target of tests/fuzz for SECONDS (default 30) with ASan and UBSan, one after the
# other (one fuzzing process at a time), and fails on any finding: a crash, a sanitizer report, a broken
# promise of the target, a leak, an input slower than 25 s or one needing over 2 GB.
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]      TARGET: plan_file, stored, round_trip (default: all)
# The committed seeds (tests/fuzz/corpus/TARGET) are read, never written: what the fuzzer finds new goes to
# build/fuzz/corpus/TARGET, kept between runs, and an input that fails to build/fuzz/findings/. See
# docs/fuzzing.md for longer runs and for turning a finding into a test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds="${1:-30}"
shift || true
targets=("$@")
((${#targets[@]})) || targets=(plan_file stored round_trip)

cmake --preset fuzz -DSTRIDE_WERROR=ON >/dev/null
cmake --build --preset fuzz

mkdir -p build/fuzz/findings
status=0
for target in "${targets[@]}"; do
    work="build/fuzz/corpus/$target"
    mkdir -p "$work"
    log="build/fuzz/$target.log"
    echo "fuzz: $target for ${seconds}s"
    # -jobs/-workers stay at one process: the machine is shared.
    if ! "build/fuzz/tests/fuzz/fuzz_$target" "$work" "tests/fuzz/corpus/$target" \
        -dict=tests/fuzz/plan.dict -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="build/fuzz/findings/$target-" >"$log" 2>&1; then
        status=1
        echo "fuzz: $target FOUND A PROBLEM (inputs in build/fuzz/findings/, log $log):" >&2
        grep -E "ERROR|runtime error|broken promise|SUMMARY|Test unit written" "$log" | head -20 >&2
        continue
    fi
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
    echo "fuzz: $target: ${runs:-?} executions, no finding"
done
exit "$status"
