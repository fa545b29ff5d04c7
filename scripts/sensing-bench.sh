#!/usr/bin/env bash
# Sensing benchmark (issue 4): 10,000 devices on real MQTT connections, QoS 1, against the embedded broker or Mosquitto.
#   scripts/sensing-bench.sh [embedded|mosquitto] [runs] [steady seconds] [h2|postgres]
#   (default: embedded, 3 runs, 600 s, h2; postgres needs TONGGUAN_BENCH_POSTGRES_URL as for scripts/load-bench.sh)
# In one invocation, on this machine:
#   1. ceiling: the broker alone (embedded: BrokerLoad, which acknowledges without parsing or storing; or Mosquitto) and
#      a subscriber that only counts; every device keeps WINDOW messages in flight; delivered/s is the ceiling;
#   2. throughput: the demo platform on a fresh database (demo scale 4: 12,000 devices, 10,000 of them reporting).
#      Embedded: the same devices and window; messages/s accepted (parsed, rules evaluated) and stored (PUBACK once
#      committed). Mosquitto acknowledges the devices itself, so a closed loop would measure Mosquitto: instead fixed
#      rates (RATES, 60 s each, ascending) until the platform no longer keeps up (stored < 98 % of sent or alarm p99
#      >= 1 s over the last 30 s); the highest rate it kept up with is its sustained rate;
#   3. steady: 10,000 msg/s for the steady seconds with 20 alarms raised and cleared per second: reading → alarm delay
#      p50/p99 and the platform's resident memory every 10 s (before the rate steps, which leave a backlog).
# Needs the mosquitto binary for the mosquitto variant (apt-get install mosquitto). Environment as scripts/bench-lib.sh,
# plus WINDOW (default 4), BENCH_PORT (18092), MQTT_PORT (18830).
set -euo pipefail
cd "$(dirname "$0")/.."
broker=${1:-embedded}
runs=${2:-3}
steady=${3:-600}
db=${4:-h2}
if [ "$db" = postgres ] && [ -z "${TONGGUAN_BENCH_POSTGRES_URL:-}" ]; then
  echo "Set TONGGUAN_BENCH_POSTGRES_URL=jdbc:postgresql://host:5432/postgres?user=…&password=…" >&2
  exit 2
fi
case $broker in embedded|mosquitto) ;; *) echo "usage: $0 [embedded|mosquitto] [runs] [steady seconds]" >&2; exit 2 ;; esac
port=${BENCH_PORT:-18092}
mqtt_port=${MQTT_PORT:-18830}
window=${WINDOW:-4}
source scripts/bench-lib.sh
build_platform_and_tools
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
work=$(mktemp -d /tmp/tongguan-sensing-XXXX)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

start_mosquitto() {
  mkdir -p "$work/mosquitto"
  # Devices write only their own topic (user name = device code); anonymous logins, since this measures throughput.
  printf 'topic read devices/#\npattern write devices/%%u/telemetry\n' >"$work/mosquitto/acl"
  cat >"$work/mosquitto/mosquitto.conf" <<CONF
listener $mqtt_port 127.0.0.1
user $(id -un)
allow_anonymous true
acl_file $work/mosquitto/acl
persistence false
max_inflight_messages 10000
max_queued_messages 1000000
CONF
  mosquitto -c "$work/mosquitto/mosquitto.conf" >"$work/mosquitto/log" 2>&1 &
  pids+=($!)
  sleep 1
  kill -0 "${pids[-1]}" 2>/dev/null || { cat "$work/mosquitto/log" >&2; exit 1; }
}

machine
echo "date: $(date -u +%FT%TZ); broker: $broker; database: $db; platform JVM: $jvm_args; window $window; load $(cut -d' ' -f1-3 /proc/loadavg)"
results="$work/results"

echo "== ceiling: the broker alone, a counting subscriber"
if [ "$broker" = embedded ]; then
  # shellcheck disable=SC2086
  java $jvm_args -cp "$(tool_classpath)" org.tongguan.sensing.mqtt.BrokerLoad serve "$mqtt_port" 2 >"$work/broker.log" 2>&1 &
  pids+=($!)
  sleep 3
  tool org.tongguan.bench.sensing.SensingBench --mode=ceiling --mqtt="127.0.0.1:$mqtt_port" --secret=secret \
    --subscriber=api-key:secret --window="$window" --runs="$runs" | tee -a "$results"
  kill "${pids[-1]}"
else
  start_mosquitto
  tool org.tongguan.bench.sensing.SensingBench --mode=ceiling --mqtt="127.0.0.1:$mqtt_port" --secret=x \
    --window="$window" --runs="$runs" | tee -a "$results"
fi

echo "== platform: fresh $db database, demo scale 4, simulator off"
app_args=(--server.port="$port" --tongguan.data-dir="$work/data" --tongguan.sensing.devices.demo-scale=4
  --tongguan.sensing.simulator.enabled=false)
if [ "$db" = postgres ]; then
  database="tongguan_sensing_bench_$(date +%s)"
  app_args+=(--spring.datasource.url="$(tool org.tongguan.bench.load.FreshDatabase create "$TONGGUAN_BENCH_POSTGRES_URL" "$database")"
    --spring.datasource.username="$(query_value user)" --spring.datasource.password="$(query_value password)")
fi
if [ "$broker" = embedded ]; then
  app_args+=(--tongguan.sensing.mqtt.port="$mqtt_port")
else
  app_args+=(--tongguan.sensing.mqtt.broker=external --tongguan.sensing.mqtt.external.url="tcp://127.0.0.1:$mqtt_port")
fi
# shellcheck disable=SC2086
java $jvm_args -jar "$jar" "${app_args[@]}" >"$work/platform.log" 2>&1 &
platform=$!
pids+=($platform)
await_platform "$port" "$platform" || { tail -50 "$work/platform.log" >&2; exit 1; }
bench=(--mqtt="127.0.0.1:$mqtt_port" --url="http://localhost:$port" --window="$window")
if [ "$broker" = embedded ]; then
  echo "warm-up (JIT): 60 s of throughput"
  tool org.tongguan.bench.sensing.SensingBench --mode=throughput "${bench[@]}" --runs=1 --seconds=50 | grep '^RESULT' |
    sed 's/^/warm-up: /'
  tool org.tongguan.bench.sensing.SensingBench --mode=throughput "${bench[@]}" --runs="$runs" | tee -a "$results"
else
  echo "warm-up (JIT): 60 s at 10,000 msg/s"
  tool org.tongguan.bench.sensing.SensingBench --mode=steady "${bench[@]}" --seconds=60 | grep '^RESULT' |
    sed 's/^/warm-up: /'
fi
echo "== steady: 10,000 msg/s for $steady s, 20 alarms/s"
tool org.tongguan.bench.sensing.SensingBench --mode=steady "${bench[@]}" --seconds="$steady" --pid="$platform" |
  tee -a "$results"
if [ "$broker" = mosquitto ]; then
  echo "== sustained rate: fixed rates, 60 s each, until the platform falls behind"
  for rate in ${RATES:-15000 17500 20000 22500 25000 27500 30000}; do
    tool org.tongguan.bench.sensing.SensingBench --mode=steady "${bench[@]}" --rate="$rate" --seconds=60 |
      grep '^RESULT' | tee "$work/step"
    kept=$(awk -F'\t' '$2 == "steady" && $3 > 30 {sent += $4; stored += $5; p99 = ($7 == "NaN" || $7 > p99) ? ($7 == "NaN" ? 1e9 : $7) : p99}
      END {print (sent > 0 && stored >= 0.98 * sent && p99 < 1000) ? "kept-up" : "behind"}' "$work/step")
    printf 'RESULT\tsustain\t%s\t%s\n' "$rate" "$kept" | tee -a "$results"
    [ "$kept" = kept-up ] || break
  done
fi

kill "$platform"
wait "$platform" 2>/dev/null || true
if [ "$db" = postgres ]; then tool org.tongguan.bench.load.FreshDatabase drop "$TONGGUAN_BENCH_POSTGRES_URL" "$database" >/dev/null; fi

echo
ceiling=$(awk -F'\t' '$1 == "RESULT" && $2 == "ceiling" {print $5}' "$results" | median)
if [ "$broker" = embedded ]; then
  stored=$(awk -F'\t' '$1 == "RESULT" && $2 == "throughput" {print $4}' "$results" | median)
else
  stored=$(awk -F'\t' '$2 == "sustain" && $4 == "kept-up" {print $3}' "$results" | sort -n | tail -1)
  stored=${stored:-0}
fi
echo "medians over $runs runs ($broker): ceiling delivered ${ceiling} msg/s; platform accepted and stored ${stored} msg/s;" \
  "ratio $(awk -v a="$stored" -v b="$ceiling" 'BEGIN {printf "%.2f", a / b}')"
awk -F'\t' '$1 == "RESULT" && $2 == "steady-all" {printf "steady: reading -> alarm delay over the whole run p50 %s ms, p99 %s ms\n", $3, $4}' "$results"
awk -F'\t' '$1 == "RESULT" && $2 == "steady" {print $8}' "$results" | sort -n | sed -n '1p;$p' | paste -sd' ' |
  xargs printf 'RSS MiB min %s max %s\n'
