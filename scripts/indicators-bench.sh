#!/usr/bin/env bash
# 城市体征 benchmark (issue 17): starts the demo platform on a fresh H2 data directory or a new PostgreSQL database,
# waits for the demo indicators and topics, then (org.tongguan.bench.indicator.IndicatorBench) pushes and imports
# 100,000-value batches (values/s per batch: new, corrected, unchanged) and times a topic page's data read (50 daily
# indicators × two years × the city and its districts: p50/p95/p99).
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

work=$(mktemp -d /tmp/tongguan-indicators-XXXX)
pid=
name=
cleanup() {
  status=$?
  if [ "$status" != 0 ] && [ -f "$work/platform.log" ]; then
    echo "platform log (last 40 lines) after exit status $status:" >&2; grep -v DEBUG "$work/platform.log" | tail -40 >&2
  fi
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if [ -n "$name" ]; then tool org.tongguan.bench.load.FreshDatabase drop "$TONGGUAN_BENCH_POSTGRES_URL" "$name" >/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
app_args=(--server.port="$port" --tongguan.data-dir="$work/data" --tongguan.sensing.mqtt.port=0)
if [ "$db" = postgres ]; then
  name="tongguan_indicators_$(date +%s)"
  database_url=$(tool org.tongguan.bench.load.FreshDatabase create "$TONGGUAN_BENCH_POSTGRES_URL" "$name") || exit 1
  app_args+=(--spring.datasource.url="$database_url"
    --spring.datasource.username="$(query_value user)" --spring.datasource.password="$(query_value password)")
fi
machine
echo "date: $(date -u +%FT%TZ); database: $db; platform JVM: $jvm_args; load before start: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
java $jvm_args -jar "$jar" "${app_args[@]}" >"$work/platform.log" 2>&1 &
pid=$!
await_platform "$port" "$pid" || { tail -20 "$work/platform.log" >&2; exit 1; }
grep -o 'Demo data: [0-9]* indicators.*' "$work/platform.log" || true
INDICATORS_PLATFORM_PID="$pid" tool org.tongguan.bench.indicator.IndicatorBench "http://localhost:$port" "$runs" "$reads"
grep -o 'Demo data: [0-9]* indicators.*' "$work/platform.log" || true
echo "platform: $(grep VmHWM /proc/$pid/status | tr -s ' '), CPU $(cpu_seconds "$pid") s; load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
