#!/usr/bin/env bash
# Load benchmark of case handling (issue 3): sustained intake, intake latency at a fixed arrival rate, dispatch.
#   scripts/load-bench.sh [h2|postgres] [runs] [load tool options…]     (default: h2, 3 runs)
#   e.g. scripts/load-bench.sh postgres 3 --clients=32 --duration=60
# Each run builds nothing new: the jar and the load tool are built once, then per run the platform starts on a fresh
# database — an empty H2 data directory, or a new PostgreSQL database on the server TONGGUAN_BENCH_POSTGRES_URL names
# (jdbc:postgresql://host:5432/postgres?user=…&password=…, a user that may create databases; the database is dropped
# afterwards) — is warmed up with WARMUP seconds of intake (the JIT compiles for minutes on two cores), runs the
# scenarios of the load tool (src/test/java/org/tongguan/bench/load, options --name=value, see LoadBench) and stops.
# Prints every run's table and the platform's CPU seconds during its scenarios, then the median of every column over
# the runs.
# Environment: TONGGUAN_BUILD_DIR (default target), BENCH_JVM_ARGS (default: the flags of ./mvnw spring-boot:run),
# BENCH_PORT (default 18090), WARMUP (default 300: on two cores intake keeps getting faster for about five minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
runs=${2:-3}
shift $(( $# < 2 ? $# : 2 ))
case $db in h2|postgres) ;; *) echo "usage: $0 [h2|postgres] [runs] [load tool options…]" >&2; exit 2 ;; esac
if [ "$db" = postgres ] && [ -z "${TONGGUAN_BENCH_POSTGRES_URL:-}" ]; then
  echo "Set TONGGUAN_BENCH_POSTGRES_URL=jdbc:postgresql://host:5432/postgres?user=…&password=…" >&2
  exit 2
fi
port=${BENCH_PORT:-18090}
warmup=${WARMUP:-300}
source scripts/bench-lib.sh
build_platform_and_tools

machine
echo "date: $(date -u +%FT%TZ); database: $db; platform JVM: $jvm_args; warm-up: ${warmup} s of intake"
results=$(mktemp)
pid=
trap 'if [ -n "$pid" ]; then kill $pid 2>/dev/null || true; fi' EXIT
for run in $(seq 1 "$runs"); do
  dir=$(mktemp -d /tmp/tongguan-load-XXXX)
  app_args=(--server.port="$port" --tongguan.data-dir="$dir/data")
  if [ "$db" = postgres ]; then
    name="tongguan_bench_$(date +%s)_$run"
    app_args+=(--spring.datasource.url="$(tool org.tongguan.bench.load.FreshDatabase create "$TONGGUAN_BENCH_POSTGRES_URL" "$name")"
      --spring.datasource.username="$(query_value user)" --spring.datasource.password="$(query_value password)")
  fi
  echo "run $run: load before start $(cut -d' ' -f1-3 /proc/loadavg)"
  # shellcheck disable=SC2086
  java $jvm_args -jar "$jar" "${app_args[@]}" >"$dir/platform.log" 2>&1 &
  pid=$!
  await_platform "$port" "$pid" || { echo "see $dir/platform.log" >&2; exit 1; }
  tool org.tongguan.bench.load.LoadBench --url="http://localhost:$port" --scenarios=intake --warmup=0 \
    --duration="$warmup" | grep '^RESULT' | cut -f2-5 | sed 's/^/warm-up: /'
  cpu_before=$(cpu_seconds "$pid")
  tool org.tongguan.bench.load.LoadBench --url="http://localhost:$port" "$@" | tee "$dir/results.txt" | grep -v '^RESULT'
  echo "run $run: platform CPU during the scenarios $(awk -v a="$cpu_before" -v b="$(cpu_seconds "$pid")" \
    'BEGIN {printf "%.1f", b - a}') s (divide by a single scenario's count for CPU per case)"
  grep '^RESULT' "$dir/results.txt" | sed "s/^RESULT/$run/" >>"$results"
  echo "run $run: load at end $(cut -d' ' -f1-3 /proc/loadavg)"
  kill $pid
  wait $pid 2>/dev/null || true
  pid=
  if [ "$db" = postgres ]; then tool org.tongguan.bench.load.FreshDatabase drop "$TONGGUAN_BENCH_POSTGRES_URL" "$name" >/dev/null; fi
  rm -rf "$dir"
done

echo
echo "medians over $runs runs ($db):"
printf '%-38s %9s %9s %9s %9s %9s %9s %9s %9s\n' scenario count seconds rate/s "p50 ms" "p90 ms" "p99 ms" "max ms" errors
cut -f2 "$results" | awk '!seen[$0]++' | while IFS= read -r scenario; do
  printf '%-38s' "$scenario"
  for column in 3 4 5 6 7 8 9 10; do
    printf ' %9s' "$(awk -F'\t' -v s="$scenario" -v c=$column '$2 == s {print $c}' "$results" | median)"
  done
  echo
done
rm -f "$results"
