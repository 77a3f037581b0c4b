# Helper functions of the local Kelisim scripts (messages, steps, PID files, waiting, PostgreSQL, downloads); sourced by env.sh.
# shellcheck shell=bash
#
# Each script sets COMPONENT before using these, so every message says where it comes from.
# A background process is recorded as $KELISIM_STATE/pids/<name>.pid and logs to
# $KELISIM_STATE/logs/<name>.log. A PID file only counts while its process is alive and its
# command line still contains the component's marker (a path unique to this state folder),
# so a PID reused by an unrelated process is never mistaken for ours, let alone stopped.

COMPONENT=${COMPONENT:-kelisim}

info() { printf '[%s] %s\n' "$COMPONENT" "$*"; }
warn() { printf '[%s] WARNING: %s\n' "$COMPONENT" "$*" >&2; }
die()  { printf '[%s] ERROR: %s\n' "$COMPONENT" "$*" >&2; exit 1; }

# A step of a long run (./test.sh, ./bench.sh): its title and the seconds since the script started.
step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }

is_root() { [[ $(id -u) -eq 0 ]]; }

pid_file() { printf '%s/pids/%s.pid' "$KELISIM_STATE" "$1"; }
log_file() { printf '%s/logs/%s.log' "$KELISIM_STATE" "$1"; }

ensure_state_dirs() { mkdir -p "$KELISIM_STATE/pids" "$KELISIM_STATE/logs"; }

# Runs the calling script again under an exclusive lock for its component and state folder, so
# concurrent callers (a test run and a developer, say) take turns. With -o, flock keeps the lock
# to itself: servers started under it do not inherit it.
run_locked() {
  [[ ${KELISIM_LOCKED:-} == "$COMPONENT:$KELISIM_STATE" ]] && return 0
  ensure_state_dirs
  KELISIM_LOCKED="$COMPONENT:$KELISIM_STATE" exec flock -w 600 -o "$KELISIM_STATE/pids/$COMPONENT.lock" bash "$0" "$@"
}

# True when the process exists and is not a zombie.
pid_alive() {
  local stat
  [[ $1 =~ ^[0-9]+$ ]] || return 1
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  [[ ${stat:0:1} != Z ]]
}

# True when the process's command line contains the marker.
pid_matches() {
  local cmdline
  cmdline=$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null) || return 1
  [[ $cmdline == *"$2"* ]]
}

# Prints the recorded PID of a live process of ours; removes a stale PID file.
read_pid() {
  local name=$1 marker=$2 file pid
  file=$(pid_file "$name")
  [[ -f $file ]] || return 1
  pid=$(head -n 1 "$file" 2>/dev/null || true)
  if pid_alive "$pid" && pid_matches "$pid" "$marker"; then
    printf '%s\n' "$pid"
    return 0
  fi
  rm -f "$file"
  return 1
}

# Starts a command detached from this shell (own session, immune to hang-ups) and records its PID.
launch() {
  local name=$1 log pid
  shift
  ensure_state_dirs
  log=$(log_file "$name")
  printf '\n=== %s: starting %s ===\n' "$(date '+%F %T')" "$name" >>"$log"
  # Not being a process-group leader, the child calls setsid without forking, so $! stays its PID.
  setsid nohup "$@" >>"$log" 2>&1 </dev/null &
  pid=$!
  printf '%s\n' "$pid" >"$(pid_file "$name")"
}

# Stops exactly the recorded process: the signal, then up to TIMEOUT seconds, then SIGKILL to it and its children.
stop_process() {
  local name=$1 marker=$2 signal=${3:-TERM} timeout=${4:-60} pid waited=0 children=()
  if ! pid=$(read_pid "$name" "$marker"); then
    info "$name is not running"
    return 0
  fi
  info "stopping $name (pid $pid)"
  kill -s "$signal" "$pid" 2>/dev/null || true
  while pid_alive "$pid"; do
    if ((waited >= timeout * 5)); then
      warn "$name (pid $pid) did not stop within ${timeout}s; killing it"
      # The children file is one line of PIDs separated by spaces.
      read -ra children <<<"$(cat "/proc/$pid/task/$pid/children" 2>/dev/null || true)"
      kill -KILL "${children[@]}" "$pid" 2>/dev/null || true
      sleep 1
      break
    fi
    sleep 0.2
    waited=$((waited + 1))
  done
  rm -f "$(pid_file "$name")"
  info "$name stopped"
}

# True when the folder holds PostgreSQL's server programs.
pg_server_in() { [[ -x $1/initdb && -x $1/pg_ctl && -x $1/postgres ]]; }

# Prints the folder of PostgreSQL's programs (initdb, pg_ctl, postgres, psql, pg_isready, pgbench): the one
# pg_config names, else the newest /usr/lib/postgresql/<major>/bin (Debian's layout), else the folder of the
# initdb on the PATH (links followed). Fails when none holds the server.
pg_bin_dir() {
  local dir
  if dir=$(pg_config --bindir 2>/dev/null) && pg_server_in "$dir"; then
    printf '%s\n' "$dir"
    return 0
  fi
  while IFS= read -r dir; do
    if pg_server_in "$dir"; then
      printf '%s\n' "$dir"
      return 0
    fi
  done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -rV)
  if dir=$(command -v initdb) && dir=$(dirname "$(readlink -f "$dir")") && pg_server_in "$dir"; then
    printf '%s\n' "$dir"
    return 0
  fi
  return 1
}

# True when something accepts TCP connections on the local port.
port_open() {
  timeout 2 bash -c ": </dev/tcp/$KELISIM_HOST/$1" 2>/dev/null
}

# Fails when a port we are about to use is taken by a process that is not ours.
require_free_port() {
  local port=$1 var=$2
  if port_open "$port"; then
    die "port $port is already in use by another process; stop it or choose another port with $var=<port>"
  fi
}

# Prints the HTTP status of a GET (000 when nothing answers).
http_status() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true
}

http_ok() { [[ $(http_status "$1") == 200 ]]; }

# Polls a check command until it succeeds, the process dies or the timeout passes.
wait_for() {
  local what=$1 timeout=$2 pid=$3 start=$SECONDS
  shift 3
  until "$@"; do
    if [[ -n $pid ]] && ! pid_alive "$pid"; then
      warn "$what: the process (pid $pid) exited"
      return 1
    fi
    if ((SECONDS - start >= timeout)); then
      warn "$what: not ready after ${timeout}s"
      return 1
    fi
    sleep 1
  done
}

# Prints the end of a log, for failure messages.
show_log_tail() {
  local log=$1 lines=${2:-40}
  [[ -e $log ]] || return 0
  printf -- '----- last %s lines of %s -----\n' "$lines" "$log" >&2
  tail -n "$lines" "$log" >&2 || true
  printf -- '-----\n' >&2
}

# One status line: name, pid, port, UP/DOWN (plus an optional note).
status_line() {
  printf '%-22s pid=%-8s port=%-6s %s\n' "$1" "${2:--}" "$3" "$4"
}

# Fetches the Kafka broker libraries and the Keycloak distribution from Maven Central, once.
fetch_dist() {
  local marker=$KELISIM_DIST/.fetched-kafka-$KAFKA_VERSION-keycloak-$KEYCLOAK_VERSION
  local tools=$KELISIM_DIST/kafka/libs/kafka-tools-$KAFKA_VERSION.jar
  [[ -f $marker && -f $tools ]] && return 0
  mkdir -p "$KELISIM_DIST"
  (
    # Both the Kafka and the Keycloak scripts fetch; the lock makes a parallel second caller wait.
    flock 9
    [[ -f $marker && -f $tools ]] && exit 0
    command -v mvn >/dev/null || die "Maven (mvn) is needed to download Kafka and Keycloak"
    info "downloading Kafka $KAFKA_VERSION and Keycloak $KEYCLOAK_VERSION from Maven Central"
    mvn -q -B -Dstyle.color=never -f "$ROOT/deploy/local/fetch/pom.xml" package -Dtarget.dir="$KELISIM_DIST" ||
      die "download failed (see the Maven output above)"
    [[ -f $KELISIM_DIST/kafka/libs/kafka_2.13-$KAFKA_VERSION.jar && -f $tools ]] || die "Kafka libraries missing after download"
    [[ -f $KELISIM_DIST/keycloak/keycloak.zip ]] || die "Keycloak zip missing after download"
    touch "$marker"
  ) 9>"$KELISIM_DIST/.fetch.lock"
}
