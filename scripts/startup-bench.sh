#!/usr/bin/env bash
# Measures time to ready and resident memory of the demo platform, as `./mvnw spring-boot:run` starts it.
#   scripts/startup-bench.sh [runs]     (default 5 runs; each run starts on a fresh, empty data directory)
# For each run: seconds from JVM launch until /actuator/health answers UP (first start: the demo city, departments,
# users, catalogue and calendar are created), then RSS right after ready and after a round of API calls.
# A second start on the same data directory (no seeding) is measured too.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=18080
./mvnw -q -DskipTests package >/dev/null
jar=$(ls target/tongguan-*.jar | grep -v original | head -1)
jvm_args=$(sed -n 's:.*<jvmArguments>\(.*\)</jvmArguments>.*:\1:p' pom.xml)

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

start_and_measure() { # $1 data dir → prints "seconds rss_ready rss_after_calls"
  local data=$1 start pid ready
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  java $jvm_args -jar "$jar" --server.port=$port --tongguan.data-dir="$data" >"$data.log" 2>&1 &
  pid=$!
  until curl -sf "localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $pid 2>/dev/null || { echo "platform died, see $data.log" >&2; exit 1; }
    sleep 0.1
  done
  ready=$(echo "$(date +%s.%N) - $start" | bc)
  local rss_ready token
  rss_ready=$(rss_mb $pid)
  token=$(curl -s -X POST "localhost:$port/api/auth/tokens" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"tongguan-demo"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
  for _ in $(seq 1 20); do
    curl -s -o /dev/null -H "Authorization: Bearer $token" "localhost:$port/api/regions?level=DISTRICT"
    curl -s -o /dev/null -H "Authorization: Bearer $token" "localhost:$port/api/regions/locate?lon=114.0579&lat=22.5431"
    curl -s -o /dev/null -H "Authorization: Bearer $token" "localhost:$port/api/catalog/categories"
  done
  curl -s -o /dev/null -H "Authorization: Bearer $token" "localhost:$port/api/regions/export?level=GRID"
  printf '%.2f %s %s\n' "$ready" "$rss_ready" "$(rss_mb $pid)"
  kill $pid; wait $pid 2>/dev/null || true
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "jvm: $jvm_args"
first=() second=()
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d /tmp/tongguan-bench-XXXX)
  first+=("$(start_and_measure "$dir/data")")
  second+=("$(start_and_measure "$dir/data")")
  echo "run $i: first start ${first[-1]} | restart ${second[-1]}   (seconds, RSS MB ready, RSS MB after calls)"
  rm -rf "$dir"
done
for label in first second; do
  declare -n rows=$label
  printf '%s start medians: ready %ss, RSS ready %s MB, RSS after calls %s MB\n' "$label" \
    "$(printf '%s\n' "${rows[@]}" | awk '{print $1}' | median)" \
    "$(printf '%s\n' "${rows[@]}" | awk '{print $2}' | median)" \
    "$(printf '%s\n' "${rows[@]}" | awk '{print $3}' | median)"
done
