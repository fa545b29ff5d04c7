# Shared by the load benchmarks (sourced): builds the platform jar and the load tools once, runs a tool, medians.
# Environment: TONGGUAN_BUILD_DIR (default target), BENCH_JVM_ARGS (default: the flags of ./mvnw spring-boot:run).
build=${TONGGUAN_BUILD_DIR:-target}
jvm_args=${BENCH_JVM_ARGS:-$(sed -n 's:.*<jvmArguments>\(.*\)</jvmArguments>.*:\1:p' pom.xml)}
# The README run's environment for glibc's allocator (pom.xml <environmentVariables>), for every JVM a bench starts.
while read -r name value; do
  export "$name=$value"
done < <(sed -n 's:.*<\(MALLOC_[A-Z_]*\)>\(.*\)</MALLOC_[A-Z_]*>.*:\1 \2:p' pom.xml)

build_platform_and_tools() {
  ./mvnw -q -DskipTests -Dtongguan.build.dir="$build" package >/dev/null
  ./mvnw -q -Dtongguan.build.dir="$build" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$build/bench.classpath" >/dev/null
  jar=$(ls "$build"/tongguan-*.jar | grep -v original | head -1)
}
tool_classpath() { echo "$build/test-classes:$build/classes:$(cat "$build/bench.classpath")"; }
tool() { java -cp "$(tool_classpath)" "$@"; }
# CPU seconds (user + system) process $1 has used so far.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
machine() {
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
}
# Waits until the platform on port $1 (process $2) is ready.
await_platform() {
  until curl -sf "localhost:$1/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$2" 2>/dev/null || { echo "platform died" >&2; return 1; }
    sleep 1
  done
}
# A parameter of TONGGUAN_BENCH_POSTGRES_URL (jdbc:postgresql://host:5432/postgres?user=…&password=…).
query_value() { sed -n "s/.*[?&]$1=\([^&]*\).*/\1/p" <<<"$TONGGUAN_BENCH_POSTGRES_URL"; }
# Starts the platform jar on a fresh H2 data directory under $work, or on a new PostgreSQL database
# tongguan_<label>_<time> for postgres, with any further platform arguments; prints the machine, date and load, waits
# until it is ready and sets $pid. When the script exits the platform stops, the database and $work go, and a failing
# script shows the platform log's last lines.
#   start_platform h2|postgres <label> <port> [platform arguments…]
start_platform() {
  local db=$1 label=$2 port=$3
  shift 3
  work=$(mktemp -d "/tmp/tongguan-$label-XXXX")
  pid=
  name=
  trap stop_platform EXIT
  app_args=(--server.port="$port" --tongguan.data-dir="$work/data" --tongguan.sensing.mqtt.port=0 "$@")
  if [ "$db" = postgres ]; then
    name="tongguan_${label}_$(date +%s)"
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
}
# The exit trap of start_platform.
stop_platform() {
  local status=$?
  if [ "$status" != 0 ] && [ -f "$work/platform.log" ]; then
    echo "platform log (last 60 lines) after exit status $status:" >&2; grep -v DEBUG "$work/platform.log" | tail -60 >&2
  fi
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if [ -n "$name" ]; then tool org.tongguan.bench.load.FreshDatabase drop "$TONGGUAN_BENCH_POSTGRES_URL" "$name" >/dev/null || true; fi
  rm -rf "$work"
}
