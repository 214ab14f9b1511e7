#!/usr/bin/env bash
# Builds and runs the libFuzzer targets (scripts/fuzz/targets/*.swift).
#
#   scripts/fuzz/fuzz.sh build                 build every target into .build-fuzz/bin
#   scripts/fuzz/fuzz.sh run TARGET [SECONDS]  fuzz one target (default 600 s) under nice -n 19
#   scripts/fuzz/fuzz.sh all [SECONDS]         every target in turn
#   scripts/fuzz/fuzz.sh parallel [SECONDS]    every target at once (each at nice 19: they take idle CPU)
#   scripts/fuzz/fuzz.sh replay TARGET FILE... run inputs once (a crash found, a regression fixture)
#
# Targets: text, html, timeml, jsonl (the readers, through DocumentLoader),
# timex (the time tagger) and pipeline (every stage and renderer on a text).
# TimelineKit, Yams, GRDB and libxml2's shim are compiled with -sanitize=fuzzer,address
# by SwiftPM (scratch path .build-fuzz), each target linked by swiftc with them.
# The corpus of each target grows in .build-fuzz/corpus/TARGET, seeded from
# Samples/ and the test fixtures; crashes land in .build-fuzz/crashes/TARGET
# (commit the ones that found a bug under Tests/TimelineKitTests/Fixtures/fuzz/).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
scratch=$root/.build-fuzz
targets=(text html timeml jsonl timex pipeline)
export SWIFT_BACKTRACE=enable=no

build() {
    [ "${1:-}" = "--link-only" ] || nice -n 19 swift build --scratch-path "$scratch" -c release --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address \
        -Xswiftc -enable-testing --target TimelineKit
    local objects=("$scratch"/release/TimelineKit.build/*.o "$scratch"/release/Yams.build/*.o "$scratch"/release/CYaml.build/src/*.o
                   "$scratch"/release/GRDB.build/*.o)
    mkdir -p "$scratch/bin"
    for t in "${targets[@]}"; do
        nice -n 19 swiftc -O -sanitize=fuzzer,address -parse-as-library -enable-testing -module-name "Fuzz_$t" \
            -I "$scratch/release/Modules" -I "$root/Sources/CLibXML2" -I "$root/Sources/CZlib" -I "$scratch/checkouts/Yams/Sources/CYaml/include" -I "$scratch/checkouts/GRDB.swift/Sources/GRDBSQLite" $(pkg-config --cflags-only-I libxml-2.0 | sed 's/-I/-Xcc -I/g') \
            scripts/fuzz/targets/Common.swift "scripts/fuzz/targets/$t.swift" "${objects[@]}" \
            -lxml2 -lsqlite3 -lz -o "$scratch/bin/fuzz-$t" 2>&1 | { grep -v "Cannot export local symbol" || true; }
    done
}

seed() {
    local t=$1 dir=$scratch/corpus/$1
    mkdir -p "$dir"
    [ -n "$(ls -A "$dir")" ] && return
    local fixtures=$root/Tests/TimelineKitTests/Fixtures
    case $t in
        text|timex|pipeline) cp "$root"/Samples/*.txt "$fixtures"/documents/*.txt "$fixtures"/documents/*.md "$dir"/ ;;
        html) cp "$fixtures"/documents/*.html "$dir"/ ;;
        timeml) cp "$fixtures"/time/*.tml "$dir"/ ;;
        jsonl) cp "$fixtures"/documents/*.jsonl "$dir"/ ;;
    esac
    if [ -d "$fixtures/fuzz/$t" ]; then cp "$fixtures/fuzz/$t"/* "$dir"/; fi
}

run() {
    local t=$1 seconds=${2:-600}
    seed "$t"
    mkdir -p "$scratch/crashes/$t" "$scratch/logs"
    # One job; a crash stops it (the input is saved under crashes/). SECONDS are wall time:
    # under nice -n 19 on a busy machine the CPU time, printed last, can be far less.
    /usr/bin/time -f "cpu_seconds: %U user %S system, %e wall, peak %M KB" nice -n 19 "$scratch/bin/fuzz-$t" \
        "$scratch/corpus/$t" -max_total_time="$seconds" -max_len=8192 -timeout=30 -rss_limit_mb=3072 \
        -print_final_stats=1 -artifact_prefix="$scratch/crashes/$t/" > "$scratch/logs/$t.log" 2>&1 || true
    tail -n 12 "$scratch/logs/$t.log"
}

case ${1:-} in
    build) build "${2:-}" ;;
    run) run "$2" "${3:-600}" ;;
    all) for t in "${targets[@]}"; do run "$t" "${2:-600}"; done ;;
    parallel) for t in "${targets[@]}"; do run "$t" "${2:-600}" > /dev/null & done; wait
              for t in "${targets[@]}"; do echo "== $t"; grep -E "^(stat::number_of_executed_units|cpu_seconds|#[0-9]+.*(DONE|cov))" "$scratch/logs/$t.log" | tail -n 3; done ;;
    replay) t=$2; shift 2; "$scratch/bin/fuzz-$t" "$@" ;;
    *) sed -n '2,16p' "$0"; exit 2 ;;
esac
