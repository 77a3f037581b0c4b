#!/usr/bin/env bash
# Runs a local PostgreSQL for Kelisim: start|stop|status|createdb NAME|dropdb NAME|purge.
set -euo pipefail
COMPONENT=postgres
# shellcheck source=deploy/local/env.sh
. "$(dirname "$0")/env.sh"

# PostgreSQL's programs: the folder PG_BIN names, else the one pg_bin_dir (lib.sh) finds; empty while none is
# installed. Debian 12's package 'postgresql' is PostgreSQL 15, in /usr/lib/postgresql/15/bin: the major
# version deploy/compose and deploy/k8s run (deploy/verify reads it from this line). Any other major works here.
PG_BIN_GIVEN=${PG_BIN:-}
PG_BIN=${PG_BIN:-$(pg_bin_dir || true)}
APP_ROLE=kelisim
APP_DATABASES=(consent objection notification)
# The link (or folder) in the state folder that leads to the PostgreSQL files.
PG_LINK=$KELISIM_STATE/postgres

usage() {
  echo "usage: $0 start|stop|status|createdb NAME|dropdb NAME|purge" >&2
  exit 2
}

# Installs PostgreSQL from Debian when it is missing (only possible as root), and sets PG_BIN to its programs.
ensure_installed() {
  [[ -x $PG_BIN/initdb ]] && return 0
  is_root || die "PostgreSQL not found in ${PG_BIN:-pg_config --bindir, /usr/lib/postgresql/*/bin or the PATH}; install the Debian package 'postgresql' (or set PG_BIN)"
  info "installing PostgreSQL from Debian packages"
  # Do not let the package create and start its own cluster on 5432, the port of the 'run' profile.
  if [[ ! -e /etc/postgresql-common/createcluster.conf ]]; then
    mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.conf
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql >/dev/null
  PG_BIN=${PG_BIN_GIVEN:-$(pg_bin_dir || true)}
  [[ -x $PG_BIN/initdb ]] || die "PostgreSQL still not found${PG_BIN:+ in $PG_BIN} after installing"
}

# Runs a PostgreSQL program as the 'postgres' user when we are root (PostgreSQL refuses to run as root).
as_pg() {
  if is_root; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# True when the 'postgres' user can reach and write the folder, and a socket in it fits the 107-byte limit.
pg_can_use() {
  local dir
  dir=$(readlink -f "$1")
  ((${#dir} + 24 <= 107)) || return 1
  as_pg test -w "$dir" -a -x "$dir" 2>/dev/null
}

# Creates the folder for the PostgreSQL files on first use and prints its real path.
#
# As root, PostgreSQL runs as 'postgres', which must traverse every parent of its data folder.
# If the repository sits under a folder only root may enter (a home folder with mode 700, say),
# loosening that folder is not this script's decision to make: the files then live under the
# 'postgres' user's own home, in a folder named after this profile and state folder, and the
# state folder holds a symbolic link to it.
pg_base() {
  if [[ -e $PG_LINK ]]; then
    readlink -f "$PG_LINK"
    return 0
  fi
  mkdir -p "$PG_LINK"
  if is_root; then
    chown postgres: "$PG_LINK"
    if ! pg_can_use "$PG_LINK"; then
      local home key
      rmdir "$PG_LINK"
      home=$(getent passwd postgres | cut -d: -f6)
      key=$KELISIM_PROFILE-$(printf '%s' "$KELISIM_STATE" | cksum | cut -d' ' -f1)
      install -d -o postgres -g postgres "$home/kelisim" "$home/kelisim/$key"
      ln -s "$home/kelisim/$key" "$PG_LINK"
      info "the postgres user cannot reach $KELISIM_STATE; keeping the database files in $home/kelisim/$key" >&2
    fi
  fi
  readlink -f "$PG_LINK"
}

# Sets the paths derived from the base folder; only 'create' makes the folder when it is missing.
init_paths() {
  if [[ ${1:-} == create || -e $PG_LINK ]]; then
    PG_BASE=$(pg_base)
  else
    PG_BASE=$PG_LINK
  fi
  PG_DATA=$PG_BASE/data
  PG_SOCKET_DIR=$PG_BASE/run
  PG_LOG=$PG_BASE/postgres.log
}

psql_admin() {
  PGCONNECT_TIMEOUT=5 PGOPTIONS='-c client_min_messages=warning' "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$KELISIM_HOST" -p "$PG_PORT" -U postgres -d postgres "$@"
}

pg_ready() {
  "$PG_BIN/pg_isready" -q -h "$KELISIM_HOST" -p "$PG_PORT" -U postgres -d postgres
}

# Creates the data folder once, owned by the user that runs the server.
init_cluster() {
  [[ -f $PG_DATA/PG_VERSION ]] && return 0
  info "creating a new database cluster in $PG_DATA"
  as_pg mkdir -p "$PG_DATA" "$PG_SOCKET_DIR"
  as_pg "$PG_BIN/initdb" --no-sync -A trust -U postgres -E UTF8 --no-locale -D "$PG_DATA" >/dev/null
}

# Creates the application role and databases when they are missing (safe to repeat).
bootstrap() {
  local db
  psql_admin <<SQL
SELECT 'CREATE ROLE $APP_ROLE LOGIN CREATEDB PASSWORD ''$APP_ROLE'''
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$APP_ROLE')\gexec
SQL
  for db in "${APP_DATABASES[@]}"; do
    create_database "$db"
  done
}

create_database() {
  psql_admin <<SQL
SELECT format('CREATE DATABASE %I OWNER $APP_ROLE', '$1')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$1')\gexec
SQL
}

# Records the postmaster's PID when it runs but our PID file is missing or stale.
adopt_running_server() {
  local pid
  [[ -f $PG_DATA/postmaster.pid ]] || return 1
  pid=$(head -n 1 "$PG_DATA/postmaster.pid")
  pid_alive "$pid" && pid_matches "$pid" "$PG_DATA" || return 1
  ensure_state_dirs
  printf '%s\n' "$pid" >"$(pid_file postgres)"
}

running_pid() {
  read_pid postgres "$PG_DATA" || { adopt_running_server && read_pid postgres "$PG_DATA"; }
}

cmd_start() {
  local pid start=$SECONDS
  ensure_installed
  ensure_state_dirs
  init_paths create
  if pid=$(running_pid); then
    info "already running (pid $pid, port $PG_PORT)"
    bootstrap
    return 0
  fi
  require_free_port "$PG_PORT" PG_PORT
  init_cluster
  ln -sfn "$PG_LOG" "$(log_file postgres)"
  info "starting on $KELISIM_HOST:$PG_PORT"
  if ! as_pg "$PG_BIN/pg_ctl" -w -t 60 -D "$PG_DATA" -l "$PG_LOG" \
    -o "-p $PG_PORT -c listen_addresses=$KELISIM_HOST -k '$PG_SOCKET_DIR' -c fsync=off -c max_connections=200" \
    start >/dev/null; then
    show_log_tail "$PG_LOG"
    die "PostgreSQL did not start; see $(log_file postgres)"
  fi
  adopt_running_server || die "PostgreSQL started but its postmaster.pid is unreadable"
  wait_for "PostgreSQL" 30 "" pg_ready || die "PostgreSQL does not accept connections; see $(log_file postgres)"
  bootstrap
  info "ready on $KELISIM_HOST:$PG_PORT in $((SECONDS - start))s (role $APP_ROLE, databases ${APP_DATABASES[*]})"
}

cmd_stop() {
  init_paths
  running_pid >/dev/null || true
  # SIGINT is PostgreSQL's "fast" shutdown: it ends sessions and stops cleanly.
  stop_process postgres "$PG_DATA" INT 60
}

cmd_status() {
  local pid
  init_paths
  if pid=$(running_pid) && pg_ready; then
    status_line postgres "$pid" "$PG_PORT" UP
  else
    status_line postgres "${pid:-}" "$PG_PORT" DOWN
    return 3
  fi
}

# Checks a database name before it goes into SQL.
valid_db_name() {
  [[ ${1:-} =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "invalid database name '${1:-}' (lower-case letters, digits, _)"
}

require_running() {
  init_paths
  if ! running_pid >/dev/null || ! pg_ready; then
    die "PostgreSQL is not running; start it with $0 start"
  fi
}

cmd_createdb() {
  valid_db_name "${1:-}"
  require_running
  create_database "$1"
  info "database $1 ready (owner $APP_ROLE)"
}

cmd_dropdb() {
  valid_db_name "${1:-}"
  require_running
  psql_admin -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)"
  info "database $1 dropped (or was absent)"
}

# Stops the server and deletes its files, wherever they live (used by suite.sh reset).
cmd_purge() {
  local base
  [[ -e $PG_LINK ]] || { info "no database files"; return 0; }
  cmd_stop
  base=$(readlink -f "$PG_LINK")
  if [[ -L $PG_LINK ]]; then
    rm -rf -- "$base"
    rm -f -- "$PG_LINK"
  else
    rm -rf -- "$PG_LINK"
  fi
  info "database files deleted"
}

main() {
  case "${1:-}" in
    start|stop|createdb|dropdb|purge) run_locked "$@" ;;
  esac
  case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    createdb) cmd_createdb "${2:-}" ;;
    dropdb) cmd_dropdb "${2:-}" ;;
    purge) cmd_purge ;;
    *) usage ;;
  esac
}

main "$@"
