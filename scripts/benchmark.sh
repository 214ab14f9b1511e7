#!/usr/bin/env bash
# Throughput and peak memory of timeline, release build.
#
# usage: scripts/benchmark.sh [FOLDER] [MEGABYTES] [MODE]
#   FOLDER     articles to build the corpus from (default: Samples). A folder of
#              Timeline17 topics (<topic>/InputDocs/<date>/*.txt, e.g.
#              ../shared/data/timeline17-dev) gives a synthetic corpus
#              (scripts/bench-corpus.py: each round moved on in time, its names
#              made up anew); any other folder is repeated as it is.
#   MEGABYTES  corpus size to reach (default: 20; 0 = FOLDER as it is)
#   MODE       build (default): timeline build;
#              records: timeline extract --format records, then timeline merge;
#              store: timeline add (all), add again (nothing new), add one new
#              article, build --store.
# BIN=path/to/timeline measures that binary instead of building one.
# Prints the corpus size, and per step wall time and MB/s, CPU time (user +
# system) and MB per CPU second (MB/s per core), and peak resident memory.
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-Samples}
target_mb=${2:-20}
mode=${3:-build}

if [ -z "${BIN:-}" ]; then
    swift build -c release --product timeline >/dev/null
    BIN="$(swift build -c release --show-bin-path)/timeline"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus="$work/corpus"
mkdir -p "$corpus"
if [ "$target_mb" = 0 ]; then
    cp -r "$src"/. "$corpus"/
elif compgen -G "$src/*/InputDocs" >/dev/null; then
    python3 scripts/bench-corpus.py "$src" "$corpus" "$target_mb" >/dev/null
else
    target=$((target_mb * 1000 * 1000))
    per_copy=$(find "$src" -type f -exec cat {} + | wc -c)
    copies=$(( (target + per_copy - 1) / per_copy ))
    for copy in $(seq 1 "$copies"); do
        dest="$corpus/$(printf 'copy%05d' "$copy")"
        mkdir -p "$dest"
        cp -r "$src"/. "$dest"/
    done
fi
bytes=$(find "$corpus" -type f -exec cat {} + | wc -c)
files=$(find "$corpus" -type f | wc -l)
awk -v b="$bytes" -v f="$files" 'BEGIN { printf "corpus: %d files, %.1f MB\n", f, b / 1e6 }'

# measure LABEL BYTES COMMAND...: one line of wall time, MB/s (of BYTES), CPU and peak memory.
measure() {
    local label=$1 size=$2
    shift 2
    # Exit status 1: some input could not be read (said on stderr); the rest was processed.
    local status=0
    /usr/bin/time -v "$@" >"$work/stdout" 2>"$work/time" || status=$?
    if [ "$status" -gt 1 ]; then echo "$label failed:"; tail -5 "$work/time"; exit 1; fi
    local wall seconds peak_kb cpu
    wall=$(grep 'Elapsed (wall clock)' "$work/time" | awk '{print $NF}')
    seconds=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    peak_kb=$(grep 'Maximum resident set size' "$work/time" | awk '{print $NF}')
    cpu=$(awk -F': ' '/User time|System time/ { t += $2 } END { print t }' "$work/time")
    awk -v l="$label" -v b="$size" -v s="$seconds" -v k="$peak_kb" -v c="$cpu" 'BEGIN {
        printf "%-20s %8.2f s %7.2f MB/s   CPU %8.2f s %6.2f MB/s per core   peak %6.0f MB\n",
            l, s, (s > 0 ? b / 1e6 / s : 0), c, (c > 0 ? b / 1e6 / c : 0), k / 1024 }'
}

case "$mode" in
build)
    measure "build" "$bytes" "$BIN" build "$corpus" --out "$work/out"
    tail -1 "$work/stdout"
    ;;
records)
    measure "extract (map)" "$bytes" "$BIN" extract "$corpus" --format records -o "$work/all.records"
    measure "merge (reduce)" "$bytes" "$BIN" merge "$work/all.records" --out "$work/out"
    tail -1 "$work/stdout"
    ls -l "$work/all.records" | awk '{ printf "records: %.1f MB\n", $5 / 1e6 }'
    ;;
store)
    one=$(find "$corpus" -type f | sort | awk "NR == 1")
    new="$work/new/$(basename "$(dirname "$one")")"
    mkdir -p "$new"
    sed 's/\b\(the\)\b/that/' "$one" >"$new/new-article.txt"
    one_bytes=$(wc -c <"$new/new-article.txt")
    measure "add (all)" "$bytes" "$BIN" add "$corpus" --store "$work/store.sqlite"
    measure "add (again)" "$bytes" "$BIN" add "$corpus" --store "$work/store.sqlite"
    tail -1 "$work/stdout"
    measure "add (1 new article)" "$one_bytes" "$BIN" add "$new/new-article.txt" --store "$work/store.sqlite"
    measure "build --store" "$bytes" "$BIN" build --store "$work/store.sqlite" --out "$work/out"
    "$BIN" store info "$work/store.sqlite"
    ;;
*)
    echo "unknown mode '$mode' (build, records, store)"; exit 2
    ;;
esac
