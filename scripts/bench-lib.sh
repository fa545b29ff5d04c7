# Shared by the load benchmarks (sourced): builds the platform jar and the load tools once, runs a tool, medians.
# Environment: TONGGUAN_BUILD_DIR (default target), BENCH_JVM_ARGS (default: the flags of ./mvnw spring-boot:run).
build=${TONGGUAN_BUILD_DIR:-target}
jvm_args=${BENCH_JVM_ARGS:-$(sed -n 's:.*<jvmArguments>\(.*\)</jvmArguments>.*:\1:p' pom.xml)}

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
