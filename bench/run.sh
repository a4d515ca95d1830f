#!/usr/bin/env bash
# Builds the server and the benchmarks, then runs every benchmark and prints a table and a JSON summary.
# Usage: bench/run.sh [--quick] [--skip-jmh] [--big-jobs N] [--only ac,f,bd,e,jmh]
# The full run takes about 6 minutes on 2 cores. Results go to bench/target/results.json.
set -euo pipefail

cd "$(dirname "$0")/.."

./mvnw -q -pl server,bench -am package -DskipTests

desktop_result=bench/target/desktop.json
bench/desktop.sh "$desktop_result" || echo "bench/desktop.sh failed; the report marks the desktop as not measured"

exec java -Xmx1g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" com.paylyt.bench.BenchMain \
    --server-jar server/target/paylyt-server.jar \
    --work bench/target/work \
    --out bench/target/results.json \
    --desktop-result "$desktop_result" \
    "$@"
