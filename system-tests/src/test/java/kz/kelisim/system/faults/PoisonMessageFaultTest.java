package kz.kelisim.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.kelisim.contracts.Topics;
import kz.kelisim.contracts.calendar.CalendarYearPublished;
import kz.kelisim.contracts.consent.ConsentGranted;
import kz.kelisim.contracts.objection.ObjectionReceived;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Scenario 5 of docs/reliability.md: poison messages in the middle of the load on every consumed topic, each with
 * the key of the events that follow it, so they share its partition: one that is not JSON at all,
 * and one readable CloudEvent whose data does not fit its type. Each consumer sends both to its
 * dead-letter topic, marks neither as applied, and applies the good events after them.
 */
class PoisonMessageFaultTest extends FaultScenario {

    /** A year no deadline of the suite touches: publishing its calendar moves nothing. */
    static final int CALENDAR_YEAR = 2099;

    /** One poison message: where it went and how to recognise it in a dead-letter topic. */
    record Poison(String topic, String key, String marker, UUID id, KafkaBridge.Landed landed) {
    }

    /** The consuming services of each topic (their dead-letter topics are {@code <topic>.<service>.dlq}). */
    static final Map<String, List<String>> CONSUMERS = Map.of(
            Topics.CONSENT_EVENTS, List.of(Stack.NOTIFICATION, Stack.OBJECTION),
            Topics.OBJECTION_EVENTS, List.of(Stack.NOTIFICATION),
            Topics.CALENDAR_YEARS, List.of(Stack.CONSENT, Stack.OBJECTION, Stack.NOTIFICATION));

    @Test
    @DisplayName("A poison message on consent-events, objection-events and calendar-years goes to each consumer's dead-letter topic; the next good event is applied")
    void poison_messages_are_dead_lettered_and_consumers_carry_on() throws Exception {
        Ledger ledger = new Ledger();
        Fixture f = Fixture.create("poison", ledger);
        Client client = new Client(new Client.Tally(), RETRY_BUDGET);
        Workload load = new Workload(f, ledger, client, OPERATIONS, THREADS, seconds(40), 1).start();
        load.awaitProgress(0.3, Duration.ofMinutes(2));

        List<Poison> poisons = new ArrayList<>();
        try (KafkaBridge kafka = new KafkaBridge()) {
            String consentKey = latestKey(Db.CONSENT, Topics.CONSENT_EVENTS, f);
            String objectionKey = latestKey(Db.OBJECTION, Topics.OBJECTION_EVENTS, f);
            String calendarKey = "calendar-year-" + CALENDAR_YEAR;
            poisons.add(garbage(kafka, Topics.CONSENT_EVENTS, consentKey, f));
            poisons.add(misfit(kafka, Topics.CONSENT_EVENTS, consentKey, ConsentGranted.TYPE, "{\"consentId\":\"%s\"}", f));
            poisons.add(garbage(kafka, Topics.OBJECTION_EVENTS, objectionKey, f));
            poisons.add(misfit(kafka, Topics.OBJECTION_EVENTS, objectionKey, ObjectionReceived.TYPE, "{\"objectionId\":\"%s\"}", f));
            poisons.add(garbage(kafka, Topics.CALENDAR_YEARS, calendarKey, f));
            poisons.add(misfit(kafka, Topics.CALENDAR_YEARS, calendarKey, CalendarYearPublished.TYPE,
                    "{\"year\":" + CALENDAR_YEAR + ",\"version\":1000000,\"data\":\"%s is not calendar data\"}", f));
        }
        // The good calendar event after the poison: the next version of a year no deadline touches.
        long version = Db.rows(Db.CONSENT, "SELECT coalesce(max(version), 0) AS v FROM calendar_year WHERE year = ?", CALENDAR_YEAR)
                .stream().mapToLong(r -> ((Number) r.get("v")).longValue()).findFirst().orElse(0) + 1;
        String admin = Auth.admin();
        var published = calendarUpload(client, admin, version);
        load.awaitDone(Duration.ofMinutes(5));

        Audit audit = new Audit(f, ledger, client.tally()).awaitDelivery(Duration.ofMinutes(3)).checkWrites().checkEvents();
        int deadLettered = checkDeadLettered(audit, poisons);
        long goodAfter = checkGoodEventsAfterPoison(audit, poisons);
        await("every service applied calendar year " + CALENDAR_YEAR + " version " + version).atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500)).until(() -> List.of(Db.CONSENT, Db.OBJECTION, Db.NOTIFICATION).stream().allMatch(db ->
                        Db.count(db, "SELECT count(*) FROM calendar_year WHERE year = ? AND version = ?", CALENDAR_YEAR, (int) version) == 1));

        System.out.println(audit.line("poison-messages", load, f.elapsed())
                + String.format("; poison messages %d, dead-lettered %d (of %d expected), good events applied after a poison on its partition %d",
                poisons.size(), deadLettered, expectedDeadLetters(poisons), goodAfter));
        assertThat(published.status()).as("calendar upload after the poison").isEqualTo(200);
        assertThat(deadLettered).as("poison messages in the dead-letter topics").isEqualTo(expectedDeadLetters(poisons));
        assertThat(goodAfter).as("good events after a poison message on its partition, applied").isPositive();
        audit.assertClean(load);
    }

    private static Client.Outcome calendarUpload(Client client, String admin, long version) {
        String data = """
                year = %d
                version = %d
                kurban-ait = %d-03-06
                kurban-ait.source = Data for the fault tests; no deadline falls in this year
                source.1 = Data for the fault tests
                """.formatted(CALENDAR_YEAR, version, CALENDAR_YEAR);
        return client.call("calendar", "PUT", Stack.url(Stack.CONSENT) + "/api/v1/calendar/" + CALENDAR_YEAR, admin, null, data, "text/plain");
    }

    private static String latestKey(String db, String topic, Fixture f) {
        return (String) Db.rows(db, "SELECT message_key FROM outbox_event WHERE topic = ? AND created_at >= ? ORDER BY created_at DESC LIMIT 1",
                topic, f.since).get(0).get("message_key");
    }

    private static Poison garbage(KafkaBridge kafka, String topic, String key, Fixture f) {
        String marker = "poison-" + f.suffix + "-" + UUID.randomUUID();
        return new Poison(topic, key, marker, null, kafka.send(topic, key, "\u0000not a CloudEvent " + marker + " {"));
    }

    private static Poison misfit(KafkaBridge kafka, String topic, String key, String type, String dataTemplate, Fixture f) {
        String marker = "poison-" + f.suffix + "-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        String value = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"urn:kelisim:fault-tests\",\"type\":\"" + type
                + "\",\"subject\":\"" + key + "\",\"time\":\"" + Instant.now() + "\",\"datacontenttype\":\"application/json\","
                + "\"data\":" + dataTemplate.formatted(marker) + "}";
        return new Poison(topic, key, marker, id, kafka.send(topic, key, value));
    }

    private static int expectedDeadLetters(List<Poison> poisons) {
        return poisons.stream().mapToInt(p -> CONSUMERS.get(p.topic()).size()).sum();
    }

    /** Each poison is once in the dead-letter topic of each consumer of its topic, and no consumer recorded it as applied. */
    private static int checkDeadLettered(Audit audit, List<Poison> poisons) {
        List<String> dlqs = new ArrayList<>();
        for (var e : CONSUMERS.entrySet()) {
            for (String service : e.getValue()) {
                dlqs.add(e.getKey() + "." + service + ".dlq");
            }
        }
        Map<String, Long> seen = new HashMap<>();
        try {
            await("every poison message dead-lettered").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                seen.clear();
                try (KafkaBridge kafka = new KafkaBridge()) {
                    for (KafkaBridge.Rec r : kafka.readAll(dlqs.toArray(String[]::new))) {
                        for (Poison p : poisons) {
                            if (r.value() != null && r.value().contains(p.marker())) {
                                seen.merge(r.topic() + " " + p.marker(), 1L, Long::sum);
                            }
                        }
                    }
                }
                return seen.size() == expectedDeadLetters(poisons);
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            audit.problems.add("dead-lettered only " + seen.keySet() + " of " + expectedDeadLetters(poisons));
        }
        long doubled = seen.values().stream().mapToLong(n -> n - 1).sum();
        audit.duplicatesBy.merge("records of one poison message in a dead-letter topic", doubled, Long::sum);
        if (doubled > 0) {
            audit.problems.add(doubled + " poison messages dead-lettered more than once: " + seen);
        }
        for (Poison p : poisons) {
            if (p.id() == null) {
                continue;
            }
            for (var consumer : Audit.CONSUMERS.getOrDefault(p.topic(), List.of())) {
                if (!Audit.processed(consumer.db(), consumer.name(), List.of(p.id())).isEmpty()) {
                    audit.problems.add(consumer.name() + " recorded poison message " + p.id() + " as applied");
                }
            }
        }
        return seen.size();
    }

    /** Events of the scenario that follow a poison message on its partition were applied by every consumer. */
    private static long checkGoodEventsAfterPoison(Audit audit, List<Poison> poisons) {
        Set<UUID> scenario = audit.events().stream().map(Audit.Event::id).collect(Collectors.toSet());
        long after = 0;
        try (KafkaBridge kafka = new KafkaBridge()) {
            for (String topic : List.of(Topics.CONSENT_EVENTS, Topics.OBJECTION_EVENTS)) {
                List<Poison> onTopic = poisons.stream().filter(p -> p.topic().equals(topic)).toList();
                List<UUID> following = new ArrayList<>();
                for (KafkaBridge.Rec r : kafka.readAll(topic)) {
                    UUID id = TwoInstancesFaultTest.cloudEventId(r.value());
                    boolean afterPoison = onTopic.stream().anyMatch(p -> p.landed().partition() == r.partition() && r.offset() > p.landed().offset());
                    if (id != null && scenario.contains(id) && afterPoison) {
                        following.add(id);
                    }
                }
                if (following.isEmpty()) {
                    audit.problems.add("no event of the scenario followed the poison messages on their partition of " + topic);
                }
                for (var consumer : Audit.CONSUMERS.get(topic)) {
                    long applied = Audit.processed(consumer.db(), consumer.name(), following).size();
                    if (applied < following.size()) {
                        audit.problems.add(consumer.name() + " applied only " + applied + " of the " + following.size()
                                + " events after the poison messages");
                    }
                }
                after += following.size();
            }
        }
        return after;
    }
}
