#!/usr/bin/env bash
# Benchmark of the public and signed-in pages against a running portal: each URL is measured right after a small static file of
# the same server (same connections, same cookie), its yardstick (docs/benchmarks.md, "Method"). Needs wrk, curl, python3.
#
#   db/bench/benchmark.sh [BASE_URL]             default http://localhost:8080
#
# Environment (all optional):
#   DURATION=10s  WARMUP=3s        measured and warm-up time per URL (wrk -d)
#   CONNECTIONS=32  HIGH=200       connections of the first and of the second pass (HIGH= skips the second)
#   THREADS=2                      wrk threads (the machine's cores)
#   TIMEOUT=10s                    a response slower than this counts as a socket error (wrk --timeout)
#   STATIC=/favicon.ico            the static file every figure is compared with
#   INPUT_ID DECISION_ID TASK_ID   pages to measure; found through the open-data API when unset
#   PEOPLE=32                      people signed in at once for the signed-in pass (one session each)
#   RESIDENTS=resident%d@city.example  OFFICIALS=official%d@city.example  PASSWORD=civic-portal-demo
#   SIGNED_IN=false                skips the signed-in pass;  PUBLIC_PAGES=false skips both public passes
set -euo pipefail

BASE=${1:-http://localhost:8080}
BASE=${BASE%/}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
CONNECTIONS=${CONNECTIONS:-32}
HIGH=${HIGH-200}
THREADS=${THREADS:-2}
TIMEOUT=${TIMEOUT:-10s}
STATIC=${STATIC:-/favicon.ico}
PEOPLE=${PEOPLE:-$CONNECTIONS}
RESIDENTS=${RESIDENTS:-resident%d@city.example}
OFFICIALS=${OFFICIALS:-official%d@city.example}
PASSWORD=${PASSWORD:-civic-portal-demo}
SIGNED_IN=${SIGNED_IN:-true}
PUBLIC_PAGES=${PUBLIC_PAGES:-true}
HERE=$(cd "$(dirname "$0")" && pwd)
WRK=${WRK:-wrk}

command -v "$WRK" >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
curl -fsS -o /dev/null "$BASE$STATIC" || { echo "$BASE$STATIC does not answer; is the portal running?" >&2; exit 1; }

# The first id in an open-data list (the API lists newest first).
first_id() {
  curl -fsS -H 'Accept: application/json' "$BASE$1" | grep -o '"id" *: *[0-9]*' | head -1 | grep -o '[0-9]*$'
}
INPUT_ID=${INPUT_ID:-$(first_id '/api/v1/inputs?sort=MOST_SUPPORTED&size=1')}
DECISION_ID=${DECISION_ID:-$(first_id '/api/v1/decisions?size=1')}
TASK_ID=${TASK_ID:-$(first_id '/api/v1/tasks?size=1')}

PUBLIC=(
  /
  /inputs
  "/inputs?sort=MOST_SUPPORTED"
  "/inputs?sort=LONGEST_WAITING"
  "/inputs?topic=1"
  "/inputs?district=2&sort=MOST_SUPPORTED"
  "/inputs/$INPUT_ID"
  /chains
  "/decisions/$DECISION_ID"
  /tasks
  "/tasks/$TASK_ID"
  /api/v1/inputs
  /api/v1/decisions
  /api/v1/tasks
  /feeds/chains.atom
  /tasks.ics
)

# Requests still queued from the previous URL would slow the next one down: wait (up to a minute) until the
# static file answers within 100 ms again.
settle() {
  local i
  for i in $(seq 60); do
    [[ $(curl -s -o /dev/null -w '%{time_total}' "$BASE$STATIC") < 0.1 ]] && return
    sleep 1
  done
}

STATIC_RPS=
# pair URL CONNECTIONS [Cookie header, or @file of one Cookie header per signed-in person]: the static file (same connections and cookie), then URL: one table row
# whose ratio is to the static file measured just before it, so both saw the same machine and the same JIT.
pair() {
  QUIET=1 measure "$STATIC" "$2" "${3:-}"
  measure "$@"
}

# measure URL CONNECTIONS [Cookie header]: one table row
measure() {
  local path=$1 connections=$2 cookie=${3:-}
  local args=(-t "$THREADS" -c "$connections" --timeout "$TIMEOUT" --latency -s "$HERE/report.lua" -H 'Accept-Encoding: gzip, deflate, br'
    -H 'Accept: text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8' -H 'Accept-Language: en')
  local sessions=
  if [[ $cookie == @* ]]; then
    sessions=${cookie#@}
  elif [[ -n $cookie ]]; then
    args+=(-H "Cookie: $cookie")
  fi
  export COOKIES=$sessions
  settle
  "$WRK" "${args[@]}" -d "$WARMUP" "$BASE$path" >/dev/null 2>&1 || true
  local line
  line=$("$WRK" "${args[@]}" -d "$DURATION" "$BASE$path" 2>&1 | grep '^RESULT' || echo "RESULT 0 0 0 0 0 0")
  read -r _ rps p50 p99 status sockets requests <<<"$line"
  if [[ $path == "$STATIC" ]]; then
    STATIC_RPS=$rps
    [[ -n ${QUIET:-} ]] && return
  fi
  local ratio
  ratio=$(awk -v r="$rps" -v s="${STATIC_RPS:-0}" 'BEGIN { if (s > 0) printf "%.0f %%", 100 * r / s; else print "-" }')
  if [[ $requests == 0 ]]; then
    printf '| `%s` | 0 | – | – | no response within %s | %s | 0 %% |\n' "$path" "$DURATION" "$STATIC_RPS"
  else
    printf '| `%s` | %s | %s | %s | %s + %s | %s | %s |\n' "$path" "$rps" "$p50" "$p99" "$status" "$sockets" "$STATIC_RPS" "$ratio"
  fi
}

header() {
  echo
  echo "### $1"
  echo
  echo "| URL | req/s | p50 ms | p99 ms | non-2xx/3xx + socket errors | static file req/s, just before | of static |"
  echo "|---|---|---|---|---|---|---|"
}

echo "# Benchmark of $BASE, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "wrk $("$WRK" -v 2>&1 | head -1 | awk '{print $2}'), $THREADS threads, $WARMUP warm-up then $DURATION per URL" \
  "(timeout $TIMEOUT), Accept-Encoding: gzip; static file \`$STATIC\`; $(nproc) cores, load generator on the same machine."

if [[ $PUBLIC_PAGES == true ]]; then
  header "Public pages, $CONNECTIONS connections"
  for path in "${PUBLIC[@]}"; do pair "$path" "$CONNECTIONS"; done
fi

if [[ $PUBLIC_PAGES == true && -n $HIGH ]]; then
  STATIC_RPS=
  header "Public pages, $HIGH connections"
  for path in "${PUBLIC[@]}"; do pair "$path" "$HIGH"; done
fi

if [[ $SIGNED_IN == true ]]; then
  # Each person signed in has a session of their own, as in a city: residents following the chain, officials.
  SESSIONS=$(mktemp -d)
  trap 'rm -rf "$SESSIONS"' EXIT
  # Some city accounts never verified their email and cannot sign in: the next number stands in for them.
  signed_in() { [[ -f $1 ]] && wc -l <"$1" || echo 0; }
  i=0
  while (( $(signed_in "$SESSIONS/residents") < PEOPLE || $(signed_in "$SESSIONS/officials") < PEOPLE )); do
    i=$((i + 1))
    if (( i > 4 * PEOPLE )); then echo "Could not sign in $PEOPLE residents and $PEOPLE officials" >&2; exit 1; fi
    # The portal allows 30 sign-ins per address in 15 minutes; on this machine each person comes from an
    # address of their own (127.0.0.x), as people do. A session is not tied to the address it started from.
    from=$BASE
    [[ $BASE =~ ^http://(localhost|127\.0\.0\.1)(:[0-9]+)?$ ]] && from="http://127.0.$((i / 200)).$((10 + i % 200))${BASH_REMATCH[2]}"
    # shellcheck disable=SC2059
    if (( $(signed_in "$SESSIONS/residents") < PEOPLE )); then
      python3 "$HERE/faces_form.py" "$from" "$(printf "$RESIDENTS" "$i")" "$PASSWORD" \
        --follow "/decisions/$DECISION_ID" >>"$SESSIONS/residents" 2>/dev/null || true
    fi
    # shellcheck disable=SC2059
    if (( $(signed_in "$SESSIONS/officials") < PEOPLE )); then
      python3 "$HERE/faces_form.py" "$from" "$(printf "$OFFICIALS" "$i")" "$PASSWORD" >>"$SESSIONS/officials" 2>/dev/null || true
    fi
  done
  STATIC_RPS=
  header "Signed in, $CONNECTIONS connections, $PEOPLE people of each kind taking turns"
  pair /me "$CONNECTIONS" "@$SESSIONS/residents"
  pair "/decisions/$DECISION_ID" "$CONNECTIONS" "@$SESSIONS/residents"
  pair /admin/inputs "$CONNECTIONS" "@$SESSIONS/officials"
  echo
  echo "Signed in: $PEOPLE residents (each following /decisions/$DECISION_ID) and $PEOPLE officials, among" \
    "$(printf "$RESIDENTS" 1) … $(printf "$RESIDENTS" "$i") and $(printf "$OFFICIALS" 1) … $(printf "$OFFICIALS" "$i");" \
    "each request takes the next person's session."
fi
