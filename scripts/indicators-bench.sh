#!/usr/bin/env bash
# 城市体征 benchmark (issue 17): starts the demo platform on a fresh H2 data directory or a new PostgreSQL database,
# waits for the demo indicators and topics and for the platform to fall quiet, then
# (org.tongguan.bench.indicator.IndicatorBench) pushes and imports 100,000-value batches (values/s per batch: new,
# corrected, unchanged) and times a topic page's data read (50 daily indicators × two years × the city and its
# districts: p50/p95/p99).
#   scripts/indicators-bench.sh [h2|postgres] [runs] [reads]      (also: ./bench indicators [h2|postgres] [runs] [reads])
# Environment: INDICATORS_PORT (default 18093), TONGGUAN_BENCH_POSTGRES_URL for postgres, BENCH_JVM_ARGS (default:
# the README's flags, from pom.xml), TONGGUAN_BUILD_DIR (default target).
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
runs=${2:-3}
reads=${3:-500}
case $db in h2|postgres) ;; *) echo "usage: $0 [h2|postgres] [runs] [reads]" >&2; exit 2 ;; esac
if [ "$db" = postgres ] && [ -z "${TONGGUAN_BENCH_POSTGRES_URL:-}" ]; then
  echo "Set TONGGUAN_BENCH_POSTGRES_URL=jdbc:postgresql://host:5432/postgres?user=…&password=…" >&2
  exit 2
fi
port=${INDICATORS_PORT:-18093}
source scripts/bench-lib.sh
build_platform_and_tools

start_platform "$db" indicators "$port"
grep -o 'Demo data: [0-9]* indicators.*' "$work/platform.log" || true
INDICATORS_PLATFORM_PID="$pid" tool org.tongguan.bench.indicator.IndicatorBench "http://localhost:$port" "$runs" "$reads"
grep -o 'Demo data: [0-9]* indicators.*' "$work/platform.log" || true
echo "platform: $(grep VmHWM /proc/$pid/status | tr -s ' '), CPU $(cpu_seconds "$pid") s; load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
