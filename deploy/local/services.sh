#!/usr/bin/env bash
# Runs the built Kelisim applications (three services, then the portal): start|stop|status [name...].
set -euo pipefail
COMPONENT=services
# shellcheck source=deploy/local/env.sh
. "$(dirname "$0")/env.sh"

ALL_SERVICES=(consent-service objection-service notification-service)
ALL_APPS=("${ALL_SERVICES[@]}" portal)
APP_HEAP=${APP_HEAP:--Xms64m -Xmx384m}
READY_TIMEOUT=${APP_READY_TIMEOUT:-300}
# A second (third, ...) instance of the applications runs beside the first on ports shifted by
# 100 per instance, with the same databases and broker: KELISIM_INSTANCE=2 services.sh start.
INSTANCE=${KELISIM_INSTANCE:-1}
[[ $INSTANCE =~ ^[1-9]$ ]] || { echo "KELISIM_INSTANCE must be 1 to 9, not '$INSTANCE'" >&2; exit 2; }

usage() {
  echo "usage: $0 start|stop|status [${ALL_APPS[*]}]" >&2
  exit 2
}

app_port() {
  local base
  case "$1" in
    consent-service) base=$CONSENT_PORT ;;
    objection-service) base=$OBJECTION_PORT ;;
    notification-service) base=$NOTIFICATION_PORT ;;
    portal) base=$PORTAL_PORT ;;
    *) die "unknown application '$1' (known: ${ALL_APPS[*]})" ;;
  esac
  echo $((base + (INSTANCE - 1) * 100))
}

# The name an instance's PID file and log go by: consent-service, consent-service-2, ...
instance_name() {
  if ((INSTANCE == 1)); then echo "$1"; else echo "$1-$INSTANCE"; fi
}

app_jar() { printf '%s/%s/target/quarkus-app/quarkus-run.jar' "$ROOT" "$1"; }

ready_url() { printf 'http://%s:%s/q/health/ready' "$KELISIM_HOST" "$(app_port "$1")"; }

# Prints the environment of one application, one NAME=value per line.
app_env() {
  local name=$1
  echo "QUARKUS_HTTP_PORT=$(app_port "$name")"
  echo "QUARKUS_HTTP_HOST=$KELISIM_HOST"
  echo "QUARKUS_OIDC_AUTH_SERVER_URL=http://$KELISIM_HOST:$KC_PORT/realms/kelisim"
  echo "KAFKA_BOOTSTRAP_SERVERS=$KELISIM_HOST:$KAFKA_PORT"
  echo "KELISIM_PSEUDONYM_KEY=$KELISIM_PSEUDONYM_KEY"
  echo "KELISIM_DEMO=$KELISIM_DEMO"
  if [[ $name == portal ]]; then
    echo "QUARKUS_OIDC_CLIENT_ID=portal"
    echo "QUARKUS_OIDC_CREDENTIALS_SECRET=$KELISIM_PORTAL_CLIENT_SECRET"
    echo "QUARKUS_OIDC_AUTHENTICATION_STATE_SECRET=$KELISIM_PORTAL_STATE_SECRET"
    echo "QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET=$KELISIM_PORTAL_COOKIE_SECRET"
    echo "QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY=$KELISIM_PORTAL_CSRF_KEY"
    echo "KELISIM_CONSENT_URL=http://$KELISIM_HOST:$CONSENT_PORT"
    echo "KELISIM_OBJECTION_URL=http://$KELISIM_HOST:$OBJECTION_PORT"
    echo "KELISIM_NOTIFICATION_URL=http://$KELISIM_HOST:$NOTIFICATION_PORT"
  else
    echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$KELISIM_HOST:$PG_PORT/${name%-service}"
    echo "QUARKUS_DATASOURCE_USERNAME=kelisim"
    echo "QUARKUS_DATASOURCE_PASSWORD=kelisim"
    echo "KELISIM_AUDIT_SIGNING_PRIVATE_KEY=$KELISIM_AUDIT_SIGNING_PRIVATE_KEY"
    echo "KELISIM_AUDIT_SIGNING_PUBLIC_KEY=$KELISIM_AUDIT_SIGNING_PUBLIC_KEY"
  fi
  if [[ $name == notification-service ]]; then
    echo "QUARKUS_MAILER_HOST=$KELISIM_HOST"
    echo "QUARKUS_MAILER_PORT=$SMTP_PORT"
    echo "KELISIM_WEBHOOKS_REQUIRE_HTTPS=$KELISIM_WEBHOOKS_REQUIRE_HTTPS"
    echo "KELISIM_WEBHOOKS_ALLOW_LOOPBACK=$KELISIM_WEBHOOKS_ALLOW_LOOPBACK"
    echo "KELISIM_BREACH_ENCRYPTION_KEY=$KELISIM_BREACH_ENCRYPTION_KEY"
  fi
}

# Warns when a component the applications need does not answer.
check_dependencies() {
  port_open "$PG_PORT" || warn "PostgreSQL does not answer on port $PG_PORT (deploy/local/postgres.sh start)"
  port_open "$KAFKA_PORT" || warn "Kafka does not answer on port $KAFKA_PORT (deploy/local/kafka.sh start)"
  port_open "$KC_PORT" || warn "Keycloak does not answer on port $KC_PORT (deploy/local/keycloak.sh start)"
}

# Launches one application without waiting; prints nothing when it already runs.
launch_app() {
  local name=$1 jar port pid vars=()
  jar=$(app_jar "$name")
  port=$(app_port "$name")
  if pid=$(read_pid "$(instance_name "$name")" "$jar"); then
    info "$(instance_name "$name") already running (pid $pid, port $port)"
    return 0
  fi
  [[ -f $jar ]] || die "$name is not built ($jar missing); run 'mvn -DskipTests install' or ./run.sh"
  require_free_port "$port" "$(port_var "$name")"
  mapfile -t vars < <(app_env "$name")
  info "starting $(instance_name "$name") on $KELISIM_HOST:$port"
  # APP_HEAP holds several JVM options, overridable as one string: split into words on purpose.
  # shellcheck disable=SC2086
  launch "$(instance_name "$name")" env "${vars[@]}" java $APP_HEAP -jar "$jar"
}

port_var() {
  case "$1" in
    consent-service) echo CONSENT_PORT ;;
    objection-service) echo OBJECTION_PORT ;;
    notification-service) echo NOTIFICATION_PORT ;;
    portal) echo PORTAL_PORT ;;
  esac
}

# Waits for one application's readiness check; prints its log on failure.
await_app() {
  local name=$1 pid start=$SECONDS me
  me=$(instance_name "$name")
  pid=$(read_pid "$me" "$(app_jar "$name")") || {
    show_log_tail "$(log_file "$me")"
    warn "$me exited right after starting; see $(log_file "$me")"
    return 1
  }
  if ! wait_for "$me" "$READY_TIMEOUT" "$pid" http_ok "$(ready_url "$name")"; then
    show_log_tail "$(log_file "$me")"
    warn "$me did not become ready; see $(log_file "$me")"
    return 1
  fi
  info "$me ready at http://$KELISIM_HOST:$(app_port "$name") ($((SECONDS - start))s)"
}

# Starts the services in parallel (their JVMs boot faster together), then the portal.
cmd_start() {
  local names=("$@") batch=() name failed=0
  check_dependencies
  for name in "${ALL_SERVICES[@]}"; do
    [[ " ${names[*]} " == *" $name "* ]] && batch+=("$name")
  done
  for name in "${batch[@]}"; do launch_app "$name"; done
  for name in "${batch[@]}"; do await_app "$name" || failed=1; done
  ((failed == 0)) || die "not all services started"
  if [[ " ${names[*]} " == *" portal "* ]]; then
    launch_app portal
    await_app portal || die "the portal did not start"
  fi
}

# Stops in reverse order: the portal first.
cmd_stop() {
  local names=("$@") i name
  for ((i = ${#ALL_APPS[@]} - 1; i >= 0; i--)); do
    name=${ALL_APPS[i]}
    [[ " ${names[*]} " == *" $name "* ]] || continue
    stop_process "$(instance_name "$name")" "$(app_jar "$name")" TERM 30
  done
}

cmd_status() {
  local name pid port rc=0
  for name in "$@"; do
    port=$(app_port "$name")
    if pid=$(read_pid "$(instance_name "$name")" "$(app_jar "$name")"); then
      if http_ok "$(ready_url "$name")"; then
        status_line "$(instance_name "$name")" "$pid" "$port" UP
      else
        status_line "$(instance_name "$name")" "$pid" "$port" "DOWN (running, not ready)"
        rc=3
      fi
    else
      status_line "$(instance_name "$name")" "" "$port" DOWN
      rc=3
    fi
  done
  return "$rc"
}

main() {
  local verb=${1:-} name
  [[ $verb == start || $verb == stop ]] && run_locked "$@"
  [[ $# -gt 0 ]] && shift
  local names=("$@")
  ((${#names[@]} > 0)) || names=("${ALL_APPS[@]}")
  for name in "${names[@]}"; do app_port "$name" >/dev/null; done
  case "$verb" in
    start) cmd_start "${names[@]}" ;;
    stop) cmd_stop "${names[@]}" ;;
    status) cmd_status "${names[@]}" ;;
    *) usage ;;
  esac
}

main "$@"
