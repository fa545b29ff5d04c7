#!/usr/bin/env bash
# Map tile latency (issue 15): the platform and history of scripts/scale-bench.sh (a fresh H2 data directory or a new
# PostgreSQL database, a generated history of the demo city imported through the API), but every case at a point in
# its grid, then the region, case and device tiles timed at zoom 10–17 (org.tongguan.bench.scale.TileBench): p50 and
# p99 per layer and zoom.
#   scripts/tiles-bench.sh [h2|postgres] [cases] [requests]      (also: ./bench tiles [h2|postgres] [cases] [requests])
# Environment: as scripts/scale-bench.sh (SCALE_PORT, TONGGUAN_BENCH_POSTGRES_URL, BENCH_JVM_ARGS); SCALE_TIMEOUT is
# the timeout of each tile request in seconds (default 30).
set -euo pipefail
cd "$(dirname "$0")/.."
export SCALE_TOOL=org.tongguan.bench.scale.TileBench TILES_REQUESTS=${3:-100} SCALE_TIMEOUT=${SCALE_TIMEOUT:-30}
exec scripts/scale-bench.sh "${1:-h2}" "${2:-20000}"
