#!/usr/bin/env bash
# Takes an EMPTY platform (started with TONGGUAN_DEMO=false) to a working one through its API only, with the foreign
# test city the project generates itself: first administrator, boundaries (codes assigned by the platform), the city's
# own department functions and departments, catalogue, case history, air-quality stations, alarm rule and sensor
# archive; then prints the case statistics for every grouping and the alarms. Step by step: docs/onboarding.md.
#
#   TONGGUAN_SETUP_TOKEN=… ADMIN_PASSWORD=… scripts/onboard-example.sh [data-dir] [out-dir]
#
# Environment:
#   TONGGUAN_URL          the platform (default http://localhost:8080)
#   TONGGUAN_SETUP_TOKEN  the setup token: TONGGUAN_IDENTITY_SETUPTOKEN of the platform, or the one its log printed
#   ADMIN_USERNAME        the first administrator's login (default city-admin)
#   ADMIN_PASSWORD        their password (required; the platform's password rules apply)
#   ONBOARD_SEED, ONBOARD_HISTORY_ROWS, ONBOARD_READINGS
#                         for generating the test city when data-dir has none (default 13, 50000, 100000)
# data-dir (default target/onboard/city) holds the generated files; out-dir (default <data-dir>/out) receives every
# answer of the platform: statistics-<groupBy>.json and alarms-<page>.json among them.
# Needs bash and curl only (and a JDK to generate the city). No SQL, no codes invented outside the platform.
set -euo pipefail
cd "$(dirname "$0")/.."

base=${TONGGUAN_URL:-http://localhost:8080}
data=${1:-target/onboard/city}
out=${2:-$data/out}
admin=${ADMIN_USERNAME:-city-admin}
: "${TONGGUAN_SETUP_TOKEN:?set TONGGUAN_SETUP_TOKEN (see docs/onboarding.md)}"
: "${ADMIN_PASSWORD:?set ADMIN_PASSWORD for the first administrator}"
groupings=(province city district street community grid category department channel)

say() { printf '\n== %s\n' "$*"; }
now() { date +%s.%N; }
took() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf "%.1f s", b - a}'; }

# api METHOD PATH ANSWER-FILE [curl arguments...]: calls the platform as the administrator; stops on any error answer.
api() {
  local method=$1 path=$2 answer=$3 status
  shift 3
  status=$(curl -sS -o "$answer" -w '%{http_code}' -X "$method" "$base$path" \
    ${token:+-H "Authorization: Bearer $token"} "$@")
  case $status in
    2??) ;;
    *) echo "FAILED: $method $path answered HTTP $status:" >&2; cat "$answer" >&2; echo >&2; exit 1 ;;
  esac
}

# An awk function: field("name") is the value of that JSON field on the current line (one flat object per line), "-"
# when absent.
awk_field='function field(name,   m) {
  if (match($0, "\"" name "\":(\"[^\"]*\"|[^,}]*)")) {
    m = substr($0, RSTART + length(name) + 3, RLENGTH - length(name) - 3); gsub(/"/, "", m); return m
  }
  return "-"
}'

# The value of a top-level JSON field in a file (strings without escaped quotes, numbers); empty when absent.
json_field() {
  sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p" "$2" | head -1
}

if [ ! -f "$data/onboard.env" ]; then
  say "Generating the test city into $data"
  if [ ! -f target/test-classes/org/tongguan/onboard/TestCityGenerator.class ]; then
    ./mvnw -q -DskipTests test-compile
  fi
  java -cp target/test-classes org.tongguan.onboard.TestCityGenerator "$data" "${ONBOARD_SEED:-13}" \
    "${ONBOARD_HISTORY_ROWS:-50000}" "${ONBOARD_READINGS:-100000}"
fi
# shellcheck source=/dev/null
. "$data/onboard.env"
mkdir -p "$out"
rm -f "$out"/alarms-*.json
started=$(now)

say "1. The first administrator (POST /api/setup/administrator with the setup token)"
status=$(curl -sS -o "$out/administrator.json" -w '%{http_code}' -X POST "$base/api/setup/administrator" \
  -H "X-Setup-Token: $TONGGUAN_SETUP_TOKEN" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$admin\",\"password\":\"$ADMIN_PASSWORD\",\"displayName\":\"City administrator\"}")
case $status in
  201) echo "created $admin: $(cat "$out/administrator.json")" ;;
  409) echo "an administrator exists already; signing in as $admin" ;;
  *) echo "FAILED: setup answered HTTP $status: $(cat "$out/administrator.json")" >&2; exit 1 ;;
esac
api POST /api/auth/tokens "$out/token.json" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$admin\",\"password\":\"$ADMIN_PASSWORD\"}"
token=$(json_field token "$out/token.json")
[ -n "$token" ] || { echo "FAILED: no token in $(cat "$out/token.json")" >&2; exit 1; }

say "2. Boundaries, top down; the platform assigns every code (POST /api/admin/regions/import/{level})"
for level in CITY DISTRICT STREET COMMUNITY GRID; do
  file="$data/regions-$(tr '[:upper:]' '[:lower:]' <<<"$level").geojson"
  parent=$([ "$level" = CITY ] && echo "" || echo "?parentName=parentName")
  t=$(now)
  api POST "/api/admin/regions/import/$level$parent" "$out/regions-$level.json" \
    -H 'Content-Type: application/geo+json' --data-binary "@$file"
  echo "$level: created $(json_field created "$out/regions-$level.json"), $(grep -o '"code"' \
    "$out/regions-$level.json" | wc -l) codes assigned ($(took "$t"))"
done

say "3. The city's own department functions and its departments (POST /api/admin/department-functions, .../departments/import)"
tail -n +2 "$data/functions.csv" | while IFS=, read -r code label; do
  status=$(curl -sS -o "$out/function-$code.json" -w '%{http_code}' -X POST "$base/api/admin/department-functions" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"code\":\"$code\",\"label\":\"$label\"}")
  case $status in
    2??) echo "function $code ($label) registered" ;;
    409) echo "function $code is registered already" ;;
    *) echo "FAILED: function $code answered HTTP $status: $(cat "$out/function-$code.json")" >&2; exit 1 ;;
  esac
done
api POST /api/admin/departments/import "$out/departments.json" -H 'Content-Type: text/csv' \
  --data-binary "@$data/departments.csv"
echo "departments: $(cat "$out/departments.json")"

say "4. The catalogue, majors and sub-categories by name, codes assigned (POST /api/admin/catalog/import)"
api POST /api/admin/catalog/import "$out/catalogue.json" -H 'Content-Type: text/csv' \
  --data-binary "@$data/catalogue.csv"
echo "catalogue: majors created $(json_field majorsCreated "$out/catalogue.json"), categories created\
 $(json_field categoriesCreated "$out/catalogue.json")"

say "5. Case history: $HISTORY_ROWS rows, category and department by name (POST /api/admin/cases/history-import)"
t=$(now)
api POST /api/admin/cases/history-import "$out/history.json" -H 'Content-Type: text/csv' \
  --data-binary "@$data/history.csv"
echo "history: imported $(json_field imported "$out/history.json") ($(took "$t"))"

say "6. Air-quality stations, alarm rule and the archive of $READINGS readings"
api POST /api/sensing/device-types "$out/device-type.json" -H 'Content-Type: application/json' \
  --data-binary "@$data/device-type.json"
api GET /api/departments "$out/departments-list.json"
owner=$(tr '{' '\n' <"$out/departments-list.json" | grep -F "\"name\":\"$DEVICE_OWNER\"" \
  | sed -n 's/.*"code":"\([^"]*\)".*/\1/p' | head -1)
[ -n "$owner" ] || { echo "FAILED: no department named $DEVICE_OWNER" >&2; exit 1; }
echo "the stations' owner '$DEVICE_OWNER' has the code $owner"
# devices.csv names its owner department by name; the registry wants the code the platform assigned.
awk -F, -v OFS=, -v name="$DEVICE_OWNER" -v code="$owner" \
  'NR == 1 {for (i = 1; i <= NF; i++) if ($i == "owner") col = i} NR > 1 && $col == name {$col = code} 1' \
  "$data/devices.csv" >"$out/devices-with-owner.csv"
api POST /api/admin/sensing/devices/import "$out/devices.json" -H 'Content-Type: text/csv' \
  --data-binary "@$out/devices-with-owner.csv"
echo "devices: created $(json_field created "$out/devices.json")"
api POST /api/sensing/rules "$out/rule.json" -H 'Content-Type: application/json' --data-binary "@$data/rule.json"
echo "rule $(json_field id "$out/rule.json"): $(json_field name "$out/rule.json")"
t=$(now)
api POST /api/admin/sensing/readings/import "$out/readings.json" -H 'Content-Type: text/csv' \
  --data-binary "@$data/readings.csv"
echo "readings: $(cat "$out/readings.json") ($(took "$t"))"

say "7. Case statistics $STATISTICS_FROM .. $STATISTICS_TO (GET /api/statistics/cases?groupBy=...)"
for grouping in "${groupings[@]}"; do
  api GET "/api/statistics/cases?groupBy=$grouping&from=$STATISTICS_FROM&to=$STATISTICS_TO" \
    "$out/statistics-$grouping.json"
  echo "-- by $grouping"
  # One line per group: the part of each group object before its nested handlingTime.
  tr '{' '\n' <"$out/statistics-$grouping.json" | grep '"reported"' | awk "$awk_field"'
    BEGIN { printf "%-16s %-32s %8s %8s %8s %8s %8s %8s\n", "key", "name", "reported", "due", "closed", "onTime", "reworked", "grade" }
    { printf "%-16s %-32s %8s %8s %8s %8s %8s %8s\n", field("key"), field("name"), field("reported"), field("dueToClose"), field("closed"), field("closedOnTime"), field("reworked"), field("grade") }'
done

say "8. Alarms of the archive $ALARMS_FROM .. $ALARMS_TO (GET /api/sensing/alarms)"
page=0
while :; do
  api GET "/api/sensing/alarms?type=$DEVICE_TYPE&from=$ALARMS_FROM&to=$ALARMS_TO&size=200&page=$page" \
    "$out/alarms-$page.json"
  total=$(sed -n 's/.*"total":\([0-9]*\).*/\1/p' "$out/alarms-$page.json")
  tr '{' '\n' <"$out/alarms-$page.json" | grep '"deviceCode"' | awk "$awk_field"'
    { printf "%-6s %-7s %-9s raised %s at %-6s cleared %s at %s\n", field("deviceCode"), field("level"), field("state"), field("raisedAt"), field("raisedValue"), field("clearedAt"), field("clearedValue") }'
  page=$((page + 1))
  [ $((page * 200)) -lt "${total:-0}" ] || break
done
echo "$total alarms"
say "Done in $(took "$started"); every answer is in $out"
