#!/usr/bin/env bash
# Throughput and peak memory of `timeline build`, release build.
#
# usage: scripts/benchmark.sh [FOLDER] [MEGABYTES]
#   FOLDER     articles to repeat into the corpus (default: Samples)
#   MEGABYTES  corpus size to reach by repeating FOLDER (default: 20; 0 = FOLDER as it is)
# Prints the corpus size, wall time, MB/s and peak resident memory.
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-Samples}
target_mb=${2:-20}

swift build -c release --product timeline >/dev/null
bin="$(swift build -c release --show-bin-path)/timeline"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus="$work/corpus"
mkdir -p "$corpus"
if [ "$target_mb" = 0 ]; then
    cp -r "$src"/. "$corpus"/
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

/usr/bin/time -v "$bin" build "$corpus" --out "$work/out" >"$work/stdout" 2>"$work/time" || {
    echo "timeline build failed:"; tail -5 "$work/time"; exit 1; }
wall=$(grep 'Elapsed (wall clock)' "$work/time" | awk '{print $NF}')
seconds=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
peak_kb=$(grep 'Maximum resident set size' "$work/time" | awk '{print $NF}')
cpu=$(grep 'Percent of CPU' "$work/time" | awk '{print $NF}')
awk -v b="$bytes" -v s="$seconds" -v k="$peak_kb" -v f="$files" -v c="$cpu" 'BEGIN {
    printf "corpus: %d files, %.1f MB\n", f, b / 1e6
    printf "time: %.2f s (CPU %s)\n", s, c
    printf "throughput: %.2f MB/s\n", (s > 0 ? b / 1e6 / s : 0)
    printf "peak memory: %.0f MB\n", k / 1024
}'
tail -1 "$work/stdout"
