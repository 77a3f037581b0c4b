#!/usr/bin/env bash
# Starts, stops, reports on or wipes the whole local Kelisim suite: up|stop|status|reset.
set -euo pipefail
COMPONENT=suite
# shellcheck source=deploy/local/env.sh
. "$(dirname "$0")/env.sh"

HERE=$ROOT/deploy/local

usage() {
  echo "usage: $0 up|stop|status|reset" >&2
  exit 2
}

# Starts PostgreSQL, Kafka and Keycloak side by side (they share nothing), then the applications.
cmd_up() {
  local start=$SECONDS pids=() names=(postgres kafka keycloak) i failed=0
  ensure_state_dirs
  # One download serves both Kafka and Keycloak; do it before they start in parallel.
  fetch_dist
  "$HERE/postgres.sh" start &
  pids+=($!)
  "$HERE/kafka.sh" start &
  pids+=($!)
  "$HERE/keycloak.sh" start &
  pids+=($!)
  for i in "${!pids[@]}"; do
    wait "${pids[i]}" || { warn "${names[i]} failed to start"; failed=1; }
  done
  ((failed == 0)) || die "infrastructure did not start; the logs are in $KELISIM_STATE/logs"
  "$HERE/mail.sh" start
  "$HERE/services.sh" start
  info "suite up (profile $KELISIM_PROFILE) in $((SECONDS - start))s"
}

# Stops in reverse order of start; goes on when one step fails, so nothing is left behind.
cmd_stop() {
  local failed=0 pidfile
  # Extra instances (KELISIM_INSTANCE=2 ...) started by fault tests or by hand go first.
  for pidfile in "$KELISIM_STATE"/pids/*-[2-9].pid; do
    [[ -e $pidfile ]] || continue
    KELISIM_INSTANCE=${pidfile: -5:1} "$HERE/services.sh" stop || failed=1
  done
  "$HERE/services.sh" stop || failed=1
  "$HERE/mail.sh" stop || failed=1
  "$HERE/keycloak.sh" stop || failed=1
  "$HERE/kafka.sh" stop || failed=1
  "$HERE/postgres.sh" stop || failed=1
  ((failed == 0)) || die "some components did not stop cleanly"
}

# One line per component; exit status 3 when any is down.
cmd_status() {
  local rc=0
  "$HERE/postgres.sh" status || rc=3
  "$HERE/kafka.sh" status || rc=3
  "$HERE/keycloak.sh" status || rc=3
  "$HERE/mail.sh" status || rc=3
  "$HERE/services.sh" status || rc=3
  return "$rc"
}

# Stops everything and deletes this profile's state; the shared downloads stay.
cmd_reset() {
  local dist
  dist=$(readlink -f "$KELISIM_DIST")
  case "$(readlink -f "$KELISIM_STATE")" in
    "" | / | "$ROOT" | "$ROOT/.kelisim" | "$dist" | "$dist"/*)
      die "refusing to delete KELISIM_STATE=$KELISIM_STATE"
      ;;
  esac
  [[ $dist != "$(readlink -f "$KELISIM_STATE")"/* ]] || die "KELISIM_DIST lies inside KELISIM_STATE; refusing to delete it"
  cmd_stop
  "$HERE/postgres.sh" purge
  rm -rf -- "$KELISIM_STATE"
  info "deleted $KELISIM_STATE"
}

main() {
  case "${1:-}" in
    up) cmd_up ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    reset) cmd_reset ;;
    *) usage ;;
  esac
}

main "$@"
