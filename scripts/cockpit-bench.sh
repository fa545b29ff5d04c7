#!/usr/bin/env bash
# Leader cockpit ready in Chromium (issue 15): the platform and history of scripts/scale-bench.sh (a fresh H2 data
# directory or a new PostgreSQL database, a generated history of the demo city imported through the API, every case
# at a point in its grid), then the cockpit opened again and again in headless Chromium as the city's leader
# (org.tongguan.bench.scale.CockpitBench): time from navigation start to every panel drawn, first run, median, p95.
#   scripts/cockpit-bench.sh [cases] [h2|postgres]      (also: ./bench cockpit [cases] [h2|postgres])
# Environment: as scripts/scale-bench.sh (SCALE_PORT, TONGGUAN_BENCH_POSTGRES_URL, BENCH_JVM_ARGS); COCKPIT_RUNS
# measured runs per mode (default 10); SCALE_TIMEOUT the timeout of one cockpit load in seconds (default 120);
# TONGGUAN_TEST_CHROMIUM and TONGGUAN_TEST_CHROMEDRIVER (defaults /usr/bin/chromium, /usr/bin/chromedriver).
set -euo pipefail
cd "$(dirname "$0")/.."
export SCALE_TOOL=org.tongguan.bench.scale.CockpitBench SCALE_TIMEOUT=${SCALE_TIMEOUT:-120}
exec scripts/scale-bench.sh "${2:-h2}" "${1:-100000}"
