package kz.kelisim.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.kelisim.contracts.Topics;
import kz.kelisim.contracts.deadline.DeadlineBreached;
import kz.kelisim.contracts.notification.SlaBreachReported;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, scenario 4: a second instance of every service runs beside the first, on the same
 * databases and broker, and the load is spread over both. Both outbox relays and both deadline
 * scanners compete for the same rows. Every outbox event is on its topic exactly once (counted
 * per CloudEvents id from the beginning of the topic), every deadline that falls due in the window
 * is breached and reported to regulators once, and every notice and e-mail is sent once.
 */
class TwoInstancesFaultTest extends FaultScenario {

    static final Map<String, String> SECOND = Map.of("KELISIM_INSTANCE", "2");
    /** Revocations and objections kept out of the load, whose deadlines are made overdue mid-load. */
    static final int OVERDUE_REVOCATIONS = 15;
    static final int OVERDUE_OBJECTIONS = 15;
    static final String MAIL_SUBJECT = "gulnara";

    @Test
    @DisplayName("Two instances of every service: each event published once, each due deadline breached and reported once, each notice and e-mail sent once")
    void two_instances_publish_breach_and_notify_once() throws Exception {
        Ledger ledger = new Ledger();
        Fixture f = Fixture.create("twins", ledger);
        Client client = new Client(new Client.Tally(), RETRY_BUDGET);
        String address = "fault-" + f.suffix + "@example.kz";
        String subjectToken = f.token(MAIL_SUBJECT);
        JsonNode contactBefore = client.call("contact", "GET", Stack.url(Stack.NOTIFICATION) + "/api/v1/me/contact", subjectToken, null, null).body();
        try {
            Stack.script(SECOND, "services.sh", "start", Stack.CONSENT, Stack.OBJECTION, Stack.NOTIFICATION);
            assertThat(Stack.SERVICES).allMatch(s -> Stack.ready(s, 2));
            Fixture.require(client.call("contact", "PUT", Stack.url(Stack.NOTIFICATION, 2) + "/api/v1/me/contact", subjectToken, null,
                    "{\"email\":\"" + address + "\",\"language\":\"en\"}"), 200, "contact");

            Set<UUID> stopDeadlines = new HashSet<>();
            Set<UUID> reviewDeadlines = new HashSet<>();
            prepareOverdue(f, ledger, stopDeadlines, reviewDeadlines);

            Workload load = new Workload(f, ledger, client, OPERATIONS, THREADS, null, 2).start();
            load.awaitProgress(0.4, Duration.ofMinutes(3));
            // The deadlines fall due now, while both scanners run and the load goes on.
            int madeDue = Db.update(Db.CONSENT, "UPDATE deadline SET due_at = now() - interval '1 minute', remind_at = NULL WHERE id = ANY(?) AND state = 'OPEN'",
                    new Db.Uuids(stopDeadlines))
                    + Db.update(Db.OBJECTION, "UPDATE deadline SET due_at = now() - interval '1 minute', remind_at = NULL WHERE id = ANY(?) AND state = 'OPEN'",
                    new Db.Uuids(reviewDeadlines));
            assertThat(madeDue).isEqualTo(stopDeadlines.size() + reviewDeadlines.size());
            load.awaitDone(Duration.ofMinutes(5));

            await("every overdue deadline breached").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    Db.count(Db.CONSENT, "SELECT count(*) FROM deadline WHERE id = ANY(?) AND state = 'BREACHED'", new Db.Uuids(stopDeadlines))
                            + Db.count(Db.OBJECTION, "SELECT count(*) FROM deadline WHERE id = ANY(?) AND state = 'BREACHED'", new Db.Uuids(reviewDeadlines))
                            == madeDue);
            Audit audit = new Audit(f, ledger, client.tally());
            audit.overdueStopDeadlines = stopDeadlines;
            audit.overdueObjectionDeadlines = reviewDeadlines;
            audit.awaitDelivery(Duration.ofMinutes(3)).checkWrites().checkEvents();

            Set<UUID> overdue = new HashSet<>(stopDeadlines);
            overdue.addAll(reviewDeadlines);
            long reported = checkBreachesReportedOnce(audit, overdue);
            long onTopics = checkEachEventOnceOnItsTopic(audit);
            long mails = checkMailsSentOnce(audit, address);

            System.out.println(audit.line("two-instances", load, f.elapsed())
                    + String.format("; deadlines made due %d, breached and reported once %d, records counted on the topics %d, e-mails %d",
                    madeDue, reported, onTopics, mails));
            assertThat(reported).as("breaches reported to regulators").isEqualTo(overdue.size());
            assertThat(mails).as("e-mails sent").isPositive();
            audit.assertClean(load);
        } finally {
            restoreContact(client, subjectToken, contactBefore);
            Stack.script(SECOND, "services.sh", "stop", Stack.CONSENT, Stack.OBJECTION, Stack.NOTIFICATION);
        }
    }

    /** Revocations and objections of daniyar that the load never touches; their deadlines are made due mid-load. */
    private static void prepareOverdue(Fixture f, Ledger ledger, Set<UUID> stopDeadlines, Set<UUID> reviewDeadlines) {
        String iin = Auth.SUBJECTS.get("daniyar");
        for (int i = 0; i < OVERDUE_REVOCATIONS; i++) {
            String key = "fault-" + f.suffix + "-overdue-" + i;
            var granted = f.setup.call("grant", "POST", Stack.url(Stack.CONSENT, 1 + i % 2) + "/api/v1/consents", f.token(Auth.BANK), key,
                    Fixture.grantBody(iin, f.purpose));
            Fixture.require(granted, 201, "overdue consent");
            UUID consentId = UUID.fromString(granted.body().get("id").asText());
            ledger.grants.put(key, new Ledger.Grant(key, consentId, iin));
            var revoked = f.setup.call("revoke", "POST", Stack.url(Stack.CONSENT, 2 - i % 2) + "/api/v1/me/consents/" + consentId + "/revocation",
                    f.token("daniyar"), null, null);
            Fixture.require(revoked, 201, "overdue revocation");
            Map<String, UUID> byParty = new HashMap<>();
            revoked.body().path("obligations").forEach(o -> byParty.put(o.get("partyId").asText(), UUID.fromString(o.get("id").asText())));
            ledger.revocations.put(consentId, new Ledger.Revocation(consentId, iin, byParty));
        }
        for (int i = 0; i < OVERDUE_OBJECTIONS; i++) {
            String key = "fault-" + f.suffix + "-overdue-objection-" + i;
            var filed = f.setup.call("object", "POST", Stack.url(Stack.OBJECTION, 1 + i % 2) + "/api/v1/me/objections", f.token("daniyar"), key,
                    "{\"activityId\":\"" + f.activityId + "\",\"remedy\":\"STOP_PROCESSING\",\"reason\":\"Нет согласия на такую обработку\"}");
            Fixture.require(filed, 201, "overdue objection");
            ledger.objections.put(key, new Ledger.Objection(key, UUID.fromString(filed.body().get("id").asText()), iin));
        }
        Set<UUID> obligations = ledger.revocations.values().stream().flatMap(r -> r.obligationByParty().values().stream()).collect(Collectors.toSet());
        Db.rows(Db.CONSENT, "SELECT deadline_id FROM stop_obligation WHERE id = ANY(?)", new Db.Uuids(obligations))
                .forEach(r -> stopDeadlines.add((UUID) r.get("deadline_id")));
        Set<UUID> objections = ledger.objections.values().stream().map(Ledger.Objection::objectionId).collect(Collectors.toSet());
        Db.rows(Db.OBJECTION, "SELECT deadline_id FROM objection WHERE id = ANY(?)", new Db.Uuids(objections))
                .forEach(r -> reviewDeadlines.add((UUID) r.get("deadline_id")));
        assertThat(stopDeadlines).hasSize(2 * OVERDUE_REVOCATIONS);
        assertThat(reviewDeadlines).hasSize(OVERDUE_OBJECTIONS);
    }

    /** One DeadlineBreached per deadline, one regulator record and one SlaBreachReported per breach. */
    private static long checkBreachesReportedOnce(Audit audit, Set<UUID> overdue) {
        Map<String, Long> breachedEvents = audit.events().stream().filter(e -> DeadlineBreached.TYPE.equals(e.type()))
                .collect(Collectors.groupingBy(Audit.Event::deadlineId, Collectors.counting()));
        Map<UUID, Long> records = new HashMap<>();
        for (Map<String, Object> r : Db.rows(Db.NOTIFICATION, "SELECT deadline_id, count(*) AS n FROM sla_breach WHERE deadline_id = ANY(?) GROUP BY deadline_id",
                new Db.Uuids(overdue))) {
            records.put((UUID) r.get("deadline_id"), ((Number) r.get("n")).longValue());
        }
        Map<String, Long> reports = audit.events().stream().filter(e -> SlaBreachReported.TYPE.equals(e.type()))
                .collect(Collectors.groupingBy(Audit.Event::deadlineId, Collectors.counting()));
        long once = 0;
        for (UUID deadline : overdue) {
            long events = breachedEvents.getOrDefault(deadline.toString(), 0L);
            long stored = records.getOrDefault(deadline, 0L);
            long published = reports.getOrDefault(deadline.toString(), 0L);
            if (events == 1 && stored == 1 && published == 1) {
                once++;
            } else {
                audit.problems.add("deadline " + deadline + ": " + events + " DeadlineBreached, " + stored + " regulator records, "
                        + published + " SlaBreachReported (expected one each)");
            }
        }
        return once;
    }

    /** Reads the topics from the beginning and counts the records of each CloudEvents id published since the scenario began. */
    private static long checkEachEventOnceOnItsTopic(Audit audit) {
        Map<String, Set<UUID>> expected = new HashMap<>();
        audit.events().forEach(e -> expected.computeIfAbsent(e.topic(), t -> new HashSet<>()).add(e.id()));
        Map<UUID, Long> seen = new HashMap<>();
        long counted = 0;
        try (KafkaBridge kafka = new KafkaBridge()) {
            List<String> topics = new ArrayList<>(expected.keySet());
            for (KafkaBridge.Rec r : kafka.readAll(topics.toArray(String[]::new))) {
                UUID id = cloudEventId(r.value());
                if (id != null && expected.getOrDefault(r.topic(), Set.of()).contains(id)) {
                    seen.merge(id, 1L, Long::sum);
                    counted++;
                }
            }
        }
        long total = expected.values().stream().mapToLong(Set::size).sum();
        long missing = total - seen.size();
        long doubled = seen.values().stream().mapToLong(n -> n - 1).sum();
        if (missing > 0) {
            audit.problems.add(missing + " of " + total + " published events are not on their topic");
        }
        if (doubled > 0) {
            audit.problems.add(doubled + " duplicate records on the topics " + expected.keySet() + ": "
                    + seen.entrySet().stream().filter(e -> e.getValue() > 1).limit(5).toList());
        }
        audit.duplicatesBy.merge("records of one CloudEvents id on its topic", doubled, Long::sum);
        assertThat(expected.keySet()).as("topics written in the window").contains(Topics.CONSENT_EVENTS, Topics.OBJECTION_EVENTS, Topics.REGULATOR_REPORTS);
        return counted;
    }

    static UUID cloudEventId(String value) {
        try {
            JsonNode node = Client.JSON.readTree(value);
            return node != null && node.hasNonNull("id") ? UUID.fromString(node.get("id").asText()) : null;
        } catch (IOException | IllegalArgumentException e) {
            return null; // not a CloudEvent (a poison message of another scenario, say)
        }
    }

    /** Every e-mail queued for the subject's notices is sent, and the mail server got exactly one per notice. */
    private static long checkMailsSentOnce(Audit audit, String address) throws Exception {
        // The sender works through its queue at its own pace: wait while it makes progress.
        long pending = Long.MAX_VALUE;
        long lastProgress = System.nanoTime();
        while (true) {
            long now = Db.count(Db.NOTIFICATION, "SELECT count(*) FROM mail_delivery WHERE recipient = ? AND status = 'PENDING'", address);
            if (now == 0) {
                break;
            }
            if (now < pending) {
                pending = now;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > Duration.ofSeconds(60).toNanos()) {
                audit.problems.add(now + " e-mails still pending with no progress for 60 s");
                break;
            }
            Client.sleep(1_000);
        }
        long dead = Db.count(Db.NOTIFICATION, "SELECT count(*) FROM mail_delivery WHERE recipient = ? AND status <> 'DELIVERED'", address);
        if (dead > 0) {
            audit.problems.add(dead + " e-mails given up (DEAD)");
        }
        Set<String> queued = Db.rows(Db.NOTIFICATION, "SELECT notice_id FROM mail_delivery WHERE recipient = ?", address).stream()
                .map(r -> "<" + r.get("notice_id") + "@notices.kelisim.kz>").collect(Collectors.toSet());
        Map<String, Long> received = new HashMap<>();
        await("the mail server has received every e-mail").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            received.clear();
            received.putAll(messageIds(address));
            return received.keySet().containsAll(queued);
        });
        long doubled = received.values().stream().mapToLong(n -> n - 1).sum();
        audit.duplicatesBy.merge("e-mails per notice", doubled, Long::sum);
        if (doubled > 0 || !queued.equals(received.keySet())) {
            audit.problems.add("e-mails: " + queued.size() + " queued, " + received.size() + " distinct received, " + doubled + " doubled");
        }
        return received.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The Message-IDs of the messages the suite's mail server holds for the address, with how often each came. */
    private static Map<String, Long> messageIds(String address) throws IOException, InterruptedException {
        JsonNode messages = Client.JSON.readTree(Stack.get(Stack.mailApi() + "/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8)
                + "/messages/INBOX"));
        Map<String, Long> ids = new HashMap<>();
        for (JsonNode m : messages) {
            String id = m.path("Message-ID").asText("");
            ids.merge(id, 1L, Long::sum);
        }
        return ids;
    }

    private static void restoreContact(Client client, String token, JsonNode before) {
        String email = before == null || before.path("email").isNull() ? "null" : "\"" + before.path("email").asText() + "\"";
        String language = before == null ? "kk" : before.path("language").asText("kk");
        client.call("contact", "PUT", Stack.url(Stack.NOTIFICATION) + "/api/v1/me/contact", token, null,
                "{\"email\":" + email + ",\"language\":\"" + language + "\"}");
    }
}
