#!/usr/bin/env bash
# 一张图 in headless Chromium (issue 15): the platform and an optional history as in scripts/tiles-bench.sh, then n
# cases reported through the public intake one after another, each timed from the intake's 201 to its marker drawn on
# the open map, and the frame times while a script pans the city map (org.tongguan.bench.scale.MapLiveBench).
# Chromium renders WebGL in software (SwiftShader) here.
#   scripts/map-live-bench.sh [n] [h2|postgres] [cases]      (also: ./bench map-live [n] [h2|postgres] [cases])
# Environment: as scripts/scale-bench.sh; MAP_PAN_SECONDS (default 20); TILES_REQUESTS=n to time the tiles of
# scripts/tiles-bench.sh on the same platform and history first (one import for both); TONGGUAN_TEST_CHROMIUM and
# TONGGUAN_TEST_CHROMEDRIVER (default /usr/bin/chromium and /usr/bin/chromedriver).
set -euo pipefail
cd "$(dirname "$0")/.."
export SCALE_TOOL=org.tongguan.bench.scale.MapLiveBench MAP_LIVE_REPORTS=${1:-100} SCALE_TIMEOUT=${SCALE_TIMEOUT:-30}
# the reports come from one address, faster than the public intake's default limit of 10 a minute
export SCALE_PLATFORM_ARGS="--tongguan.casework.public-reports-per-minute=100000 ${SCALE_PLATFORM_ARGS:-}"
exec scripts/scale-bench.sh "${2:-h2}" "${3:-0}"
