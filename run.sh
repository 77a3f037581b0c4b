#!/usr/bin/env bash
# Builds what is out of date, starts the whole Kelisim suite with demo data, and shows where to go: up|stop|status|reset.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")" && pwd)
export KELISIM_PROFILE=${KELISIM_PROFILE:-run}
COMPONENT=kelisim
# shellcheck source=deploy/local/env.sh
. "$ROOT/deploy/local/env.sh"

APPS=(consent-service objection-service notification-service portal)

usage() {
  echo "usage: $0 [up|stop|status|reset]" >&2
  exit 2
}

# True when an application jar is missing or older than a source or build file it is made from.
needs_build() {
  local app jar inputs=() path
  for app in "${APPS[@]}"; do
    jar=$ROOT/$app/target/quarkus-app/quarkus-run.jar
    [[ -f $jar ]] || return 0
    inputs=()
    for path in "$ROOT/pom.xml" "$ROOT/$app/pom.xml" "$ROOT/$app/src" "$ROOT"/libs/*/pom.xml "$ROOT"/libs/*/src; do
      [[ -e $path ]] && inputs+=("$path")
    done
    [[ -n $(find "${inputs[@]}" -type f -newer "$jar" -print -quit) ]] && return 0
  done
  return 1
}

# The portal embeds DejaVu Sans in consent receipt PDFs (Kazakh and Russian need more than the
# built-in PDF fonts); install it from Debian when it is missing and we may.
install_font() {
  [[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] && return
  if [[ $(id -u) -ne 0 ]]; then
    warn "DejaVu Sans is missing: install the fonts-dejavu-core package, or receipt PDFs will be unavailable"
    return
  fi
  info "installing DejaVu Sans for receipt PDFs"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-dejavu-core >/dev/null ||
    { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-dejavu-core >/dev/null; } ||
    warn "could not install fonts-dejavu-core; receipt PDFs will be unavailable"
}

# Builds and installs every module (the applications depend on the installed libraries).
build() {
  if needs_build; then
    info "building (mvn -DskipTests install)"
    (cd "$ROOT" && mvn -B -q -Dstyle.color=never -DskipTests install) || die "the build failed"
  else
    info "build is up to date"
  fi
}

print_summary() {
  local elapsed=$1 h=$KELISIM_HOST
  cat <<EOF

Kelisim is up (profile $KELISIM_PROFILE) after ${elapsed}s.

  Portal                  http://$h:$PORTAL_PORT/
  consent-service         http://$h:$CONSENT_PORT/q/openapi        http://$h:$CONSENT_PORT/q/health
  objection-service       http://$h:$OBJECTION_PORT/q/openapi        http://$h:$OBJECTION_PORT/q/health
  notification-service    http://$h:$NOTIFICATION_PORT/q/openapi        http://$h:$NOTIFICATION_PORT/q/health
  Keycloak (realm)        http://$h:$KC_PORT/realms/kelisim/account/
  Keycloak admin console  http://$h:$KC_PORT/admin/   (admin / admin, master realm; this machine only)

Demo logins for the portal, all with password "demo":
  aigerim        data subject, IIN 900515401230
  daniyar        data subject, IIN 851102304561
  bank-officer   operator staff of Demo Bank (BIN 050140001238)
  inspector      regulator
  admin          Kelisim administrator
API clients (client credentials): demo-bank / demo-bank-secret, demo-telecom / demo-telecom-secret

Logs: $KELISIM_STATE/logs    Stop: ./run.sh stop    Status: ./run.sh status
EOF
}

cmd_up() {
  install_font
  local start=$SECONDS
  build
  "$ROOT/deploy/local/suite.sh" up
  "$ROOT/deploy/local/demo-data.sh"
  print_summary "$((SECONDS - start))"
}

main() {
  case "${1:-up}" in
    up) cmd_up ;;
    stop | status | reset) exec "$ROOT/deploy/local/suite.sh" "$1" ;;
    *) usage ;;
  esac
}

main "$@"
