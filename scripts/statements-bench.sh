#!/usr/bin/env bash
# Statements per case (issue 16): how many SQL statements one report costs the platform on H2, from the HTTP request
# to its answer, split into the case row, the rest of the platform's tables and the workflow engine's (ACT_*).
#   scripts/statements-bench.sh [seconds]     (default: 30 s of measured intake)
# Builds the jar and the load tool, starts the platform on a fresh H2 file with H2's own statement statistics
# (QUERY_STATISTICS, read through AUTO_SERVER by a second connection) and the demo city without its device simulator,
# reports cases for 20 s to reach every path, resets the statistics, reports cases with the load tool's intake
# scenario (16 clients) for the given seconds, and
# divides every statement's execution count by the cases stored meanwhile. Background work (timer acquisition, the
# statistics ledger) counts too, so it is what a case costs under sustained intake. Prints the totals per kind and
# group and the 25 statements executed most often per case.
# Environment: TONGGUAN_BUILD_DIR (default target), BENCH_JVM_ARGS (default: the flags of ./mvnw spring-boot:run),
# BENCH_PORT (default 18092).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
port=${BENCH_PORT:-18092}
source scripts/bench-lib.sh
build_platform_and_tools

dir=$(mktemp -d /tmp/tongguan-statements-XXXX)
url="jdbc:h2:file:$dir/data/tongguan;AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256"
url="$url;WRITE_DELAY=0;QUERY_STATISTICS=TRUE;QUERY_STATISTICS_MAX_ENTRIES=10000"
sql() { tool org.h2.tools.Shell -url "$url" -user sa -password "" -sql "$1" | grep -v ' INFO '; }

machine
echo "date: $(date -u +%FT%TZ); commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown); H2; ${seconds} s"
# shellcheck disable=SC2086
java $jvm_args -jar "$jar" --server.port="$port" --tongguan.data-dir="$dir/data" --spring.datasource.url="$url" \
  --tongguan.sensing.simulator.enabled=false >"$dir/platform.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
await_platform "$port" "$pid" || { echo "see $dir/platform.log" >&2; exit 1; }
tool org.tongguan.bench.load.LoadBench --url="http://localhost:$port" --scenarios=intake --warmup=0 --duration=20 \
  >/dev/null
sql "SET QUERY_STATISTICS FALSE; SET QUERY_STATISTICS TRUE" >/dev/null
count_cases() { sql "SELECT COUNT(*) AS N FROM casework_case" | grep -E '^ *[0-9]+ *$' | tr -d ' '; }
before=$(count_cases)
tool org.tongguan.bench.load.LoadBench --url="http://localhost:$port" --scenarios=intake --warmup=0 \
  --duration="$seconds" | grep -v '^RESULT'
after=$(count_cases)
cases=$((after - before))
echo "cases stored while measured: $cases"
statements="SELECT CASE WHEN REGEXP_LIKE(SQL_STATEMENT, '(?i)\\bACT_') THEN 'workflow engine'
    WHEN REGEXP_LIKE(SQL_STATEMENT, '(?i)\\bcasework_case(\\s|\\)|\$)') THEN 'case row'
    ELSE 'other platform tables' END AS GRP,
  UPPER(REGEXP_SUBSTR(TRIM(SQL_STATEMENT), '^[A-Za-z]+')) AS KIND, EXECUTION_COUNT AS N, SQL_STATEMENT
  FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
sql "SELECT GRP AS \"group\", KIND AS \"kind\", CAST(SUM(N) * 1.0 / $cases AS DECIMAL(8, 2)) AS \"per case\"
  FROM ($statements) GROUP BY GRP, KIND ORDER BY GRP, KIND"
sql "SELECT CAST(SUM(N) * 1.0 / $cases AS DECIMAL(8, 2)) AS \"statements per case\" FROM ($statements)"
sql "SELECT CAST(N * 1.0 / $cases AS DECIMAL(8, 2)) AS \"per case\", LEFT(REGEXP_REPLACE(SQL_STATEMENT, '\\s+', ' '),
  150) AS \"statement\" FROM ($statements) ORDER BY N DESC LIMIT 25"
kill $pid
wait $pid 2>/dev/null || true
rm -rf "$dir"
