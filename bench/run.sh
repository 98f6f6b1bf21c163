#!/usr/bin/env bash
# The HTTP benchmark of issue 8, with PostgreSQL's own ceilings measured in the same run.
#
#   bench/run.sh            full run: 3 runs x 15 s per scenario (about 20 minutes on 2 cores)
#   bench/run.sh --smoke    CI smoke: 1,000 rows, 1 run x 1 s per scenario, fails on any error
#
# Starts its own PostgreSQL (the jar's embedded mode on a temporary DATA_DIR, or DATABASE_URL if
# set) and the real server jar (built first if missing), seeds workspaces with generate_series,
# warms up, runs wrk (-t2 -c32) per scenario and pgbench (-c16 -j2, prepared) per ceiling, prints a
# table of medians and writes bench/results/latest.json. Settings (environment):
#   BENCH_RUNS (3), BENCH_DURATION (15 s), BENCH_WARMUP (30 s) and BENCH_WARMUP_MAX (240 s): the least and most warm-up of the list, the create and the keyed create, each until its rate holds and the JIT is quiet, BENCH_CONNECTIONS (32), BENCH_SIZES ("1000 100000 1000000"),
#   BENCH_BCRYPT_COST (12), BENCH_JAVA (java), BENCH_JAVA_OPTS (-Xmx256m), BENCH_PORT (18080), BENCH_JAR (the built server jar),
#   BENCH_SERVER_ENV (extra KEY=value settings for the server), BENCH_OUT (bench/results/latest.json),
#   BENCH_HOLD=1 (pause after seeding, for profiling by hand), BENCH_ONLY (regex of scenario names)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

SMOKE=0
[ "${1:-}" = "--smoke" ] && SMOKE=1
RUNS=${BENCH_RUNS:-3}
DURATION=${BENCH_DURATION:-15}
SIZES=${BENCH_SIZES:-"1000 100000 1000000"}
WARMUP=${BENCH_WARMUP:-30}
WARMUP_MAX=${BENCH_WARMUP_MAX:-240}
if [ "$SMOKE" = 1 ]; then
  RUNS=1 DURATION=1 SIZES=1000 WARMUP=1 WARMUP_MAX=1
fi
CONNECTIONS=${BENCH_CONNECTIONS:-32}
PG_CLIENTS=${BENCH_PG_CLIENTS:-16}
BCRYPT_COST=${BENCH_BCRYPT_COST:-$([ "$SMOKE" = 1 ] && echo 10 || echo 12)}
JAVA=${BENCH_JAVA:-java}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx256m}
PORT=${BENCH_PORT:-18080}
OUT=${BENCH_OUT:-$ROOT/bench/results/latest.json}
JAR=${BENCH_JAR:-$ROOT/bootstrap/target/expense-tracker.jar}
API=http://127.0.0.1:$PORT/api/v1

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# --- tools -------------------------------------------------------------------------------------
need_apt=()
command -v wrk >/dev/null || need_apt+=(wrk)
{ command -v psql && command -v pgbench && pgbench --version; } >/dev/null 2>&1 || need_apt+=(postgresql-client)
command -v jq >/dev/null || need_apt+=(jq)
command -v curl >/dev/null || need_apt+=(curl)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing ${need_apt[*]} with apt-get"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
[ -f "$JAR" ] || { log "building the jar"; mvn -B -q -DskipTests package; }

WORK=$(mktemp -d)
PID=
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# --- server and database -----------------------------------------------------------------------
server_env=(PORT="$PORT" HOST=127.0.0.1 OTP_ENABLED=false BCRYPT_COST="$BCRYPT_COST")
if [ -n "${DATABASE_URL:-}" ]; then
  server_env+=(DATABASE_URL="$DATABASE_URL" SECRET_KEY="${SECRET_KEY:-$(head -c 48 /dev/urandom | base64 -w0)}")
  PGURL=$(sed -E 's#^jdbc:##; s#^postgresql\+asyncpg:#postgresql:#' <<<"$DATABASE_URL")
else
  server_env+=(DATA_DIR="$WORK/data")
fi
# shellcheck disable=SC2206
server_env+=(${BENCH_SERVER_ENV:-})
log "starting $JAR ($("$JAVA" -version 2>&1 | head -1), $JAVA_OPTS, BCRYPT_COST=$BCRYPT_COST ${BENCH_SERVER_ENV:-})"
env "${server_env[@]}" "$JAVA" $JAVA_OPTS -jar "$JAR" >"$WORK/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null || { tail -50 "$WORK/server.log" >&2; exit 1; }
if [ -z "${DATABASE_URL:-}" ]; then
  PGPORT=$(sed -nE 's/.*Embedded PostgreSQL data directory: .* \(port ([0-9]+), user postgres\).*/\1/p' "$WORK/server.log" | head -1)
  PGURL=postgresql://postgres:postgres@127.0.0.1:$PGPORT/postgres
fi
sql() { psql "$PGURL" -X -q -v ON_ERROR_STOP=1 "$@"; }

# --- users, workspaces and members through the API ---------------------------------------------
call() { # method path [body]: prints the JSON answer, fails on non-2xx
  local method=$1 path=$2 body=${3:-}
  curl -fsS -X "$method" "$API$path" -H 'Content-Type: application/json' \
    ${TOKEN:+-H "Authorization: Bearer $TOKEN"} ${body:+-d "$body"}
}
PASSWORD="a long benchmark passphrase, not common"
RUN_ID=$(date +%s)-$$
TOKEN=
USERS=()
for i in 0 1 2 3; do
  USERS+=("$(call POST /auth/register "{\"email\":\"bench$i-$RUN_ID@example.com\",\"password\":\"$PASSWORD\",\"full_name\":\"Bench $i\"}" | jq -r .id)")
done
LOGIN_BODY="{\"email\":\"bench0-$RUN_ID@example.com\",\"password\":\"$PASSWORD\"}"
TOKEN=$(call POST /auth/login "$LOGIN_BODY" | jq -r .access_token)
MEMBERS="{$(IFS=,; echo "${USERS[*]}")}"
workspace() { # name rows: creates, adds the three other members, seeds; prints the id
  local ws
  ws=$(call POST /workspaces "{\"name\":\"$1\",\"currency\":\"USD\"}" | jq -r .id)
  for i in 1 2 3; do
    call POST "/workspaces/$ws/members" "{\"email\":\"bench$i-$RUN_ID@example.com\",\"role\":\"member\"}" >/dev/null
  done
  sql -v ws="$ws" -v n="$2" -v members="$MEMBERS" -f bench/sql/seed.sql >/dev/null
  echo "$ws"
}
declare -A WS
seed_start=$(date +%s)
for n in $SIZES; do
  log "seeding a workspace with $n expenses"
  WS[$n]=$(workspace "Bench $n" "$n")
done
WW=$(workspace "Bench writes" 1000)
sql -c "vacuum analyze expenses" -c "vacuum analyze expense_shares" >/dev/null
SEED_SECONDS=$(($(date +%s) - seed_start))
SMALL=$(awk '{print $1}' <<<"$SIZES")
LARGE=$(awk '{print $NF}' <<<"$SIZES")
MID=$( [[ " $SIZES " == *" 100000 "* ]] && echo 100000 || echo "$LARGE")
sql -At -c "select id from expenses where workspace_id = '$WW' order by id" >"$WORK/patch-ids"
log "seeded in ${SEED_SECONDS}s; workspaces: ${WS[*]} writes $WW"
if [ -n "${BENCH_HOLD:-}" ]; then # for profiling by hand: keep server and data until the file goes
  touch "$WORK/hold"
  log "holding; psql $PGURL; token $TOKEN; rm $WORK/hold to go on"
  while [ -f "$WORK/hold" ]; do sleep 1; done
fi

# --- measuring ---------------------------------------------------------------------------------
RESULTS=$WORK/results.jsonl
rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$PID/status"; }
# The whole machine's CPU during one run, from two readings of /proc/stat's first line: the share
# the hypervisor gave to other guests (steal) and the share nobody used (idle and I/O wait). A run
# with a high steal measured a slower machine, whatever the code did.
cpu_reading() { head -1 /proc/stat; }
cpu_shares() { # before after: prints {"idle_pct":…,"steal_pct":…}
  awk -v a="$1" -v b="$2" 'BEGIN {
    split(a, x, " "); split(b, y, " "); t = 0
    for (i = 2; i <= 9; i++) { d[i] = y[i] - x[i]; t += d[i] } # user … steal; guest is in user
    if (t == 0) t = 1
    printf "{\"idle_pct\":%.1f,\"steal_pct\":%.1f}", 100 * (d[5] + d[6]) / t, 100 * d[9] / t }'
}

# wrk stops with up to one request per connection still inside the server, queued for a pooled
# connection or running: a 15 s summary run left about 1.5 s of summaries behind, which the next
# scenario (balances) measured as its own tail (p99 0.35-0.94 s in every full run until then, 0.1 s
# alone). So every wrk run is followed by a wait, at most 20 s, until the JVM uses under a tenth of
# a core and no client backend of PostgreSQL is active (a role without the rights to see other
# sessions sees none: then only the JVM is waited for).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; } # the server's user + system, 1/100 s
quiesce() {
  local i a b active
  for i in $(seq 100); do
    a=$(cpu_ticks)
    sleep 0.2
    b=$(cpu_ticks)
    active=$(sql -At -c "select count(*) from pg_stat_activity where backend_type = 'client backend'
      and state = 'active' and pid <> pg_backend_pid()" 2>/dev/null || echo 0)
    [ $((b - a)) -le 2 ] && [ "$active" = 0 ] && return 0
  done
  log "the server was still busy 20 s after wrk stopped; going on"
}

# scenario name connections seconds run path [KEY=value ...]: one wrk run, one JSON line
wrk_run() {
  local name=$1 conns=$2 seconds=$3 run=$4 path=$5
  shift 5
  [[ "$run" = warmup || "$name" =~ ${BENCH_ONLY:-.} ]] || return 0
  local line before
  before=$(cpu_reading)
  line=$(env BENCH_NONCE="$RUN_ID-$run-$name" "$@" wrk -t2 -c"$conns" -d"${seconds}s" --timeout 10s --latency \
    -s bench/wrk/scenario.lua "http://127.0.0.1:$PORT$path" | sed -n 's/^BENCHJSON //p')
  [ -n "$line" ] || { log "wrk gave no result for $name"; exit 1; }
  local after rss
  after=$(cpu_reading)
  rss=$(rss_kib)
  quiesce
  [ "$run" = warmup ] && return 0
  jq -c --arg name "$name" --argjson run "$run" --argjson conns "$conns" --argjson rss "$rss" \
    --argjson cpu "$(cpu_shares "$before" "$after")" \
    '. + {name: $name, kind: "http", run: $run, connections: $conns, rss_kib: $rss} + $cpu' <<<"$line" >>"$RESULTS"
}

reset_writes() { sql -v ws="$WW" -f bench/sql/reset.sql >/dev/null; }
# Before each measured phase: the rows the last write phase left are removed, and their dead tuples
# and dirty pages are dealt with now, not by autovacuum or a checkpoint in the middle of the next
# measurement (the first read after the pgbench inserts used to run up to a quarter slower).
# CHECKPOINT needs superuser or pg_checkpoint; without, it is skipped.
settle() {
  reset_writes
  sql -c "vacuum (analyze) expenses, expense_shares, idempotency_keys, audit_entries" >/dev/null
  sql -c "checkpoint" >/dev/null 2>&1 || true
}

A="BENCH_TOKEN=$TOKEN"
CREATE_BODY='{"amount":"12.60","description":"Bench write","category":"Food","spent_at":"2026-11-05"}'
SHARES=(-D ws="$WW" -D payer="${USERS[0]}" -D users="$MEMBERS" -D paid="{1260,0,0,0}"
  -D owed="{315,315,315,315}" -D in_split="{t,t,t,t}" -D share_values="{NULL,NULL,NULL,NULL}")

# The machine's speed moves by up to 2 x within a minute (the same keyed create took 0.95 and 1.68 ms
# of JVM CPU half a minute apart on a held server), so each ceiling is measured right before the
# endpoint compared with it, not a phase earlier. Ceilings are skipped in the warm-up and the smoke.
ceiling() { # name script run [-D ...]
  [ "$3" = warmup ] || [ "$SMOKE" = 1 ] || pg_run "$@"
}
http_reads() { # seconds run
  ceiling pg_select_only "" "$2"
  for n in $SIZES; do
    if [ "$n" = "$SMALL" ] || [ "$n" = "$LARGE" ]; then
      ceiling "pg_list_$n" bench/pgbench/list.sql "$2" -D ws="${WS[$n]}"
    fi
    wrk_run "list_$n" "$CONNECTIONS" "$1" "$2" "/api/v1/workspaces/${WS[$n]}/expenses?limit=50" "$A"
  done
  wrk_run "list_category_$LARGE" "$CONNECTIONS" "$1" "$2" "/api/v1/workspaces/${WS[$LARGE]}/expenses?category=Food&limit=50" "$A"
  ceiling "pg_summary_$MID" bench/pgbench/summary.sql "$2" -D ws="${WS[$MID]}"
  wrk_run "summary_$MID" "$CONNECTIONS" "$1" "$2" "/api/v1/workspaces/${WS[$MID]}/expenses/summary" "$A"
  wrk_run "balances_$SMALL" "$CONNECTIONS" "$1" "$2" "/api/v1/workspaces/${WS[$SMALL]}/balances" "$A"
  wrk_run users_me "$CONNECTIONS" "$1" "$2" /api/v1/users/me "$A"
  wrk_run health "$CONNECTIONS" "$1" "$2" /health
}
http_writes() { # seconds run: every write scenario and ceiling starts from the same rows (settle)
  local path=/api/v1/workspaces/$WW/expenses
  ceiling pg_insert bench/pgbench/insert.sql "$2" "${SHARES[@]}"
  between_writes "$2"
  ceiling pg_create bench/pgbench/create.sql "$2" "${SHARES[@]}"
  between_writes "$2"
  wrk_run create "$CONNECTIONS" "$1" "$2" "$path" "$A" BENCH_METHOD=POST "BENCH_BODY=$CREATE_BODY"
  between_writes "$2"
  ceiling pg_create_idempotent bench/pgbench/create_idempotent.sql "$2" "${SHARES[@]}"
  between_writes "$2"
  wrk_run create_idempotent "$CONNECTIONS" "$1" "$2" "$path" "$A" BENCH_METHOD=POST \
    "BENCH_BODY=$CREATE_BODY" BENCH_IDEMPOTENCY=1
  between_writes "$2"
  wrk_run patch "$CONNECTIONS" "$1" "$2" "$path" "$A" BENCH_METHOD=PATCH BENCH_IDS="$WORK/patch-ids" \
    'BENCH_BODY={"notes":"patched by the benchmark"}' BENCH_CONTENT_TYPE=application/merge-patch+json
}
between_writes() { # run: settle, but not in the warm-up or the smoke (where nothing is measured)
  [ "$1" = warmup ] || [ "$SMOKE" = 1 ] || settle
}
login() { # seconds run: logins alone, then logins at the same time as the small list
  wrk_run login 4 "$1" "$2" /api/v1/auth/login BENCH_METHOD=POST "BENCH_BODY=$LOGIN_BODY"
  wrk_run login_under_list 4 "$1" "$2" /api/v1/auth/login BENCH_METHOD=POST "BENCH_BODY=$LOGIN_BODY" &
  local bg=$!
  wrk_run "list_${SMALL}_under_login" "$CONNECTIONS" "$1" "$2" "/api/v1/workspaces/${WS[$SMALL]}/expenses?limit=50" "$A"
  wait "$bg"
}
# pgbench -S needs its own tables: a separate database on the same server.
PGBENCH_URL=
if [ "$SMOKE" = 0 ]; then
  sql -c "drop database if exists bench_pgbench" -c "create database bench_pgbench" >/dev/null 2>&1 &&
    PGBENCH_URL=$(sed -E 's#^(postgres(ql)?://[^/]*)/[^?]*#\1/bench_pgbench#' <<<"$PGURL") &&
    pgbench "$PGBENCH_URL" -i -q -s 10 >/dev/null 2>&1 || PGBENCH_URL=
fi
# ceiling name script run [-D ...]: pgbench against the same database (-S: its own), one JSON line
pg_run() {
  local name=$1 script=$2 run=$3 url=$PGURL
  shift 3
  [[ "$name" =~ ${BENCH_ONLY:-.} ]] || return 0
  if [ "$name" = pg_select_only ]; then
    [ -n "$PGBENCH_URL" ] || return 0
    url=$PGBENCH_URL
    set -- -S
  fi
  local out before
  before=$(cpu_reading)
  out=$(pgbench "$url" -n -M prepared -c"$PG_CLIENTS" -j2 -T"$DURATION" "$@" ${script:+-f "$script"} 2>&1) ||
    { echo "$out" >&2; exit 1; }
  local tps lat failed
  tps=$(sed -nE 's/^tps = ([0-9.]+).*/\1/p' <<<"$out")
  lat=$(sed -nE 's/^latency average = ([0-9.]+) ms/\1/p' <<<"$out")
  failed=$(sed -nE 's/^number of failed transactions: ([0-9]+).*/\1/p' <<<"$out")
  jq -nc --arg name "$name" --argjson run "$run" --argjson tps "$tps" --argjson lat "$lat" \
    --argjson clients "$PG_CLIENTS" --argjson failed "${failed:-0}" \
    --argjson cpu "$(cpu_shares "$before" "$(cpu_reading)")" \
    '{name: $name, kind: "ceiling", run: $run, rps: $tps, latency_avg_ms: $lat, clients: $clients, errors: $failed} + $cpu' >>"$RESULTS"
}

# One bcrypt check at the configured cost, on this JVM, while nothing else runs.
BCRYPT_MS=$("$JAVA" -cp "$JAR" bench/BcryptCheck.java "$BCRYPT_COST" "$([ "$SMOKE" = 1 ] && echo 1 || echo 5)")
log "one bcrypt check at cost $BCRYPT_COST: $BCRYPT_MS ms"

# The JIT keeps compiling for minutes under load on 2 cores, and while it does it takes most of a
# core: a rate that holds still for two windows is not enough (the list's rate went on rising from
# 560 to 900 req/s over the next 90 s, with the compiler busy for 6 s of every 6.5 s). So the three
# hottest paths (the list, the create, the keyed create) are warmed until their rate holds still and
# the JIT's compile time (jstat, from the server's JDK) grows by under 5 % of a window; then every
# scenario briefly; then, idle, until the compiler has drained its queue.
EACH_WARMUP=$([ "$SMOKE" = 1 ] && echo 1 || echo 3)
WINDOW=$([ "$SMOKE" = 1 ] && echo 1 || echo 5)
JSTAT=$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jstat
jit_ms() { # the server JVM's total JIT compile time in ms, or -1 without jstat
  local t
  t=$([ -x "$JSTAT" ] && "$JSTAT" -compiler "$PID" 2>/dev/null | awk 'NR == 2 {printf "%d", $4 * 1000}') || true
  echo "${t:--1}"
}
jit_quiet() { # before after: compiled for under 5 % of a window in between (always, without jstat)
  [ "$1" -lt 0 ] || [ $(($2 - $1)) -lt $((WINDOW * 50)) ]
}
window_rps() { # path [KEY=value ...]: the rate of one wrk window
  local path=$1
  shift
  env BENCH_NONCE="$RUN_ID-warm-$(date +%s%N)" "$@" wrk -t2 -c"$CONNECTIONS" -d"${WINDOW}s" --timeout 10s \
    -s bench/wrk/scenario.lua "http://127.0.0.1:$PORT$path" | sed -n 's/^BENCHJSON //p' | jq '.rps'
  quiesce
}
# label path [KEY=value ...]: windows until two in a row are within 5 % of each other and the JIT
# was quiet during the last (at least BENCH_WARMUP seconds, at most BENCH_WARMUP_MAX)
warm_until_steady() {
  local label=$1 path=$2 spent=0 last=0 rps jit_before jit_after
  shift 2
  while :; do
    jit_before=$(jit_ms)
    rps=$(window_rps "$path" "$@")
    jit_after=$(jit_ms)
    spent=$((spent + WINDOW))
    if [ "$spent" -ge "$WARMUP" ] && jit_quiet "$jit_before" "$jit_after" &&
      jq -en --argjson a "$last" --argjson b "$rps" '$a > 0 and (($b - $a) | fabs) <= 0.05 * $a' >/dev/null; then
      log "warm-up: $label steady at $rps req/s after ${spent}s (JIT: $((jit_after / 1000)) s compiling so far)"
      return 0
    fi
    if [ "$spent" -ge "$WARMUP_MAX" ]; then
      log "warm-up: $label still moving after ${spent}s (last windows $last and $rps req/s, JIT $((jit_after - jit_before)) ms in the last); going on"
      return 0
    fi
    last=$rps
  done
}
jit_drain() { # idle until a window passes with (almost) no compiling, at most 12 windows
  local before after i
  for i in $(seq 1 12); do
    before=$(jit_ms)
    sleep "$WINDOW"
    after=$(jit_ms)
    jit_quiet "$before" "$after" && return 0
  done
  log "warm-up: the JIT was still compiling after $((12 * WINDOW))s idle; going on"
}
# The keyed create has its own code (the request's fingerprint, the key's claim, the stored
# response): with 3 s of warm-up it ran its first measured run at two thirds of its later rate
# (475 against 737 req/s on a held server, 36.6–44.0 % against 52.6–58.9 % in full runs).
log "warming up (the small list, the create and the keyed create until steady, then ${EACH_WARMUP}s each scenario)"
warm_until_steady list "/api/v1/workspaces/${WS[$SMALL]}/expenses?limit=50" "$A"
warm_until_steady create "/api/v1/workspaces/$WW/expenses" "$A" BENCH_METHOD=POST "BENCH_BODY=$CREATE_BODY"
warm_until_steady "keyed create" "/api/v1/workspaces/$WW/expenses" "$A" BENCH_METHOD=POST \
  "BENCH_BODY=$CREATE_BODY" BENCH_IDEMPOTENCY=1
reset_writes
http_reads "$EACH_WARMUP" warmup
http_writes "$EACH_WARMUP" warmup
[ "$SMOKE" = 1 ] || jit_drain

# Each ceiling is measured just before the scenario compared with it (http_reads, http_writes), and
# the ratios are taken run by run (bench/report.jq).
for run in $(seq 1 "$RUNS"); do
  settle
  log "run $run of $RUNS: reads (each ceiling just before its endpoint)"
  http_reads "$DURATION" "$run"
  log "run $run of $RUNS: writes (each ceiling just before its endpoint)"
  http_writes "$DURATION" "$run"
  settle
  log "run $run of $RUNS: logins"
  login "$DURATION" "$run"
done

# --- report ------------------------------------------------------------------------------------
mkdir -p "$(dirname "$OUT")"
jq -s \
  --arg date "$(date -u +%Y-%m-%dT%H:%M:%SZ)" --arg java "$("$JAVA" -version 2>&1 | head -1)" \
  --arg load "$(cut -d' ' -f1-3 /proc/loadavg)" --argjson cores "$(nproc)" --argjson runs "$RUNS" \
  --argjson seconds "$DURATION" --argjson bcrypt_ms "$BCRYPT_MS" --argjson cost "$BCRYPT_COST" \
  --argjson seed_seconds "$SEED_SECONDS" --arg sizes "$SIZES" --arg small "$SMALL" --arg large "$LARGE" \
  --arg mid "$MID" --arg server_env "${BENCH_SERVER_ENV:-}" --arg java_opts "$JAVA_OPTS" \
  -f bench/report.jq "$RESULTS" >"$OUT"
jq -r -f bench/table.jq "$OUT"
[ "$SMOKE" = 1 ] && log "smoke: 1 s per scenario, cold JIT; only errors are checked, the targets above mean nothing here"
log "wrote $OUT"
ERRORS=$(jq '[.http[].errors] | add' "$OUT")
if [ "$ERRORS" != 0 ]; then
  log "FAILED: $ERRORS non-2xx or socket errors"
  exit 1
fi
