#!/usr/bin/env bash
# Map tile latency (issue 15): starts the demo platform on a fresh H2 data directory or a new PostgreSQL database,
# imports a generated history of the demo city with every case at a point in its grid (none with cases=0), then times
# the region, case and device tiles at zoom 10–17 (org.tongguan.bench.scale.TileBench): p50 and p99 per layer and zoom.
#   scripts/tiles-bench.sh [h2|postgres] [cases] [requests]      (also: ./bench tiles [h2|postgres] [cases] [requests])
# Environment: TILES_PORT (default 18092), TONGGUAN_BENCH_POSTGRES_URL for postgres, BENCH_JVM_ARGS (default: the
# README's flags, from pom.xml).
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
cases=${2:-20000}
requests=${3:-100}
case $db in h2|postgres) ;; *) echo "usage: $0 [h2|postgres] [cases] [requests]" >&2; exit 2 ;; esac
if [ "$db" = postgres ] && [ -z "${TONGGUAN_BENCH_POSTGRES_URL:-}" ]; then
  echo "Set TONGGUAN_BENCH_POSTGRES_URL=jdbc:postgresql://host:5432/postgres?user=…&password=…" >&2
  exit 2
fi
port=${TILES_PORT:-18092}
source scripts/bench-lib.sh
build_platform_and_tools

work=$(mktemp -d /tmp/tongguan-tiles-XXXX)
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
  name="tongguan_tiles_$(date +%s)"
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
tool org.tongguan.bench.scale.TileBench "http://localhost:$port" "$work" "$cases" "$requests"
echo "platform: $(grep VmHWM /proc/$pid/status | tr -s ' '), CPU $(cpu_seconds "$pid") s; load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
