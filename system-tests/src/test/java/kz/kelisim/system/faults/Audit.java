package kz.kelisim.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.kelisim.contracts.Topics;
import kz.kelisim.contracts.consent.ConsentGranted;
import kz.kelisim.contracts.consent.ConsentRevoked;
import kz.kelisim.contracts.consent.StopConfirmed;
import kz.kelisim.contracts.deadline.DeadlineBreached;
import kz.kelisim.contracts.notification.SlaBreachReported;
import kz.kelisim.contracts.objection.ObjectionReceived;

/**
 * Checks a scenario's ledger against the databases once the suite is whole again: every
 * acknowledged write is stored, every event since the scenario began is published and applied by
 * each consumer exactly once, and every deadline is in the state its history calls for. It
 * collects every problem before failing, and prints the scenario's line of numbers.
 */
final class Audit {

    /** The consumers of each topic, by the name each records in its processed_event table. */
    static final Map<String, List<Consumer>> CONSUMERS = Map.of(
            Topics.CONSENT_EVENTS, List.of(
                    new Consumer(Db.NOTIFICATION, "notification-service.consent-events"),
                    new Consumer(Db.OBJECTION, "objection-service.consent-events")),
            Topics.OBJECTION_EVENTS, List.of(new Consumer(Db.NOTIFICATION, "notification-service.objection-events")),
            Topics.BREACH_EVENTS, List.of(new Consumer(Db.NOTIFICATION, "notification-service.breach-events")));

    /** A consuming service's database and the name its inbox records events under. */
    record Consumer(String db, String name) {
    }

    /** Events that tell the subject something: each must yield exactly one notice. */
    static final Set<String> NOTICE_TYPES = Set.of(ConsentGranted.TYPE, ConsentRevoked.TYPE, StopConfirmed.TYPE,
            ObjectionReceived.TYPE, DeadlineBreached.TYPE);

    /** One outbox row with the ids its data refers to. */
    record Event(UUID id, String database, String topic, String type, boolean published, String consentId,
                 String obligationId, String objectionId, String deadlineId, String kind) {
    }

    private final Fixture fixture;
    private final Ledger ledger;
    private final Client.Tally tally;
    final List<String> problems = new ArrayList<>();
    final Map<String, Long> duplicatesBy = new LinkedHashMap<>();
    Set<UUID> overdueStopDeadlines = Set.of();
    Set<UUID> overdueObjectionDeadlines = Set.of();
    long writesFound;
    long writesLost;
    long eventsProduced;
    long eventsConsumed;
    long consumptionsExpected;
    long notices;
    private List<Event> events = List.of();
    /** How long the suite took, after the load, to publish and apply every event. */
    Duration deliveredIn = Duration.ZERO;

    Audit(Fixture fixture, Ledger ledger, Client.Tally tally) {
        this.fixture = fixture;
        this.ledger = ledger;
        this.tally = tally;
    }

    long duplicates() {
        return duplicatesBy.values().stream().mapToLong(Long::longValue).sum();
    }

    private void duplicates(String what, long n) {
        duplicatesBy.merge(what, n, Long::sum);
        if (n > 0) {
            problems.add(n + " duplicate(s): " + what);
        }
    }

    // ---------------------------------------------------------------- delivery

    /**
     * Waits until every event since the scenario began is published and applied by every consumer;
     * gives up early once nothing has moved for a minute (a consumer that skipped an event never
     * comes back for it).
     */
    Audit awaitDelivery(Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        List<String> missing = undelivered();
        List<String> last = missing;
        long lastChange = System.nanoTime();
        while (!missing.isEmpty()) {
            long now = System.nanoTime();
            if (now > deadline || now - lastChange > Duration.ofSeconds(60).toNanos()) {
                problems.add("not delivered after " + Duration.ofNanos(now - start).toSeconds() + " s: " + missing);
                break;
            }
            Client.sleep(1_000);
            missing = undelivered();
            if (!missing.equals(last)) {
                last = missing;
                lastChange = System.nanoTime();
            }
        }
        deliveredIn = Duration.ofNanos(System.nanoTime() - start);
        events = loadEvents();
        return this;
    }

    /** What is still missing: unpublished rows and unapplied events per consumer. */
    List<String> undelivered() {
        List<String> missing = new ArrayList<>();
        List<Event> all = loadEvents();
        long unpublished = all.stream().filter(e -> !e.published()).count();
        if (unpublished > 0) {
            missing.add(unpublished + " outbox rows unpublished");
        }
        Map<String, List<UUID>> byTopic = all.stream().collect(Collectors.groupingBy(Event::topic,
                Collectors.mapping(Event::id, Collectors.toList())));
        for (var topic : CONSUMERS.entrySet()) {
            List<UUID> ids = byTopic.getOrDefault(topic.getKey(), List.of());
            for (Consumer consumer : topic.getValue()) {
                long applied = processed(consumer.db(), consumer.name(), ids).size();
                if (applied < ids.size()) {
                    missing.add(consumer.name() + " applied " + applied + " of " + ids.size());
                }
            }
        }
        return missing;
    }

    private List<Event> loadEvents() {
        List<Event> all = new ArrayList<>();
        for (String db : List.of(Db.CONSENT, Db.OBJECTION, Db.NOTIFICATION)) {
            for (Map<String, Object> r : Db.rows(db, """
                    SELECT id, topic, event_type, published_at IS NOT NULL AS published,
                           payload::jsonb #>> '{data,consentId}' AS consent_id,
                           payload::jsonb #>> '{data,obligationId}' AS obligation_id,
                           payload::jsonb #>> '{data,objectionId}' AS objection_id,
                           payload::jsonb #>> '{data,deadlineId}' AS deadline_id,
                           payload::jsonb #>> '{data,kind}' AS kind
                    FROM outbox_event WHERE created_at >= ?""", fixture.since)) {
                all.add(new Event((UUID) r.get("id"), db, (String) r.get("topic"), (String) r.get("event_type"),
                        (Boolean) r.get("published"), (String) r.get("consent_id"), (String) r.get("obligation_id"),
                        (String) r.get("objection_id"), (String) r.get("deadline_id"), (String) r.get("kind")));
            }
        }
        return all;
    }

    /** The ids among {@code ids} that the consumer recorded, with how often (the primary key says at most once). */
    static Map<UUID, Long> processed(String db, String consumer, Collection<UUID> ids) {
        Map<UUID, Long> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Map<String, Object> r : Db.rows(db, "SELECT event_id, count(*) AS n FROM processed_event WHERE consumer = ? AND event_id = ANY(?) GROUP BY event_id",
                consumer, new Db.Uuids(ids))) {
            out.put((UUID) r.get("event_id"), ((Number) r.get("n")).longValue());
        }
        return out;
    }

    List<Event> events() {
        return events;
    }

    // ---------------------------------------------------------------- writes

    /** Every acknowledged write is stored as acknowledged, nothing unacknowledged appeared, deadlines are right. */
    Audit checkWrites() {
        checkConsents();
        checkObligations();
        checkObjections();
        checkProjection();
        return this;
    }

    private void checkConsents() {
        Map<String, Map<String, Object>> byKey = new HashMap<>();
        for (Map<String, Object> r : Db.rows(Db.CONSENT, "SELECT id, idempotency_key, subject_iin, status FROM consent WHERE operator_id = ? AND purpose_code = ?",
                Auth.BANK_BIN, fixture.purpose)) {
            byKey.put((String) r.get("idempotency_key"), r);
        }
        for (Ledger.Grant g : ledger.grants.values()) {
            Map<String, Object> row = byKey.get(g.key());
            if (row == null || !g.consentId().equals(row.get("id")) || !g.iin().equals(row.get("subject_iin"))) {
                writesLost++;
                problems.add("acknowledged consent " + g.consentId() + " (Idempotency-Key " + g.key() + ") stored as " + row);
            } else {
                writesFound++;
            }
        }
        for (var e : byKey.entrySet()) {
            if (!ledger.grants.containsKey(e.getKey()) && !ledger.abandonedGrantKeys.contains(e.getKey())) {
                duplicates("consent stored without any request for it: " + e.getValue(), 1);
            }
        }
        for (Ledger.Revocation r : ledger.revocations.values()) {
            Map<String, Object> row = byKey.values().stream().filter(c -> r.consentId().equals(c.get("id"))).findFirst().orElse(null);
            if (row == null || !"REVOKED".equals(row.get("status"))) {
                writesLost++;
                problems.add("acknowledged revocation of " + r.consentId() + " but the consent is " + (row == null ? "missing" : row.get("status")));
            } else {
                writesFound++;
            }
        }
        for (var row : byKey.values()) {
            if ("REVOKED".equals(row.get("status")) && !ledger.revocations.containsKey((UUID) row.get("id"))
                    && !ledger.abandonedRevocations.contains((UUID) row.get("id"))) {
                problems.add("consent " + row.get("id") + " revoked though no revocation was sent");
            }
        }
    }

    private void checkObligations() {
        List<Map<String, Object>> rows = Db.rows(Db.CONSENT, """
                SELECT o.id, o.consent_id, o.party_id, o.status, o.deadline_id, d.state AS deadline_state, d.kind,
                       (SELECT count(*) FROM deadline x WHERE x.aggregate_id = o.id) AS deadlines
                FROM stop_obligation o LEFT JOIN deadline d ON d.id = o.deadline_id
                WHERE o.operator_id = ? AND o.purpose_code = ?""", Auth.BANK_BIN, fixture.purpose);
        Map<UUID, Map<String, Object>> byId = rows.stream().collect(Collectors.toMap(r -> (UUID) r.get("id"), Function.identity()));
        Map<UUID, List<Map<String, Object>>> byConsent = rows.stream().collect(Collectors.groupingBy(r -> (UUID) r.get("consent_id")));
        for (Ledger.Revocation r : ledger.revocations.values()) {
            Set<UUID> stored = byConsent.getOrDefault(r.consentId(), List.of()).stream().map(o -> (UUID) o.get("id")).collect(Collectors.toSet());
            if (!stored.equals(new HashSet<>(r.obligationByParty().values())) || r.obligationByParty().size() != 2) {
                problems.add("revocation of " + r.consentId() + " acknowledged obligations " + r.obligationByParty() + " but stored " + stored);
            }
        }
        for (Map<String, Object> o : rows) {
            long deadlines = ((Number) o.get("deadlines")).longValue();
            duplicates("deadlines of obligation " + o.get("id"), Math.max(0, deadlines - 1));
            if (deadlines == 0 || !"STOP_PROCESSING".equals(o.get("kind"))) {
                problems.add("obligation " + o.get("id") + " has no STOP_PROCESSING deadline");
            }
        }
        for (Ledger.Stop s : ledger.stops.values()) {
            Map<String, Object> o = byId.get(s.obligationId());
            if (o == null || !"STOPPED".equals(o.get("status"))) {
                writesLost++;
                problems.add("acknowledged stop of " + s.obligationId() + " but the obligation is " + (o == null ? "missing" : o.get("status")));
            } else {
                writesFound++;
            }
        }
        for (Map<String, Object> o : rows) {
            UUID id = (UUID) o.get("id");
            UUID deadline = (UUID) o.get("deadline_id");
            String state = (String) o.get("deadline_state");
            String status = (String) o.get("status");
            String expected;
            if ("STOPPED".equals(status)) {
                if (!ledger.stops.containsKey(id) && !ledger.abandonedStops.contains(id)) {
                    problems.add("obligation " + id + " stopped though no answer was sent");
                }
                expected = overdueStopDeadlines.contains(deadline) ? "MET_LATE" : "MET";
            } else {
                expected = overdueStopDeadlines.contains(deadline) ? "BREACHED" : "OPEN";
            }
            if (!"OPEN".equals(status) && !"STOPPED".equals(status)) {
                problems.add("obligation " + id + " is " + status);
            }
            if (!expected.equals(state)) {
                problems.add("deadline " + deadline + " of " + status + " obligation " + id + " is " + state + ", expected " + expected);
            }
        }
    }

    private void checkObjections() {
        Map<String, Map<String, Object>> byKey = new HashMap<>();
        for (Map<String, Object> r : Db.rows(Db.OBJECTION, """
                SELECT o.id, o.idempotency_key, o.subject_iin, o.status, o.deadline_id, d.state AS deadline_state
                FROM objection o JOIN deadline d ON d.id = o.deadline_id WHERE o.activity_id = ?""", fixture.activityId)) {
            byKey.put((String) r.get("idempotency_key"), r);
        }
        for (Ledger.Objection o : ledger.objections.values()) {
            Map<String, Object> row = byKey.get(o.key());
            if (row == null || !o.objectionId().equals(row.get("id"))) {
                writesLost++;
                problems.add("acknowledged objection " + o.objectionId() + " (Idempotency-Key " + o.key() + ") stored as " + row);
            } else {
                writesFound++;
            }
        }
        for (var e : byKey.entrySet()) {
            if (!ledger.objections.containsKey(e.getKey()) && !ledger.abandonedObjectionKeys.contains(e.getKey())) {
                duplicates("objection stored without any request for it: " + e.getValue(), 1);
            }
            String expected = overdueObjectionDeadlines.contains((UUID) e.getValue().get("deadline_id")) ? "BREACHED" : "OPEN";
            if (!expected.equals(e.getValue().get("deadline_state"))) {
                problems.add("review deadline of objection " + e.getValue().get("id") + " is " + e.getValue().get("deadline_state") + ", expected " + expected);
            }
        }
    }

    /** objection-service applied every grant and revocation of the scenario's purpose to its projection. */
    private void checkProjection() {
        Map<UUID, String> status = new HashMap<>();
        for (Map<String, Object> r : Db.rows(Db.CONSENT, "SELECT id, status FROM consent WHERE operator_id = ? AND purpose_code = ?",
                Auth.BANK_BIN, fixture.purpose)) {
            status.put((UUID) r.get("id"), (String) r.get("status"));
        }
        Map<UUID, String> projected = new HashMap<>();
        for (Map<String, Object> r : Db.rows(Db.OBJECTION, "SELECT consent_id, coalesce(end_reason, 'ACTIVE') AS state FROM consent_projection WHERE operator_id = ? AND purpose_code = ?",
                Auth.BANK_BIN, fixture.purpose)) {
            projected.put((UUID) r.get("consent_id"), (String) r.get("state"));
        }
        long wrong = status.entrySet().stream().filter(e -> !Objects.equals(e.getValue(), projected.get(e.getKey()))).count();
        if (wrong > 0 || projected.size() != status.size()) {
            problems.add(wrong + " of " + status.size() + " consents differ in objection-service's projection (" + projected.size() + " projected)");
        }
    }

    // ---------------------------------------------------------------- events

    /** Each state change has one event, each event was applied once by each consumer and yields its one notice. */
    Audit checkEvents() {
        Set<UUID> consents = Db.rows(Db.CONSENT, "SELECT id FROM consent WHERE operator_id = ? AND purpose_code = ?", Auth.BANK_BIN, fixture.purpose)
                .stream().map(r -> (UUID) r.get("id")).collect(Collectors.toSet());
        Set<UUID> revoked = Db.rows(Db.CONSENT, "SELECT id FROM consent WHERE operator_id = ? AND purpose_code = ? AND status = 'REVOKED'", Auth.BANK_BIN, fixture.purpose)
                .stream().map(r -> (UUID) r.get("id")).collect(Collectors.toSet());
        Set<UUID> stopped = Db.rows(Db.CONSENT, "SELECT id FROM stop_obligation WHERE operator_id = ? AND purpose_code = ? AND status = 'STOPPED'", Auth.BANK_BIN, fixture.purpose)
                .stream().map(r -> (UUID) r.get("id")).collect(Collectors.toSet());
        Set<UUID> objections = Db.rows(Db.OBJECTION, "SELECT id FROM objection WHERE activity_id = ?", fixture.activityId)
                .stream().map(r -> (UUID) r.get("id")).collect(Collectors.toSet());
        exactlyOne("ConsentGranted per consent", ConsentGranted.TYPE, Event::consentId, consents);
        exactlyOne("ConsentRevoked per revoked consent", ConsentRevoked.TYPE, Event::consentId, revoked);
        exactlyOne("StopConfirmed per stopped obligation", StopConfirmed.TYPE, Event::obligationId, stopped);
        exactlyOne("ObjectionReceived per objection", ObjectionReceived.TYPE, Event::objectionId, objections);
        long breaches = events.stream().filter(e -> DeadlineBreached.TYPE.equals(e.type())).count();
        long breachedDeadlines = events.stream().filter(e -> DeadlineBreached.TYPE.equals(e.type())).map(Event::deadlineId).distinct().count();
        duplicates("DeadlineBreached events for one deadline", breaches - breachedDeadlines);

        eventsProduced = events.size();
        Map<String, List<UUID>> byTopic = events.stream().collect(Collectors.groupingBy(Event::topic,
                Collectors.mapping(Event::id, Collectors.toList())));
        for (var topic : CONSUMERS.entrySet()) {
            List<UUID> ids = byTopic.getOrDefault(topic.getKey(), List.of());
            for (Consumer consumer : topic.getValue()) {
                Map<UUID, Long> applied = processed(consumer.db(), consumer.name(), ids);
                consumptionsExpected += ids.size();
                eventsConsumed += applied.values().stream().mapToLong(Long::longValue).sum();
                duplicates(consumer.name() + " applications of one event", applied.values().stream().mapToLong(n -> n - 1).sum());
                if (applied.size() < ids.size()) {
                    problems.add(consumer.name() + " never applied " + (ids.size() - applied.size()) + " of " + ids.size() + " events");
                }
            }
        }
        checkNothingGoodDeadLettered();
        List<UUID> noticeWorthy = events.stream().filter(e -> NOTICE_TYPES.contains(e.type()) && !"BREACH_REPORT".equals(e.kind())
                && (Topics.CONSENT_EVENTS.equals(e.topic()) || Topics.OBJECTION_EVENTS.equals(e.topic()))).map(Event::id).toList();
        Map<UUID, Long> noticesByEvent = new HashMap<>();
        if (!noticeWorthy.isEmpty()) {
            for (Map<String, Object> r : Db.rows(Db.NOTIFICATION, "SELECT event_id, count(*) AS n FROM notice WHERE event_id = ANY(?) GROUP BY event_id",
                    new Db.Uuids(noticeWorthy))) {
                noticesByEvent.put((UUID) r.get("event_id"), ((Number) r.get("n")).longValue());
            }
        }
        notices = noticesByEvent.values().stream().mapToLong(Long::longValue).sum();
        duplicates("notices for one event", noticesByEvent.values().stream().mapToLong(n -> n - 1).sum());
        if (noticesByEvent.size() < noticeWorthy.size()) {
            problems.add((noticeWorthy.size() - noticesByEvent.size()) + " of " + noticeWorthy.size() + " events that concern a subject have no notice");
        }
        return this;
    }

    /**
     * No event of the scenario went to a dead-letter topic: those are for messages that are not
     * readable events, never for a good event that met a passing fault.
     */
    private void checkNothingGoodDeadLettered() {
        Map<String, Set<UUID>> byTopic = events.stream().collect(Collectors.groupingBy(Event::topic,
                Collectors.mapping(Event::id, Collectors.toSet())));
        List<String> dlqs = new ArrayList<>();
        Map<String, Set<UUID>> expectedIn = new HashMap<>();
        for (var topic : CONSUMERS.entrySet()) {
            for (Consumer consumer : topic.getValue()) {
                String dlq = topic.getKey() + "." + consumer.name().substring(0, consumer.name().indexOf('.')) + ".dlq";
                dlqs.add(dlq);
                expectedIn.put(dlq, byTopic.getOrDefault(topic.getKey(), Set.of()));
            }
        }
        Map<String, Long> deadLettered = new LinkedHashMap<>();
        try (KafkaBridge kafka = new KafkaBridge()) {
            for (KafkaBridge.Rec r : kafka.readAll(dlqs.toArray(String[]::new))) {
                UUID id = TwoInstancesFaultTest.cloudEventId(r.value());
                if (id != null && expectedIn.get(r.topic()).contains(id)) {
                    deadLettered.merge(r.topic(), 1L, Long::sum);
                }
            }
        }
        deadLettered.forEach((dlq, n) -> problems.add(n + " good events of the scenario were sent to " + dlq
                + " (a passing fault dead-lettered them, so their consumer never applies them)"));
    }

    private void exactlyOne(String what, String type, Function<Event, String> ref, Set<UUID> expected) {
        Map<String, Long> counts = events.stream().filter(e -> type.equals(e.type()) && ref.apply(e) != null)
                .collect(Collectors.groupingBy(ref, Collectors.counting()));
        long missing = expected.stream().filter(id -> !counts.containsKey(id.toString())).count();
        long doubled = expected.stream().mapToLong(id -> Math.max(0, counts.getOrDefault(id.toString(), 0L) - 1)).sum();
        duplicates(what, doubled);
        if (missing > 0) {
            problems.add(missing + " of " + expected.size() + " without their event: " + what);
        }
    }

    // ---------------------------------------------------------------- report

    String line(String scenario, Workload load, Duration took) {
        return String.format("FAULT %-22s operations %d (%s), acknowledged %d, retries %d, no answer %d, 503 %d, other 5xx %d, abandoned %d;"
                        + " writes acknowledged %d, found %d, lost %d; events produced %d, consumed %d of %d, notices %d; duplicates %d;"
                        + " load %d s, delivered %d s after it, scenario %d s",
                scenario, tally.operations.get(), load.byOp(), tally.acknowledged.get(), tally.retries.get(), tally.noAnswer.get(),
                tally.count(503), tally.violations.size(), tally.abandoned.get(), ledger.writes(), writesFound, writesLost,
                eventsProduced, eventsConsumed, consumptionsExpected, notices, duplicates(),
                load.took().toSeconds(), deliveredIn.toSeconds(), took.toSeconds());
    }

    /** Fails with every problem found; also when the load was too small to prove anything. */
    void assertClean(Workload load) {
        List<String> all = new ArrayList<>();
        tally.violations.forEach(v -> all.add("5xx other than 503: " + v));
        ledger.unexpected.forEach(u -> all.add("unexpected answer: " + u));
        all.addAll(problems);
        assertThat(all).as("answers other than 2xx, 4xx or 503; lost, doubled or misplaced writes, events and deadlines").isEmpty();
        assertThat(load.completed()).as("operations done").isEqualTo(load.total()).isGreaterThanOrEqualTo(2_000);
        assertThat(ledger.writes()).as("acknowledged writes").isGreaterThan(1_000);
        assertThat(writesLost).as("acknowledged writes lost").isZero();
        assertThat(duplicates()).as("duplicates " + duplicatesBy).isZero();
        assertThat(eventsConsumed).as("events applied").isEqualTo(consumptionsExpected).isPositive();
    }
}
