# The five benchmarks of docs/benchmarks.md (sourced by bench.sh). Each writes $DATA/<phase>*.properties.
# shellcheck shell=bash

# ------------------------------------------------------------------------------------------------
# B1: the consent check against a trivial authenticated endpoint (A) and pgbench -S (B).

# Loads B1_CONSENTS active consents of the benchmark operator for purpose bench-check, once.
b1_load() {
  local token=$1 have purpose_id version start
  ensure_purpose bench-check "$token"
  ensure_sql_helpers consent
  have=$(db_sql consent -c "SELECT count(*) FROM consent WHERE purpose_code = 'bench-check'")
  if ((have >= B1_CONSENTS)); then
    say "B1: $have consents already loaded"
    return 0
  fi
  read -r purpose_id version < <(db_sql consent -F ' ' -c "SELECT id, version FROM purpose
      WHERE operator_id = '$OPERATOR_BIN' AND code = 'bench-check' AND current")
  say "B1: loading $B1_CONSENTS consents with SQL (valid IINs, ID-1)"
  start=$SECONDS
  db_sql consent <<SQL
DELETE FROM consent WHERE purpose_code = 'bench-check';
INSERT INTO consent (id, operator_id, subject_iin, subject_ref, purpose_code, granted_at, valid_until,
                     idempotency_key, request_fingerprint, purpose_id, purpose_version, status)
SELECT gen_random_uuid(), '$OPERATOR_BIN', iin, bench_ref(iin, '$KELISIM_PSEUDONYM_KEY'), 'bench-check',
       now() - interval '1 day', now() + interval '300 days', 'bench-check-' || n, repeat('0', 64),
       '$purpose_id', $version, 'ACTIVE'
FROM (SELECT n, bench_iin(n) AS iin FROM generate_series(1, $((B1_CONSENTS * 102 / 100))) AS n) AS g
WHERE iin IS NOT NULL
LIMIT $B1_CONSENTS;
VACUUM ANALYZE consent;
SQL
  say "B1: loaded in $((SECONDS - start))s"
}

# pgbench's own 1,000,000-row accounts table (scale 10) on the same server, once.
b1_pgbench_init() {
  if ! db_sql postgres -c "SELECT 1 FROM pg_database WHERE datname = 'bench_pgbench'" | grep -q 1; then
    db_sql postgres -c "CREATE DATABASE bench_pgbench"
    "$PG_BIN/pgbench" -h "$KELISIM_HOST" -p "$PG_PORT" -U postgres -i -s 10 -q bench_pgbench >/dev/null 2>&1
  fi
}

# wrk_run NAME SCRIPT CONNECTIONS SECONDS TOKEN
wrk_run() {
  local name=$1 script=$2 c=$3 seconds=$4 token=$5
  kv_reset "$name"
  BENCH_TOKEN=$token BENCH_OUT="$DATA/$name.properties.tmp" BENCH_WRK_DIR="$BENCH_DIR/wrk" \
    BENCH_IINS="$DATA/b1-iins.txt" wrk -t 2 -c "$c" -d "${seconds}s" --timeout 10s \
    -s "$BENCH_DIR/wrk/$script" "$CONSENT_URL" >"$DATA/$name.wrk.txt" 2>&1
  cat "$DATA/$name.properties.tmp" >>"$DATA/$name.properties"
  rm -f "$DATA/$name.properties.tmp"
  kv "$name" connections "$c"
  kv_load "$name"
}

pgbench_run() {
  local name=$1 c=$2 seconds=$3 out
  kv_reset "$name"
  out=$("$PG_BIN/pgbench" -h "$KELISIM_HOST" -p "$PG_PORT" -U postgres -n -S -M prepared -c "$c" -j 2 \
    -T "$seconds" bench_pgbench 2>&1)
  echo "$out" >"$DATA/$name.pgbench.txt"
  kv "$name" connections "$c"
  kv "$name" throughput "$(awk '/^tps = / {print $3; exit}' <<<"$out")"
  kv "$name" mean_us "$(awk '/^latency average = / {printf "%.0f", $4 * 1000; exit}' <<<"$out")"
  kv_load "$name"
}

b1() {
  local token c r pid
  token=$(operator_token)
  b1_load "$token"
  db_sql consent -c "SELECT subject_iin FROM consent TABLESAMPLE SYSTEM (2)
      WHERE purpose_code = 'bench-check' LIMIT 20000" >"$DATA/b1-iins.txt"
  b1_pgbench_init
  kv_reset b1
  kv b1 consents "$(db_sql consent -c "SELECT count(*) FROM consent WHERE purpose_code = 'bench-check'")"
  kv b1 sample_subjects "$(wc -l <"$DATA/b1-iins.txt")"
  pid=$(pid_of consent-service)
  sampler_start b1-rss "$pid"

  say "B1: warm-up (${B1_WARMUP}s check, ${B1_WARMUP}s whoami, pgbench)"
  wrk_run b1-warmup-check check.lua 16 "$B1_WARMUP" "$token"
  wrk_run b1-warmup-whoami whoami.lua 16 "$B1_WARMUP" "$token"
  pgbench_run b1-warmup-pgbench 16 5

  # One token, fetched once and reused for every request of the run, as a client caches it.
  token=$(operator_token)
  jfr_start consent-service b1
  # Each repeat measures A, the check and B back to back, so every ratio compares runs that saw
  # the same machine; the report takes the median over the repeats.
  local rep
  for c in $B1_CONCURRENCY; do
    for ((rep = 1; rep <= ${B1_REPEATS:-2}; rep++)); do
      say "B1: c$c, repeat $rep/${B1_REPEATS:-2}: whoami (baseline A), consent check, pgbench -S (baseline B), ${B1_SECONDS}s each"
      wrk_run "b1-whoami-c$c-r$rep" whoami.lua "$c" "$B1_SECONDS" "$token"
      wrk_run "b1-check-c$c-r$rep" check.lua "$c" "$B1_SECONDS" "$token"
      pgbench_run "b1-pgbench-c$c-r$rep" "$c" "$B1_SECONDS"
    done
  done
  jfr_stop consent-service b1
  for r in $B1_RATES; do
    say "B1: fixed rate $r checks/s for ${B1_SECONDS}s (latency from each request's due moment)"
    kv_reset "b1-rate-$r"
    java_tool LoadGen check base="$CONSENT_URL" token_url="$TOKEN_URL" client_id="$OPERATOR_CLIENT" \
      client_secret="$OPERATOR_SECRET" iins="$DATA/b1-iins.txt" rate="$r" seconds="$B1_SECONDS" warmup=5 \
      out="$DATA/b1-rate-$r.properties.tmp" >"$DATA/b1-rate-$r.log" 2>&1 || say "B1: rate $r failed (see $DATA/b1-rate-$r.log)"
    cat "$DATA/b1-rate-$r.properties.tmp" >>"$DATA/b1-rate-$r.properties" 2>/dev/null || true
    rm -f "$DATA/b1-rate-$r.properties.tmp"
    kv_load "b1-rate-$r"
  done
  sampler_stop b1-rss
  kv b1 consent_rss_peak_mb "$(peak_rss_mb b1-rss)"
}

# ------------------------------------------------------------------------------------------------
# B2: revocation answered -> notice stored (notification-service) and operator webhook delivered.

b2_admin_token() {
  curl -sf "http://$KELISIM_HOST:$KC_PORT/realms/master/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin |
    sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# Creates B2_SUBJECTS subject accounts in the local realm (bench-subject-NN, IINs from bench_iin),
# so the revocations come from many subjects, keyed onto every partition, as in real traffic.
b2_subjects() {
  local admin i user iin role
  admin=$(b2_admin_token)
  role=$(curl -sf "http://$KELISIM_HOST:$KC_PORT/admin/realms/kelisim/roles/subject" -H "Authorization: Bearer $admin")
  : >"$DATA/b2-subjects.txt"
  for ((i = 1; i <= B2_SUBJECTS; i++)); do
    user=$(printf 'bench-subject-%02d' "$i")
    iin=$(db_sql consent -c "SELECT bench_iin(n) FROM generate_series(3000000 + $i * 10, 3000000 + $i * 10 + 9) n
        WHERE bench_iin(n) IS NOT NULL LIMIT 1")
    curl -s -o /dev/null -X POST "http://$KELISIM_HOST:$KC_PORT/admin/realms/kelisim/users" \
      -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d @- <<JSON
{"username":"$user","enabled":true,"email":"$user@bench.kelisim.kz","emailVerified":true,"firstName":"Bench","lastName":"Subject $i",
 "attributes":{"iin":["$iin"]},"credentials":[{"type":"password","value":"bench","temporary":false}]}
JSON
    local id
    id=$(curl -sf "http://$KELISIM_HOST:$KC_PORT/admin/realms/kelisim/users?exact=true&username=$user" \
      -H "Authorization: Bearer $admin" | sed -E 's/.*"id":"([^"]+)".*/\1/')
    curl -s -o /dev/null -X POST "http://$KELISIM_HOST:$KC_PORT/admin/realms/kelisim/users/$id/role-mappings/realm" \
      -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d "[$role]"
    printf '%s bench %s\n' "$user" "$iin" >>"$DATA/b2-subjects.txt"
  done
}

b2() {
  local token purpose_id version n=0 hook_port=${B2_HOOK_PORT:-58099} per values rate skip=0
  token=$(operator_token)
  ensure_purpose bench-revoke "$token"
  ensure_sql_helpers consent
  b2_subjects
  for rate in $B2_RATES; do n=$((n + rate * B2_SECONDS)); done
  per=$(((n + B2_SUBJECTS - 1) / B2_SUBJECTS + 1))
  read -r purpose_id version < <(db_sql consent -F ' ' -c "SELECT id, version FROM purpose
      WHERE operator_id = '$OPERATOR_BIN' AND code = 'bench-revoke' AND current")
  values=$(awk '{printf "%s(%s,%s)", (NR > 1 ? "," : ""), "\x27" $1 "\x27", "\x27" $3 "\x27"}' "$DATA/b2-subjects.txt")
  say "B2: $n active consents for $B2_SUBJECTS subjects"
  db_sql consent <<SQL
CREATE TEMP TABLE bench_subject (username text, iin text);
INSERT INTO bench_subject VALUES $values;
INSERT INTO consent (id, operator_id, subject_iin, subject_ref, purpose_code, granted_at, valid_until,
                     idempotency_key, request_fingerprint, purpose_id, purpose_version, status)
SELECT gen_random_uuid(), '$OPERATOR_BIN', s.iin, bench_ref(s.iin, '$KELISIM_PSEUDONYM_KEY'), 'bench-revoke',
       now() - interval '1 day', now() + interval '300 days', 'bench-revoke-' || gen_random_uuid(), repeat('0', 64),
       '$purpose_id', $version, 'ACTIVE'
FROM bench_subject s, generate_series(1, $per);
\copy (SELECT s.username, c.id FROM consent c JOIN bench_subject s ON s.iin = c.subject_iin WHERE c.purpose_code = 'bench-revoke' AND c.status = 'ACTIVE' ORDER BY random()) TO '$DATA/b2-consents.txt' WITH (FORMAT text, DELIMITER ' ')
SQL
  # The operator's webhook endpoint: the load generator receives it and notes each arrival.
  curl -s -o "$DATA/b2-webhook.json" -X POST "$NOTIFICATION_URL/api/v1/webhooks" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: bench-webhook-$hook_port" \
    -d "{\"url\":\"http://$KELISIM_HOST:$hook_port/hook\",\"eventTypes\":[\"kz.kelisim.consent.revoked.v1\"]}"
  for rate in $B2_RATES; do
    b2_round "$rate" "$skip" "$hook_port"
    skip=$((skip + rate * B2_SECONDS))
  done
}

# One rate: revocations at RATE/s for B2_SECONDS, then the joins: b2_round RATE SKIP HOOK_PORT
b2_round() {
  local rate=$1 skip=$2 hook_port=$3 name="b2-$1" since pool_before
  kv_reset "$name"
  pool_before=$(grep -c 'Sorry, acquisition timeout' "$KELISIM_STATE/logs/consent-service.log" || true)
  since=$(db_sql consent -c "SELECT now()")
  say "B2: $rate revocations/s for ${B2_SECONDS}s (the JVM is already warm from B1)"
  kv_load "$name" start_
  java_tool LoadGen revoke base="$CONSENT_URL" token_url="$TOKEN_URL" client_id=kelisim-cli \
    subjects="$DATA/b2-subjects.txt" consents="$DATA/b2-consents.txt" rate="$rate" seconds="$B2_SECONDS" skip="$skip" \
    hook_port="$hook_port" wait=90 rows="$DATA/$name-rows.tsv" out="$DATA/$name.properties.tmp" >"$DATA/$name.log" 2>&1 ||
    say "B2: load generator failed (see $DATA/$name.log)"
  cat "$DATA/$name.properties.tmp" >>"$DATA/$name.properties" 2>/dev/null || true
  kv_load "$name" end_
  # Notice stored: the consumer's inbox row is written in the transaction that stores the notice.
  db_sql consent -F $'\t' -c "SELECT id, payload::json -> 'data' ->> 'consentId' FROM outbox_event
      WHERE event_type = 'kz.kelisim.consent.revoked.v1' AND created_at >= '$since'" >"$DATA/$name-events.tsv"
  db_sql notification -F $'\t' -c "SELECT event_id, (extract(epoch FROM processed_at) * 1000000)::bigint
      FROM processed_event WHERE consumer = 'notification-service.consent-events' AND processed_at >= '$since'" \
    >"$DATA/$name-stored.tsv"
  java_tool LoadGen b2join rows="$DATA/$name-rows.tsv" events="$DATA/$name-events.tsv" stored="$DATA/$name-stored.tsv" \
    out="$DATA/$name.properties.tmp" >>"$DATA/$name.log" 2>&1 || say "B2: join failed (see $DATA/$name.log)"
  cat "$DATA/$name.properties.tmp" >>"$DATA/$name.properties" 2>/dev/null || true
  rm -f "$DATA/$name.properties.tmp"
  kv "$name" consent_pool_timeouts "$(($(grep -c 'Sorry, acquisition timeout' "$KELISIM_STATE/logs/consent-service.log" || true) - pool_before))"
}

# ------------------------------------------------------------------------------------------------
# B3: NDJSON import through the service against PostgreSQL COPY of the same rows.

b3() {
  local token run rows start elapsed pid i part curls=() purpose_id version max_flag=()
  token=$(operator_token)
  ensure_purpose bench-import "$token"
  ensure_sql_helpers consent
  run=$(date +%s)
  rows=$B3_CONSENTS
  read -r purpose_id version < <(db_sql consent -F ' ' -c "SELECT id, version FROM purpose
      WHERE operator_id = '$OPERATOR_BIN' AND code = 'bench-import' AND current")
  say "B3: writing $rows NDJSON lines and the same rows as CSV"
  rm -f "$BENCH_OUT"/b3-part-*
  db_sql consent -c "\copy (SELECT json_build_object('subjectIin', iin, 'purposeCode', 'bench-import',
      'idempotencyKey', 'b3-$run-' || n)::text FROM (SELECT n, bench_iin(n) AS iin
      FROM generate_series(5000000, 5000000 + $((rows * 102 / 100))) AS n) g WHERE iin IS NOT NULL LIMIT $rows)
      TO '$BENCH_OUT/b3.ndjson'"
  db_sql consent -c "\copy (SELECT gen_random_uuid(), '$OPERATOR_BIN', iin, bench_ref(iin, '$KELISIM_PSEUDONYM_KEY'),
      'bench-import', now(), now() + interval '1 year', 'b3-$run-' || n, repeat('0', 64), '$purpose_id', $version, 'ACTIVE'
      FROM (SELECT n, bench_iin(n) AS iin FROM generate_series(5000000, 5000000 + $((rows * 102 / 100))) AS n) g
      WHERE iin IS NOT NULL LIMIT $rows) TO '$BENCH_OUT/b3.csv' WITH (FORMAT csv)"
  kv_reset b3
  kv b3 rows "$rows"
  kv b3 streams "$B3_STREAMS"

  # Baseline: COPY of the same rows into a table with the consent table's columns and indexes.
  db_sql consent -c "DROP TABLE IF EXISTS bench_consent_copy; CREATE TABLE bench_consent_copy (LIKE consent INCLUDING ALL)"
  say "B3: baseline COPY of $rows rows"
  start=$(date +%s.%N)
  db_sql consent -c "\copy bench_consent_copy (id, operator_id, subject_iin, subject_ref, purpose_code, granted_at,
      valid_until, idempotency_key, request_fingerprint, purpose_id, purpose_version, status) FROM '$BENCH_OUT/b3.csv' WITH (FORMAT csv)"
  elapsed=$(echo "$(date +%s.%N) - $start" | bc)
  kv b3 copy_seconds "$elapsed"
  kv b3 copy_throughput "$(echo "scale=1; $rows / $elapsed" | bc)"
  db_sql consent -c "DROP TABLE bench_consent_copy"

  # The import: B3_STREAMS concurrent streams, as an operator would split a large file. Each request
  # carries at most B3_LINES_PER_REQUEST lines, so it stays under the 10 MB request limit; a stream
  # sends its requests one after another.
  split -l "$B3_LINES_PER_REQUEST" -d -a 4 "$BENCH_OUT/b3.ndjson" "$BENCH_OUT/b3-part-"
  pid=$(pid_of consent-service)
  kv b3 rss_before_mb "$(($(rss_kb "$pid") / 1024))"
  kv b3 lines_per_request "$B3_LINES_PER_REQUEST"
  ((B3_MAX_SECONDS > 0)) && max_flag=(--max-time "$B3_MAX_SECONDS")
  sampler_start b3-rss "$pid" "cat $BENCH_OUT/b3-part-*.out 2>/dev/null | wc -l"
  jfr_start consent-service b3
  kv_load b3 start_
  say "B3: importing $rows consents through POST /api/v1/consents:import ($B3_STREAMS streams)"
  start=$(date +%s.%N)
  local parts=("$BENCH_OUT"/b3-part-????) stream
  for ((stream = 0; stream < B3_STREAMS; stream++)); do
    (
      for ((i = stream; i < ${#parts[@]}; i += B3_STREAMS)); do
        curl -sS -N "${max_flag[@]}" -X POST "$CONSENT_URL/api/v1/consents:import" -H "Authorization: Bearer $(operator_token)" \
          -H 'Content-Type: application/x-ndjson' -H 'Accept: application/x-ndjson' --data-binary "@${parts[i]}" \
          -o "${parts[i]}.out" || true
      done
    ) &
    curls+=($!)
  done
  for i in "${curls[@]}"; do wait "$i" || true; done
  elapsed=$(echo "$(date +%s.%N) - $start" | bc)
  kv_load b3 end_
  jfr_stop consent-service b3
  sampler_stop b3-rss
  local accepted refused
  accepted=$(cat "$BENCH_OUT"/b3-part-*.out | grep -c '"result":"ACCEPTED"' || true)
  refused=$(cat "$BENCH_OUT"/b3-part-*.out | grep -c '"result":"REFUSED"' || true)
  kv b3 import_seconds "$elapsed"
  kv b3 accepted "$accepted"
  kv b3 refused "$refused"
  kv b3 import_throughput "$(echo "scale=1; $accepted / $elapsed" | bc)"
  kv b3 rss_peak_mb "$(peak_rss_mb b3-rss)"
  kv b3 rss_after_mb "$(($(rss_kb "$pid") / 1024))"
  kv b3 outbox_backlog_at_end "$(db_sql consent -c "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")"
  rm -f "$BENCH_OUT"/b3-part-????
}

# ------------------------------------------------------------------------------------------------
# B4: the deadline scanner: the same B4_DUE due deadlines among more and more open ones.

b4_round() {
  local open=$1 due=$B4_DUE name="b4-$1" due_at result
  say "B4: $due due among $open open deadlines"
  db_sql consent <<SQL
DELETE FROM deadline_history WHERE deadline_id IN (SELECT id FROM deadline WHERE owner_id = 'BENCH');
DELETE FROM deadline WHERE owner_id = 'BENCH';
INSERT INTO deadline (id, kind, owner_id, subject_ref, aggregate_id, received_at, working_days, due_at, remind_at, state)
SELECT gen_random_uuid(), 'STOP_PROCESSING', 'BENCH', md5(n::text) || md5(n::text), gen_random_uuid(),
       now() - interval '1 day', 15, now() + interval '30 days' + n * interval '1 second', NULL, 'OPEN'
FROM generate_series(1, $((open - due))) AS n;
VACUUM ANALYZE deadline;
SQL
  # The due rows go in last, due a few seconds ahead, so their due moment is known exactly.
  due_at=$(db_sql consent -c "SELECT date_trunc('second', clock_timestamp()) + interval '8 seconds'")
  db_sql consent -c "INSERT INTO deadline (id, kind, owner_id, subject_ref, aggregate_id, received_at, working_days,
      due_at, remind_at, state) SELECT gen_random_uuid(), 'STOP_PROCESSING', 'BENCH', md5(n::text) || md5(n::text),
      gen_random_uuid(), now() - interval '20 days', 15, '$due_at', NULL, 'OPEN' FROM generate_series(1, $due) AS n"
  kv_reset "$name"
  kv "$name" open "$open"
  kv "$name" due "$due"
  kv "$name" open_in_table "$(db_sql consent -c "SELECT count(*) FROM deadline WHERE state = 'OPEN'")"
  kv_load "$name" start_
  result=$(db_sql consent -F ' ' -c "SELECT extract(epoch FROM first_seen), extract(epoch FROM all_done), left_open
      FROM bench_await_breached('$due_at', 120)")
  # The scan's start is the instant it stamped on each breach; its end, when the last batch committed.
  db_sql consent -F ' ' -c "WITH ev AS (
        SELECT created_at, published_at FROM outbox_event
        WHERE event_type LIKE '%deadline%breach%' AND created_at >= '$due_at')
      SELECT extract(epoch FROM min(created_at)), count(*) FROM ev" >"$DATA/$name.scan"
  local all_done left_open scan_start
  # Not reported: when the first breach was seen, and how many breaches the scan file counted.
  read -r _ all_done left_open <<<"$result"
  read -r scan_start _ <"$DATA/$name.scan"
  kv "$name" left_open "$left_open"
  kv "$name" scan_seconds "$(echo "$all_done - $scan_start" | bc)"
  kv "$name" due_to_scan_start_seconds "$(echo "$scan_start - $(db_sql consent -c "SELECT extract(epoch FROM timestamptz '$due_at')")" | bc)"
  # Lag: due moment -> DeadlineBreached acknowledged by Kafka (the relay stamps published_at then).
  local waited=0
  while (($(db_sql consent -c "SELECT count(*) FROM outbox_event WHERE event_type LIKE '%deadline%breach%'
      AND created_at >= '$due_at' AND published_at IS NULL") > 0 && waited < 120)); do
    sleep 1
    waited=$((waited + 1))
  done
  db_sql consent -F ' ' -c "SELECT count(*),
        percentile_disc(0.5) WITHIN GROUP (ORDER BY published_at - timestamptz '$due_at'),
        percentile_disc(0.99) WITHIN GROUP (ORDER BY published_at - timestamptz '$due_at'),
        max(published_at - timestamptz '$due_at')
      FROM outbox_event WHERE event_type LIKE '%deadline%breach%' AND created_at >= '$due_at' AND published_at IS NOT NULL" \
    | { read -r count p50 p99 max; kv "$name" published "$count"; kv "$name" lag_p50 "$p50"; kv "$name" lag_p99 "$p99"; kv "$name" lag_max "$max"; }
  kv "$name" lag_max_seconds "$(db_sql consent -c "SELECT extract(epoch FROM max(published_at) - timestamptz '$due_at')
      FROM outbox_event WHERE event_type LIKE '%deadline%breach%' AND created_at >= '$due_at'")"
  kv_load "$name" end_
}

b4() {
  local open
  ensure_sql_helpers consent
  jfr_start consent-service b4
  for open in $B4_OPEN; do
    b4_round "$open"
  done
  jfr_stop consent-service b4
  db_sql consent -c "DELETE FROM deadline_history WHERE deadline_id IN (SELECT id FROM deadline WHERE owner_id = 'BENCH');
      DELETE FROM deadline WHERE owner_id = 'BENCH'"
}

# ------------------------------------------------------------------------------------------------
# B5: footprint: start-up of each service, idle memory, and the whole suite's memory.

b5() {
  local name pid log start ready
  kv_reset b5
  say "B5: restarting the services to time their start"
  "$ROOT/deploy/local/services.sh" stop consent-service objection-service notification-service >/dev/null
  for name in consent-service objection-service notification-service; do
    log=$KELISIM_STATE/logs/$name.log
    start=$(date +%s.%N)
    "$ROOT/deploy/local/services.sh" start "$name" >/dev/null
    ready=$(echo "$(date +%s.%N) - $start" | bc)
    kv b5 "${name}_ready_seconds" "$ready"
    kv b5 "${name}_started_in_seconds" "$(grep -o 'started in [0-9.]*s' "$log" | tail -n 1 | grep -o '[0-9.]*[0-9]')"
  done
  kv_load b5 start_
  say "B5: idle for 20s, then memory"
  sleep 20
  for name in consent-service objection-service notification-service portal; do
    pid=$(pid_of "$name")
    kv b5 "${name}_idle_rss_mb" "$(($(rss_kb "$pid") / 1024))"
  done
  local total=0 part
  for name in postgres kafka keycloak consent-service objection-service notification-service portal; do
    pid=$(pid_of "$name") || continue
    part=$(tree_pss_kb "$pid")
    kv b5 "${name}_pss_mb" "$((part / 1024))"
    total=$((total + part))
  done
  kv b5 suite_pss_mb "$((total / 1024))"
}
