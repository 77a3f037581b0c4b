#!/usr/bin/env bash
# Runs every test tier: unit tests and @QuarkusTest per module on a real PostgreSQL and Kafka, then
# the system tests against the whole suite (real Keycloak tokens, a real browser), then the fault
# tests, which break and repair parts of that suite under load. Installs what the
# tests need when it is missing. Uses the "test" profile's ports and state, so it never collides
# with a suite started by ./run.sh.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")" && pwd)
cd "$ROOT"
export KELISIM_PROFILE=test
COMPONENT=tests
# shellcheck source=deploy/local/env.sh
. "$ROOT/deploy/local/env.sh"

install_browser() {
  # DejaVu Sans: the portal's consent receipt PDFs embed it for the Kazakh and Cyrillic letters.
  if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
    && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then return; fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "Chromium or DejaVu Sans is missing and we are not root: install the chromium, chromium-driver and fonts-dejavu-core packages, then run again." >&2
    exit 1
  fi
  step "Installing Chromium for the browser tests"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver fonts-dejavu-core >/dev/null \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver fonts-dejavu-core >/dev/null; }
}

# axe-core, from the npm registry, for the browser tests' accessibility checks.
fetch_axe() {
  local dir=$ROOT/.kelisim/dist/axe
  [ -f "$dir/axe.min.js" ] && return
  command -v npm >/dev/null 2>&1 || { echo "npm is needed to fetch axe-core for the accessibility checks" >&2; exit 1; }
  step "Fetching axe-core from the npm registry"
  mkdir -p "$dir"
  (cd "$dir" && npm pack axe-core@4.10.3 --silent >/dev/null && tar xzf axe-core-4.10.3.tgz --strip-components=1 package/axe.min.js)
}

# The shellcheck package from Debian, for the check of every shell script.
install_shellcheck() {
  command -v shellcheck >/dev/null 2>&1 && return
  if [ "$(id -u)" -ne 0 ]; then
    echo "shellcheck is missing and we are not root: install the shellcheck package, then run again." >&2
    exit 1
  fi
  step "Installing shellcheck for the script checks"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q shellcheck >/dev/null \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q shellcheck >/dev/null; }
}

# Every shell script of the repository (the *.sh files and the CI entry point), outside build and state folders.
shell_scripts() {
  find . \( -name .git -o -name .kelisim -o -name target -o -name node_modules \) -prune -o \
    -type f \( -name '*.sh' -o -path './.ci/*' \) -print | sort
}

# Any shellcheck finding, of any severity, fails the run; run from $ROOT, where the scripts' source= paths start.
check_scripts() {
  local scripts
  mapfile -t scripts < <(shell_scripts)
  step "Fast tier: shellcheck of ${#scripts[@]} shell scripts"
  shellcheck -x "${scripts[@]}"
}

cleanup() {
  local rc=$?
  step "Stopping the test suite"
  deploy/local/suite.sh stop || true
  if [ $rc -ne 0 ]; then
    echo "Tests failed (exit $rc). Logs of the suite: $KELISIM_STATE/logs/" >&2
  fi
  exit $rc
}
trap cleanup EXIT

install_browser
fetch_axe
install_shellcheck
check_scripts

# Every run starts from an empty test profile: no topic backlog, rows or tokens of an earlier run
# can slow a test down or hide a missing set-up step (a ./run.sh demo has its own state).
step "Removing what a previous test run left behind"
deploy/local/suite.sh reset

step "Starting PostgreSQL and Kafka for the fast tier"
deploy/local/postgres.sh start
deploy/local/kafka.sh fetch
deploy/local/kafka.sh start

step "Fast tier: build, unit tests and @QuarkusTest of every module"
mvn -B -ntp install

step "Starting the whole suite with the deploy/local scripts"
deploy/local/suite.sh up

step "System tier: the running suite with real tokens and a real browser"
mvn -B -ntp -pl system-tests test -Dsystem.skip=false

step "Fault tier: Kafka stopped, a service killed, PostgreSQL restarted and services stopped mid-load; two instances; poison messages"
mvn -B -ntp -pl system-tests test -Dsystem.skip=false -Dsystem.excludedGroups= -Dgroups=fault

step "All tiers passed in $SECONDS s"
