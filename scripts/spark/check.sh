#!/usr/bin/env bash
# CI: `timeline build Samples` and the Spark job (local[2], two blocks) on
# Samples write the same bytes. Installs pyspark 4.3.0 when missing (Java 17
# must be on the PATH).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "$(python3 -c 'import pyspark; print(pyspark.__version__)' 2>/dev/null)" != "4.3.0" ]; then
    python3 -m pip install -q pyspark==4.3.0
fi
swift build --product timeline >/dev/null
bin="$(swift build --show-bin-path)/timeline"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" build Samples --out "$work/build" >/dev/null
export SPARK_LOCAL_IP=127.0.0.1
python3 scripts/spark/timeline_spark.py Samples --binary "$bin" --out "$work/spark" --master 'local[2]' --partitions 2 \
    >"$work/spark.log" 2>&1 || { tail -30 "$work/spark.log"; echo "0 passed, 1 failed"; exit 1; }
failed=0
for f in timeline.json digest.txt graph.dot timeline.svg timeline.html; do
    if ! cmp "$work/build/$f" "$work/spark/$f"; then failed=1; fi
done
if [ "$failed" = 0 ]; then
    echo "spark check: the Spark job wrote the same five outputs as timeline build"
    echo "1 passed, 0 failed"
else
    echo "1 failed, 0 passed"; exit 1
fi
