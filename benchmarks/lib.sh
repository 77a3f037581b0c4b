# Helpers of the Kelisim benchmarks (sourced by bench.sh): databases, tokens, processes, memory,
# profiles and the key=value files every phase writes under $BENCH_OUT/data.
# shellcheck shell=bash
#
# PG_BIN, the folder of psql and pgbench, is set by bench.sh once the suite is up.

BENCH_DIR=$ROOT/benchmarks
BENCH_OUT=${BENCH_OUT:-$ROOT/target/bench}
DATA=$BENCH_OUT/data
TOKEN_URL=http://$KELISIM_HOST:$KC_PORT/realms/kelisim/protocol/openid-connect/token
CONSENT_URL=http://$KELISIM_HOST:$CONSENT_PORT
# Used by phases.sh, which bench.sh sources after this file.
# shellcheck disable=SC2034
NOTIFICATION_URL=http://$KELISIM_HOST:$NOTIFICATION_PORT
# The demo operator the benchmarks act as, and its BIN (the operator_id claim of its token).
OPERATOR_CLIENT=demo-bank
OPERATOR_SECRET=demo-bank-secret
# Used by phases.sh, which bench.sh sources after this file.
# shellcheck disable=SC2034
OPERATOR_BIN=050140001238

say() { printf '[bench] %s\n' "$*"; }

# psql as the superuser, unaligned, stopping at the first error: db_sql DB [psql args...]
db_sql() {
  local db=$1
  shift
  PGOPTIONS='-c client_min_messages=warning' "$PG_BIN/psql" -X -q -At -v ON_ERROR_STOP=1 \
    -h "$KELISIM_HOST" -p "$PG_PORT" -U postgres -d "$db" "$@"
}

# Writes key=value to a phase's file: kv FILE KEY VALUE
kv() { printf '%s=%s\n' "$2" "$3" >>"$DATA/$1.properties"; }

# Starts a phase's file afresh.
kv_reset() { mkdir -p "$DATA"; : >"$DATA/$1.properties"; }

# The 1-, 5- and 15-minute load averages, for the file of whatever was just measured.
kv_load() {
  local one five fifteen _
  read -r one five fifteen _ </proc/loadavg
  kv "$1" "${2:-}load1" "$one"
  kv "$1" "${2:-}load5" "$five"
  kv "$1" "${2:-}load15" "$fifteen"
}

# A client-credentials token for the benchmark operator, fetched once per call site and reused.
operator_token() {
  curl -sf "$TOKEN_URL" -d grant_type=client_credentials -d client_id=$OPERATOR_CLIENT \
    -d client_secret=$OPERATOR_SECRET | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# The PID of a process the local scripts started (services, kafka, keycloak, postgres).
pid_of() {
  local file=$KELISIM_STATE/pids/$1.pid
  [[ -f $file ]] && head -n 1 "$file"
}

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

# Proportional set size of a process and all its descendants (shared pages counted once overall).
tree_pss_kb() {
  local pid=$1 total=0 p
  for p in $pid $(descendants "$pid"); do
    total=$((total + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)))
  done
  echo "$total"
}

descendants() {
  local child children=()
  # Each task's children file is one line of PIDs separated by spaces.
  read -ra children <<<"$(cat /proc/"$1"/task/*/children 2>/dev/null)"
  for child in "${children[@]}"; do
    echo "$child"
    descendants "$child"
  done
}

# Samples a process's RSS every second into a TSV (epoch seconds, RSS in kB, optional extra
# column from a command) until stopped: sampler_start NAME PID [COMMAND]; sampler_stop NAME.
sampler_start() {
  local name=$1 pid=$2 extra=${3:-}
  (
    while kill -0 "$pid" 2>/dev/null; do
      if [[ -n $extra ]]; then
        printf '%s\t%s\t%s\n' "$(date +%s.%N | cut -c1-14)" "$(rss_kb "$pid")" "$(eval "$extra")"
      else
        printf '%s\t%s\n' "$(date +%s.%N | cut -c1-14)" "$(rss_kb "$pid")"
      fi
      sleep 1
    done
  ) >"$DATA/$name.tsv" &
  echo $! >"$DATA/.$name.sampler"
}

sampler_stop() {
  local file=$DATA/.$1.sampler
  [[ -f $file ]] || return 0
  kill "$(cat "$file")" 2>/dev/null || true
  wait "$(cat "$file")" 2>/dev/null || true
  rm -f "$file"
}

# Peak of the RSS column of a sampler's TSV, in MB.
peak_rss_mb() { awk -F'\t' '$2 > m {m = $2} END {printf "%.0f", m / 1024}' "$DATA/$1.tsv"; }

# A JFR recording of one service while a phase runs: jfr_start SERVICE NAME; jfr_stop SERVICE NAME.
jfr_start() {
  local pid
  pid=$(pid_of "$1") || return 0
  jcmd "$pid" JFR.start name="$2" settings=profile >/dev/null
}

jfr_stop() {
  local pid file=$BENCH_OUT/$2.jfr
  pid=$(pid_of "$1") || return 0
  rm -f "$file"
  jcmd "$pid" JFR.stop name="$2" filename="$file" >/dev/null
  java "$BENCH_DIR/java/JfrTop.java" "$file" >"$BENCH_OUT/profile-$2.txt" 2>&1 ||
    say "could not summarise $file (see $BENCH_OUT/profile-$2.txt)"
}

java_tool() { java -XX:+UseSerialGC -Xmx512m "$BENCH_DIR/java/$1.java" "${@:2}"; }

# Registers a purpose of the benchmark operator (repeating it answers 200 with the current version).
ensure_purpose() {
  local code=$1 token=$2 status
  status=$(curl -s -o "$DATA/.purpose.json" -w '%{http_code}' -X POST "$CONSENT_URL/api/v1/purposes" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d @- <<JSON
{"code":"$code","title":{"kk":"Өнімділік сынағы","ru":"Нагрузочный тест","en":"Benchmark"},
 "description":{"kk":"Сынақ деректерімен сервистің жылдамдығын өлшеу, нақты адамдардың деректері қолданылмайды",
                "ru":"Измерение скорости сервиса на синтетических данных, без данных реальных людей",
                "en":"Measure the speed of the service on synthetic data, with no real person's data at all"},
 "legalBasis":"CONSENT","maxValidity":"P1Y","dataCategories":[{"name":"contact","biometric":false,"publicPlaceIdentification":false}],
 "source":"SUBJECT","recipients":[],"automated":false,"aiSystem":false}
JSON
)
  [[ $status == 200 || $status == 201 ]] || { cat "$DATA/.purpose.json" >&2; say "purpose $code: HTTP $status"; return 1; }
}

# Loads the helper functions into a service database (idempotent).
ensure_sql_helpers() { db_sql "$1" -f "$BENCH_DIR/sql/functions.sql" >/dev/null; }
