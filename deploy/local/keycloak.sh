#!/usr/bin/env bash
# Runs a local Keycloak with the 'kelisim' realm for Kelisim: fetch|start|stop|status.
set -euo pipefail
COMPONENT=keycloak
# shellcheck source=deploy/local/env.sh
. "$(dirname "$0")/env.sh"

KC_ZIP=$KELISIM_DIST/keycloak/keycloak.zip
# Each profile unpacks its own copy, so their embedded databases never collide.
KC_HOME=$KELISIM_STATE/keycloak
KC_MARKER=$KC_HOME/bin/kc.sh
KC_BUILD_OPTIONS=(--db=dev-file --health-enabled=true)
KC_HEAP=${KC_HEAP:--Xms128m -Xmx512m}
REALM=kelisim
# The kelisim realm, and a second realm whose tokens the services must refuse (used by tests).
REALM_FILES=(kelisim-realm.json outsider-realm.json)
REALM_SOURCES=$ROOT/deploy/keycloak
REALM_IMPORTS=$KC_HOME/data/import
# Generous: a first start imports the realms, which took 4 minutes on a saturated 2-core machine.
START_TIMEOUT=${KC_START_TIMEOUT:-600}

usage() {
  echo "usage: $0 fetch|start|stop|status" >&2
  exit 2
}

cmd_fetch() {
  fetch_dist
  info "distribution ready in $KC_ZIP"
}

# Unpacks the distribution into the state folder, once.
unpack() {
  local tmp
  [[ -x $KC_HOME/bin/kc.sh ]] && return 0
  [[ -f $KC_ZIP ]] || cmd_fetch
  info "unpacking Keycloak $KEYCLOAK_VERSION into $KC_HOME"
  tmp=$KELISIM_STATE/keycloak.unpack
  rm -rf -- "$tmp"
  mkdir -p "$tmp"
  unzip -q "$KC_ZIP" -d "$tmp"
  mv "$tmp"/keycloak-* "$KC_HOME"
  rmdir "$tmp"
}

# Runs the build step (database kind, health endpoints) once, so later starts can use --optimized.
build() {
  local stamp=$KC_HOME/.kelisim-build
  [[ -f $stamp && $(cat "$stamp") == "${KC_BUILD_OPTIONS[*]}" ]] && return 0
  info "building the optimized server (once)"
  if ! "$KC_HOME/bin/kc.sh" build "${KC_BUILD_OPTIONS[@]}" >>"$(log_file keycloak)" 2>&1; then
    show_log_tail "$(log_file keycloak)"
    die "Keycloak build failed; see $(log_file keycloak)"
  fi
  printf '%s' "${KC_BUILD_OPTIONS[*]}" >"$stamp"
}

# Puts the realm file where --import-realm reads it. Import skips a realm that already exists,
# so when the realm file changed, the embedded database is deleted and the realm imported anew.
# True when every realm file is staged exactly as it is in the repository.
realms_staged() {
  local file
  for file in "${REALM_FILES[@]}"; do
    cmp -s "$REALM_SOURCES/$file" "$REALM_IMPORTS/$file" || return 1
  done
}

stage_realm() {
  local file
  for file in "${REALM_FILES[@]}"; do
    [[ -f $REALM_SOURCES/$file ]] || die "realm file $REALM_SOURCES/$file is missing"
  done
  realms_staged && return 0
  if [[ -d $KC_HOME/data/h2 ]]; then
    info "a realm file changed: deleting Keycloak's database to import the realms again"
    rm -rf -- "$KC_HOME/data/h2"
  fi
  rm -rf -- "$REALM_IMPORTS"
  mkdir -p "$REALM_IMPORTS"
  for file in "${REALM_FILES[@]}"; do
    cp "$REALM_SOURCES/$file" "$REALM_IMPORTS/$file"
  done
}

# Readiness: the management health check is UP and the realm publishes its OpenID configuration.
kc_ready() {
  curl -sf --max-time 5 "http://$KELISIM_HOST:$KC_MGMT_PORT/health/ready" 2>/dev/null | grep -q '"UP"' &&
    http_ok "http://$KELISIM_HOST:$KC_PORT/realms/$REALM/.well-known/openid-configuration"
}

cmd_start() {
  local pid start=$SECONDS
  if pid=$(read_pid keycloak "$KC_MARKER"); then
    info "already running (pid $pid, port $KC_PORT)"
    if ! realms_staged; then
      warn "the realm file changed since this server started; run '$0 stop' and start again to import it"
    fi
    return 0
  fi
  require_free_port "$KC_PORT" KC_PORT
  require_free_port "$KC_MGMT_PORT" KC_MGMT_PORT
  ensure_state_dirs
  unpack
  build
  stage_realm
  info "starting on $KELISIM_HOST:$KC_PORT (management $KC_MGMT_PORT)"
  # The bootstrap admin (admin/admin, master realm) is for this local server only.
  launch keycloak env \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_APPEND="$KC_HEAP" \
    "$KC_HOME/bin/kc.sh" start --optimized \
    --http-enabled=true --http-host="$KELISIM_HOST" --http-port="$KC_PORT" \
    --http-management-port="$KC_MGMT_PORT" --hostname-strict=false \
    --cache=local --import-realm
  pid=$(cat "$(pid_file keycloak)")
  if ! wait_for "Keycloak" "$START_TIMEOUT" "$pid" kc_ready; then
    show_log_tail "$(log_file keycloak)"
    die "Keycloak did not become ready; see $(log_file keycloak)"
  fi
  info "ready on http://$KELISIM_HOST:$KC_PORT (realm $REALM) in $((SECONDS - start))s"
}

cmd_stop() {
  # kc.sh passes SIGTERM on to the server's JVM and waits for it.
  stop_process keycloak "$KC_MARKER" TERM 60
}

cmd_status() {
  local pid
  if pid=$(read_pid keycloak "$KC_MARKER") && port_open "$KC_PORT"; then
    status_line keycloak "$pid" "$KC_PORT" UP
  else
    status_line keycloak "${pid:-}" "$KC_PORT" DOWN
    return 3
  fi
}

main() {
  case "${1:-}" in
    fetch|start|stop) run_locked "$@" ;;
  esac
  case "${1:-}" in
    fetch) cmd_fetch ;;
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    *) usage ;;
  esac
}

main "$@"
