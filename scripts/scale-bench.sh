#!/usr/bin/env bash
# Statistics at city scale (issue 14): starts the demo platform on a fresh H2 data directory or a new PostgreSQL
# database, generates a history of the demo city, imports it through the API (a history import job, followed until it
# ends), then times the five cockpit queries
# and one query per region level on the platform and the same aggregations in DuckDB on the same files
# (org.tongguan.bench.scale.ScaleBench), printing both times, their ratio and whether every group's figures are equal.
#   scripts/scale-bench.sh [h2|postgres] [cases]      (also: ./bench scale [h2|postgres] [cases])
# Environment: SCALE_PORT (default 18091), SCALE_TIMEOUT (seconds per platform query, default 120),
# TONGGUAN_BENCH_POSTGRES_URL for postgres, BENCH_JVM_ARGS (default: the README's flags, from pom.xml),
# SCALE_IMPORT_ONLY=1 to stop after the import (to time it alone), SCALE_TOOL to run another tool on the imported
# platform with the same arguments (scripts/tiles-bench.sh does), SCALE_APP_ARGS for more platform arguments.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
cases=${2:-20000}
case $db in h2|postgres) ;; *) echo "usage: $0 [h2|postgres] [cases]" >&2; exit 2 ;; esac
if [ "$db" = postgres ] && [ -z "${TONGGUAN_BENCH_POSTGRES_URL:-}" ]; then
  echo "Set TONGGUAN_BENCH_POSTGRES_URL=jdbc:postgresql://host:5432/postgres?user=…&password=…" >&2
  exit 2
fi
port=${SCALE_PORT:-18091}
source scripts/bench-lib.sh
build_platform_and_tools

# Extra platform arguments for an experiment, e.g. SCALE_PLATFORM_ARGS='--spring.datasource.url=jdbc:h2:...'.
read -r -a extra_args <<<"${SCALE_PLATFORM_ARGS:-}"
start_platform "$db" scale "$port" "${extra_args[@]}"
SCALE_PLATFORM_PID="$pid" tool "${SCALE_TOOL:-org.tongguan.bench.scale.ScaleBench}" "http://localhost:$port" "$work" "$cases" \
  "${SCALE_TIMEOUT:-120}"
gc=$(jstat -gc "$pid" 2>/dev/null | awk 'NR==2 {for (i=1;i<=NF;i++) v[h[i]]=$i} NR==1 {for (i=1;i<=NF;i++) h[i]=$i} END {printf "%s young GCs %.1f s, %s full GCs %.1f s", v["YGC"], v["YGCT"], v["FGC"], v["FGCT"]}')
echo "platform GC: $gc"
if [ "$db" = h2 ]; then echo "H2 data on disk: $(du -sh "$work/data" | cut -f1)"; fi
echo "platform: $(grep VmHWM /proc/$pid/status | tr -s ' '), CPU $(cpu_seconds "$pid") s; load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
