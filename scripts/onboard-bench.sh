#!/usr/bin/env bash
# The onboarding demonstration at full size (docs/onboarding.md): generates the foreign test city (50,000 history rows,
# 100,000 readings), starts an empty platform with `./mvnw spring-boot:run` (TONGGUAN_DEMO=false, a fresh data
# directory, a setup token), runs scripts/onboard-example.sh against it, then checks the printed statistics and alarms
# against the independent computation (org.tongguan.onboard.OnboardingCheck).
#   scripts/onboard-bench.sh [historyRows] [readings]      (also: ./bench onboard [historyRows] [readings])
# Environment: ONBOARD_PORT (default 18090); SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD for PostgreSQL instead of H2
# (an empty database).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-50000}
readings=${2:-100000}
port=${ONBOARD_PORT:-18090}
work=$(mktemp -d /tmp/tongguan-onboard-XXXX)
data=$work/city
out=$work/out

./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/onboard.classpath >/dev/null
classpath="target/test-classes:target/classes:$(cat target/onboard.classpath)"
java -cp "$classpath" org.tongguan.onboard.TestCityGenerator "$data" 13 "$rows" "$readings"

export TONGGUAN_SETUP_TOKEN
TONGGUAN_SETUP_TOKEN=$(head -c 30 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); platform log: $work/platform.log"
TONGGUAN_DEMO=false TONGGUAN_IDENTITY_SETUPTOKEN=$TONGGUAN_SETUP_TOKEN setsid ./mvnw -q spring-boot:run \
  -Dspring-boot.run.arguments="--server.port=$port --tongguan.data-dir=$work/data --tongguan.sensing.mqtt.port=0" \
  >"$work/platform.log" 2>&1 &
platform=$!
trap 'kill -- -$platform 2>/dev/null || true' EXIT
until curl -sf "localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $platform 2>/dev/null || { echo "platform died, see $work/platform.log" >&2; exit 1; }
  sleep 1
done

TONGGUAN_URL=http://localhost:$port ADMIN_PASSWORD="onboard-bench-$RANDOM-$RANDOM-password" \
  scripts/onboard-example.sh "$data" "$out" | tee "$work/onboard.log"
java -cp "$classpath" org.tongguan.onboard.OnboardingCheck "$data" "$out"
