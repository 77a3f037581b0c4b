#!/usr/bin/env bash
# Runs a local SMTP server (GreenMail standalone) that catches the suite's e-mail: start|stop|status.
# Nothing leaves the machine; read what arrived at http://127.0.0.1:$MAIL_WEB_PORT/api/user/<address>/messages/INBOX.
set -euo pipefail
COMPONENT=mail
# shellcheck source=deploy/local/env.sh
. "$(dirname "$0")/env.sh"

GREENMAIL_JAR=$KELISIM_DIST/greenmail/greenmail-standalone.jar
MAIL_HEAP=${MAIL_HEAP:--Xms32m -Xmx128m}
START_TIMEOUT=${MAIL_START_TIMEOUT:-180}

usage() {
  echo "usage: $0 start|stop|status" >&2
  exit 2
}

# Fetches GreenMail standalone from Maven Central once (a fetch pom of its own, so Kafka's libraries stay apart).
fetch_mail() {
  [[ -f $GREENMAIL_JAR ]] && return 0
  mkdir -p "$KELISIM_DIST"
  (
    flock 9
    [[ -f $GREENMAIL_JAR ]] && exit 0
    command -v mvn >/dev/null || die "Maven (mvn) is needed to download GreenMail"
    info "downloading GreenMail $GREENMAIL_VERSION from Maven Central"
    mvn -q -B -Dstyle.color=never -f "$ROOT/deploy/local/fetch/mail-pom.xml" package \
      -Dtarget.dir="$KELISIM_DIST" -Dgreenmail.version="$GREENMAIL_VERSION" ||
      die "download failed (see the Maven output above)"
    [[ -f $GREENMAIL_JAR ]] || die "GreenMail jar missing after download"
  ) 9>"$KELISIM_DIST/.fetch-mail.lock"
}

ready_url() { printf 'http://%s:%s/api/service/readiness' "$KELISIM_HOST" "$MAIL_WEB_PORT"; }

mail_ready() { port_open "$SMTP_PORT" && http_ok "$(ready_url)"; }

# The marker that identifies our process: the state folder is in its command line.
marker() { printf 'kelisim.state=%s' "$KELISIM_STATE"; }

cmd_start() {
  local pid start=$SECONDS
  if pid=$(read_pid mail "$(marker)"); then
    info "already running (pid $pid, SMTP port $SMTP_PORT)"
    return 0
  fi
  fetch_mail
  require_free_port "$SMTP_PORT" SMTP_PORT
  require_free_port "$MAIL_WEB_PORT" MAIL_WEB_PORT
  info "starting SMTP on $KELISIM_HOST:$SMTP_PORT (messages at http://$KELISIM_HOST:$MAIL_WEB_PORT/api)"
  # MAIL_HEAP holds several JVM options, overridable as one string: split into words on purpose.
  # shellcheck disable=SC2086
  launch mail java $MAIL_HEAP -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true \
    -D"$(marker)" \
    -Dgreenmail.smtp.hostname="$KELISIM_HOST" -Dgreenmail.smtp.port="$SMTP_PORT" \
    -Dgreenmail.api.hostname="$KELISIM_HOST" -Dgreenmail.api.port="$MAIL_WEB_PORT" \
    -Dgreenmail.auth.disabled -jar "$GREENMAIL_JAR"
  pid=$(cat "$(pid_file mail)")
  if ! wait_for "SMTP server" "$START_TIMEOUT" "$pid" mail_ready; then
    show_log_tail "$(log_file mail)"
    die "the SMTP server did not become ready; see $(log_file mail)"
  fi
  info "ready on $KELISIM_HOST:$SMTP_PORT in $((SECONDS - start))s"
}

cmd_stop() {
  stop_process mail "$(marker)" TERM 20
}

cmd_status() {
  local pid
  if pid=$(read_pid mail "$(marker)") && port_open "$SMTP_PORT"; then
    status_line mail "$pid" "$SMTP_PORT" UP
  else
    status_line mail "${pid:-}" "$SMTP_PORT" DOWN
    return 3
  fi
}

main() {
  case "${1:-}" in
    start|stop) run_locked "$@" ;;
  esac
  case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    *) usage ;;
  esac
}

main "$@"
