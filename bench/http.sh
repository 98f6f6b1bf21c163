#!/usr/bin/env bash
# HTTP throughput of one instance on the embedded PostgreSQL, measured with wrk.
# Usage: bench/http.sh [seconds] [connections]   (needs the jar: mvn -B -q -DskipTests package)
# Installs wrk with apt-get when missing. Prints one line per scenario (req/s, p50, p99).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-15}
CONNECTIONS=${2:-16}
PORT=${BENCH_PORT:-18080}
JAR=bootstrap/target/expense-tracker.jar
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
[ -f "$JAR" ] || { echo "build the jar first: mvn -B -q -DskipTests package" >&2; exit 1; }

DATA=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$DATA"' EXIT
DATA_DIR="$DATA" PORT=$PORT OTP_ENABLED=false BCRYPT_COST=10 \
  java -jar "$JAR" >"$DATA/server.log" 2>&1 &
PID=$!
API=http://127.0.0.1:$PORT
for _ in $(seq 1 120); do curl -fs "$API/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done

json() { curl -fs -H 'Content-Type: application/json' "$@"; }
EMAIL="bench-$RANDOM@example.com"
PASSWORD="a long benchmark password, not common"
json -X POST "$API/api/v1/auth/register" \
  -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"full_name\":\"Bench\"}" >/dev/null
TOKEN=$(json -X POST "$API/api/v1/auth/login" -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
WS=$(json -X POST "$API/api/v1/workspaces" -H "Authorization: Bearer $TOKEN" -d '{"name":"Bench"}' \
  | sed -E 's/.*"id":"([^"]+)".*/\1/')
for i in $(seq 1 200); do
  json -X POST "$API/api/v1/workspaces/$WS/expenses" -H "Authorization: Bearer $TOKEN" \
    -d "{\"amount\":\"$((i % 90 + 1)).25\",\"description\":\"Item $i\",\"category\":\"Food\",\"spent_at\":\"2026-11-$(printf %02d $((i % 28 + 1)))\"}" >/dev/null
done

cat >"$DATA/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
wrk.body = '{"amount":"12.50","description":"Bench","category":"Food","spent_at":"2026-11-05"}'
LUA

run() {
  local name=$1; shift
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$@")
  printf '%-34s %10s req/s  p50 %8s  p99 %8s  errors: %s\n' "$name" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1=="50%" {print $2}' <<<"$out")" \
    "$(awk '$1=="99%" {print $2}' <<<"$out")" \
    "$(grep -Eo 'Non-2xx or 3xx responses: [0-9]+|Socket errors.*' <<<"$out" || echo none)"
}
echo "wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s on $(nproc) cores, JDK $(java -version 2>&1 | head -1)"
run "GET /health" "$API/health"
run "GET /health/ready (select 1)" "$API/health/ready"
run "GET /api/v1/users/me" -H "Authorization: Bearer $TOKEN" "$API/api/v1/users/me"
run "GET expenses?limit=50 (of 200)" -H "Authorization: Bearer $TOKEN" \
  "$API/api/v1/workspaces/$WS/expenses?limit=50"
run "GET expenses/summary" -H "Authorization: Bearer $TOKEN" \
  "$API/api/v1/workspaces/$WS/expenses/summary"
run "POST expenses (insert)" -s "$DATA/post.lua" "$API/api/v1/workspaces/$WS/expenses"
