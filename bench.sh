#!/usr/bin/env bash
# Kelisim benchmarks: ./bench.sh [B1|B2|B3|B4|B5|all] [...]  (docs/benchmarks.md)
#
# Starts the real local suite on its own ports and state folder (PostgreSQL, Kafka, Keycloak, the
# packaged services), loads the data, warms up, measures each figure beside a baseline taken in the
# same run, and writes target/bench/results.json, SVG charts and a summary. Nothing here is a test:
# no figure fails anything. `./bench.sh stop` stops what it started.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")" && pwd)

# Own ports and state, so a benchmark never disturbs ./run.sh or ./test.sh; each one overridable.
export KELISIM_PROFILE=${KELISIM_PROFILE:-test}
export KELISIM_STATE=${KELISIM_STATE:-$ROOT/.kelisim/bench}
export PG_PORT=${PG_PORT:-55432} KAFKA_PORT=${KAFKA_PORT:-59092} KC_PORT=${KC_PORT:-58180}
export KC_MGMT_PORT=${KC_MGMT_PORT:-59000} PORTAL_PORT=${PORTAL_PORT:-58080}
export CONSENT_PORT=${CONSENT_PORT:-58081} OBJECTION_PORT=${OBJECTION_PORT:-58082}
export NOTIFICATION_PORT=${NOTIFICATION_PORT:-58083} SMTP_PORT=${SMTP_PORT:-53025} MAIL_WEB_PORT=${MAIL_WEB_PORT:-58025}

# Sizes and durations (docs/benchmarks.md "Rerun"); the defaults are the full sizes.
export B1_CONSENTS=${B1_CONSENTS:-1000000}
export B1_SECONDS=${B1_SECONDS:-20}
export B1_WARMUP=${B1_WARMUP:-10}
export B1_CONCURRENCY=${B1_CONCURRENCY:-16 64}
export B1_RATES=${B1_RATES:-150 2000}
export B1_REPEATS=${B1_REPEATS:-2}
export B2_RATES=${B2_RATES:-10 200}
export B2_SECONDS=${B2_SECONDS:-20}
export B2_SUBJECTS=${B2_SUBJECTS:-16}
export B3_CONSENTS=${B3_CONSENTS:-1000000}
export B3_STREAMS=${B3_STREAMS:-2}
export B3_MAX_SECONDS=${B3_MAX_SECONDS:-0}
export B3_LINES_PER_REQUEST=${B3_LINES_PER_REQUEST:-50000}
export B4_OPEN=${B4_OPEN:-10000 100000 1000000}
export B4_DUE=${B4_DUE:-10000}

COMPONENT=bench
# shellcheck source=deploy/local/env.sh
. "$ROOT/deploy/local/env.sh"
# shellcheck source=benchmarks/lib.sh
. "$ROOT/benchmarks/lib.sh"
# shellcheck source=benchmarks/phases.sh
. "$ROOT/benchmarks/phases.sh"

usage() {
  echo "usage: $0 [B1|B2|B3|B4|B5|all ...] | report | publish | stop" >&2
  exit 2
}

# Builds a service only when its package is missing (BENCH_BUILD=1 rebuilds), one module at a time.
ensure_built() {
  local module
  for module in consent-service objection-service notification-service portal; do
    if [[ ${BENCH_BUILD:-0} == 1 || ! -f $ROOT/$module/target/quarkus-app/quarkus-run.jar ]]; then
      say "building $module"
      (cd "$ROOT" && mvn -B -q -pl "$module" package -DskipTests)
    fi
  done
}

ensure_suite() {
  if "$ROOT/deploy/local/suite.sh" status >/dev/null 2>&1; then
    return 0
  fi
  ensure_built
  "$ROOT/deploy/local/suite.sh" up
}

machine() {
  kv_reset machine
  kv machine cores "$(nproc)"
  kv machine memory_mb "$(awk '/^MemTotal:/ {printf "%.0f", $2 / 1024}' /proc/meminfo)"
  kv machine cpu "$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
  kv machine kernel "$(uname -r)"
  kv machine java "$(java -version 2>&1 | head -n 1 | sed 's/"//g')"
  kv machine started "$(date -u +%FT%TZ)"
  kv machine command "./bench.sh $*"
  kv_load machine start_
}

# Copies the last run's results, summary, profiles and charts to benchmarks/results/ (docs/benchmarks.md links them).
publish() {
  local dest=$ROOT/benchmarks/results
  mkdir -p "$dest"
  cp "$BENCH_OUT"/results.json "$BENCH_OUT"/summary.txt "$BENCH_OUT"/*.svg "$dest"/
  cp "$BENCH_OUT"/profile-*.txt "$dest"/ 2>/dev/null || true
  say "published to $dest"
}

main() {
  local phases=() p
  [[ $# -gt 0 ]] || set -- all
  case "$1" in
    stop) exec "$ROOT/deploy/local/suite.sh" stop ;;
    report) java_tool Report "$BENCH_OUT"; return ;;
    publish) publish; return ;;
  esac
  for p in "$@"; do
    case "${p^^}" in
      ALL) phases+=(B1 B2 B4 B3 B5) ;;
      B1 | B2 | B3 | B4 | B5) phases+=("${p^^}") ;;
      *) usage ;;
    esac
  done
  # A full run starts from a clean slate; a single phase adds to (or replaces) the last run's figures.
  [[ " ${phases[*]} " == " B1 B2 B4 B3 B5 " ]] && rm -rf "$DATA"
  mkdir -p "$DATA"
  machine "$@"
  ensure_suite
  # psql and pgbench of the PostgreSQL that deploy/local/postgres.sh runs, found the same way.
  PG_BIN=${PG_BIN:-$(pg_bin_dir)} || die "PostgreSQL's programs not found; set PG_BIN"
  for p in "${phases[@]}"; do
    step "$p, $(date -u +%T) UTC"
    "${p,,}"
  done
  kv_load machine end_
  kv machine finished "$(date -u +%FT%TZ)"
  java_tool Report "$BENCH_OUT"
}

main "$@"
