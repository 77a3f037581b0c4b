#!/usr/bin/env bash
# Runs a local single-node Kafka broker (KRaft, no ZooKeeper) for Kelisim: fetch|start|stop|status.
set -euo pipefail
COMPONENT=kafka
# shellcheck source=deploy/local/env.sh
. "$(dirname "$0")/env.sh"

KAFKA_LIBS=$KELISIM_DIST/kafka/libs
KAFKA_HOME=$KELISIM_STATE/kafka
KAFKA_CONFIG=$KAFKA_HOME/server.properties
KAFKA_DATA=$KAFKA_HOME/data
# The broker's full INFO log; its console (warnings and errors) goes to logs/kafka.log.
KAFKA_SERVER_LOG=$KELISIM_STATE/logs/kafka-server.log
CONTROLLER_PORT=$((KAFKA_PORT + 1))
KAFKA_HEAP=${KAFKA_HEAP:--Xms128m -Xmx512m}
# Short-lived tool JVMs start faster with the simple compiler and collector.
TOOL_JVM=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx128m -Dlog4j2.configurationFile="$KAFKA_HOME/tools-log4j2.xml")
# Generous: on a busy 2-core machine a cold broker can take minutes; a ready one returns at once.
START_TIMEOUT=${KAFKA_START_TIMEOUT:-300}

usage() {
  echo "usage: $0 fetch|start|stop|status" >&2
  exit 2
}

# Runs one Kafka tool with the downloaded libraries on the class path, logging warnings only.
kafka_java() {
  java "${TOOL_JVM[@]}" -cp "$KAFKA_LIBS/*" "$@"
}

# Writes the broker configuration; the ports follow the profile, so it is rewritten on each start.
write_config() {
  mkdir -p "$KAFKA_HOME"
  cat >"$KAFKA_CONFIG" <<EOF
# Local Kelisim broker (profile $KELISIM_PROFILE); rewritten by deploy/local/kafka.sh on each start.
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=$KELISIM_HOST:$CONTROLLER_PORT
listeners=PLAINTEXT://$KELISIM_HOST:$KAFKA_PORT,CONTROLLER://$KELISIM_HOST:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$KELISIM_HOST:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$KAFKA_DATA
auto.create.topics.enable=true
num.partitions=3
default.replication.factor=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
  # Settings for the admin tool used by the readiness check: fail fast instead of retrying for a minute.
  cat >"$KAFKA_HOME/admin.properties" <<EOF
request.timeout.ms=5000
default.api.timeout.ms=8000
EOF
}

# Writes the logging setup: the broker's warnings go to the console log, its INFO log to a rolling file.
write_logging() {
  mkdir -p "$KAFKA_HOME"
  cat >"$KAFKA_HOME/log4j2.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<!-- Local Kelisim broker logging; written by deploy/local/kafka.sh. -->
<Configuration status="warn">
  <Appenders>
    <Console name="console" target="SYSTEM_OUT">
      <ThresholdFilter level="WARN"/>
      <PatternLayout pattern="[%d] %p %m (%c)%n"/>
    </Console>
    <RollingFile name="server" fileName="$KAFKA_SERVER_LOG" filePattern="$KAFKA_SERVER_LOG.%i">
      <PatternLayout pattern="[%d] %p %m (%c)%n"/>
      <SizeBasedTriggeringPolicy size="20 MB"/>
      <DefaultRolloverStrategy max="2"/>
    </RollingFile>
  </Appenders>
  <Loggers>
    <Root level="INFO">
      <AppenderRef ref="console"/>
      <AppenderRef ref="server"/>
    </Root>
  </Loggers>
</Configuration>
EOF
  cat >"$KAFKA_HOME/tools-log4j2.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<!-- Logging of the Kafka tools run by deploy/local/kafka.sh: warnings only. -->
<Configuration status="warn">
  <Appenders>
    <Console name="console" target="SYSTEM_ERR"><PatternLayout pattern="[%d] %p %m (%c)%n"/></Console>
  </Appenders>
  <Loggers>
    <Root level="WARN"><AppenderRef ref="console"/></Root>
  </Loggers>
</Configuration>
EOF
}

# Formats the storage once. The controller address is written into the storage, so a later port
# change needs a fresh state folder.
format_storage() {
  local formatted_port cluster_id
  if [[ -f $KAFKA_DATA/meta.properties ]]; then
    formatted_port=$(cat "$KAFKA_HOME/controller.port" 2>/dev/null || echo "$CONTROLLER_PORT")
    [[ $formatted_port == "$CONTROLLER_PORT" ]] ||
      die "the broker storage was formatted for controller port $formatted_port, not $CONTROLLER_PORT; run deploy/local/suite.sh reset"
    return 0
  fi
  # A cluster id is 16 random bytes in URL-safe base64 without padding (22 characters).
  cluster_id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | cut -c1-22)
  info "formatting storage in $KAFKA_DATA (cluster $cluster_id)"
  kafka_java kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_CONFIG" --standalone >/dev/null ||
    die "formatting the broker storage failed"
  echo "$CONTROLLER_PORT" >"$KAFKA_HOME/controller.port"
}

# True when the broker answers a metadata request (listing topics).
broker_answers() {
  port_open "$KAFKA_PORT" &&
    timeout 20 java "${TOOL_JVM[@]}" -cp "$KAFKA_LIBS/*" \
      org.apache.kafka.tools.TopicCommand --bootstrap-server "$KELISIM_HOST:$KAFKA_PORT" \
      --command-config "$KAFKA_HOME/admin.properties" --list >/dev/null 2>&1
}

# The suite's topics (docs/design.md#topics); calendar-years and operator-profiles are compacted so the
# latest data of every year and the latest profile of every operator stay.
SUITE_TOPICS=(consent-events objection-events breach-events regulator-reports calendar-years operator-profiles)

topic_command() {
  java "${TOOL_JVM[@]}" -cp "$KAFKA_LIBS/*" org.apache.kafka.tools.TopicCommand \
    --bootstrap-server "$KELISIM_HOST:$KAFKA_PORT" --command-config "$KAFKA_HOME/admin.properties" "$@"
}

# Creates the suite's topics that are missing, with 3 partitions each.
create_topics() {
  local existing topic
  existing=$(topic_command --list 2>/dev/null)
  for topic in "${SUITE_TOPICS[@]}"; do
    grep -qx "$topic" <<<"$existing" && continue
    local extra=()
    [ "$topic" = calendar-years ] && extra=(--config cleanup.policy=compact)
    [ "$topic" = operator-profiles ] && extra=(--config cleanup.policy=compact)
    topic_command --create --if-not-exists --topic "$topic" --partitions 3 --replication-factor 1 \
      "${extra[@]}" >/dev/null 2>&1 || die "cannot create topic $topic"
    info "created topic $topic ${extra[*]}"
  done
}

cmd_fetch() {
  fetch_dist
  info "libraries ready in $KAFKA_LIBS"
}

cmd_start() {
  local pid start=$SECONDS
  if pid=$(read_pid kafka "$KAFKA_CONFIG"); then
    info "already running (pid $pid, port $KAFKA_PORT)"
    return 0
  fi
  fetch_dist
  require_free_port "$KAFKA_PORT" KAFKA_PORT
  require_free_port "$CONTROLLER_PORT" KAFKA_PORT
  write_config
  write_logging
  format_storage
  info "starting on $KELISIM_HOST:$KAFKA_PORT (controller $CONTROLLER_PORT)"
  # KAFKA_HEAP holds several JVM options, overridable as one string: split into words on purpose.
  # shellcheck disable=SC2086
  launch kafka java $KAFKA_HEAP -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$KAFKA_HOME/log4j2.xml" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_CONFIG"
  pid=$(cat "$(pid_file kafka)")
  if ! wait_for "Kafka broker" "$START_TIMEOUT" "$pid" broker_answers; then
    show_log_tail "$(log_file kafka)"
    die "Kafka did not become ready; see $(log_file kafka) and $KAFKA_SERVER_LOG"
  fi
  create_topics
  info "ready on $KELISIM_HOST:$KAFKA_PORT in $((SECONDS - start))s"
}

cmd_stop() {
  # SIGTERM makes the broker shut down cleanly, which keeps the next start quick.
  stop_process kafka "$KAFKA_CONFIG" TERM 60
}

cmd_status() {
  local pid
  if pid=$(read_pid kafka "$KAFKA_CONFIG") && port_open "$KAFKA_PORT"; then
    status_line kafka "$pid" "$KAFKA_PORT" UP
  else
    status_line kafka "${pid:-}" "$KAFKA_PORT" DOWN
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
