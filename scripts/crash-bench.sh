#!/usr/bin/env bash
# Crash benchmark (decision 0012): does every case answered 201 survive a kill -9 of the platform?
#   scripts/crash-bench.sh [h2|postgres] [rounds] [crash tool options…]     (default: h2, 3 rounds)
#   e.g. scripts/crash-bench.sh postgres 5 --clients=8 --intake=30
# Builds the platform and the bench tools once, then runs org.tongguan.bench.crash.CrashBench, which per round
# starts the platform (a child JVM on the bench classpath without the test classes) on a fresh database — an empty
# H2 data directory with the URL of application.yml, or a new PostgreSQL database on the server
# TONGGUAN_BENCH_POSTGRES_URL (else TONGGUAN_TEST_POSTGRES_URL) names (jdbc:postgresql://host:5432/postgres?user=…&
# password=…, a user that may create databases; dropped afterwards) — dispatches one case, reports cases from
# --clients concurrent clients (default 16) with Idempotency-Key headers for --intake seconds (default 20), kills the
# JVM with SIGKILL, restarts it on the same data (its clock past the dispatched case's first warning) and counts
# acknowledged cases missing and cases doubled when every report is sent again with its key, checks that the
# dispatched case's deadline timer fires and that it can be handled, verified and closed. One line per round and a
# total; exits 1 when a round lost or doubled a case. The platform logs stay in /tmp/tongguan-crash-*.
# Environment: TONGGUAN_BUILD_DIR (default target), BENCH_JVM_ARGS (default: the flags of ./mvnw spring-boot:run).
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
rounds=${2:-3}
shift $(( $# < 2 ? $# : 2 ))
case $db in h2|postgres) ;; *) echo "usage: $0 [h2|postgres] [rounds] [crash tool options…]" >&2; exit 2 ;; esac
server=${TONGGUAN_BENCH_POSTGRES_URL:-${TONGGUAN_TEST_POSTGRES_URL:-}}
if [ "$db" = postgres ] && [ -z "$server" ]; then
  echo "Set TONGGUAN_BENCH_POSTGRES_URL=jdbc:postgresql://host:5432/postgres?user=…&password=…" >&2
  exit 2
fi
source scripts/bench-lib.sh
build_platform_and_tools

machine
echo "cpu: $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
echo "date: $(date -u +%FT%TZ); database: $db; platform JVM: $jvm_args"
tool org.tongguan.bench.crash.CrashBench --database="$db" --rounds="$rounds" --jvm-options="$jvm_args" \
  --postgres-url="$server" "$@"
