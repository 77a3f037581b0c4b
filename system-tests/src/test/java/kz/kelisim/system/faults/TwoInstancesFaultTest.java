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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Scenario 4 of docs/reliability.md: a second instance of every service runs beside the first, on the same
 * databases and broker, and the load is spread over both. Both outbox relays and both deadline
 * scanners compete for the same rows. Every outbox event is on its topic exactly once (counted
 * per CloudEvents id from the beginning of the topic), every deadline that falls due in the window
 * is breached and reported to regulators once, and every notice and e-mail is sent once.
 */
class TwoInstancesFaultTest extends FaultScenario {

    static final Map<String, String> SECOND = Map.of("KELISIM_INSTANCE", "2");
    /** Revocations and objections kept out of the load (OverdueDeadlines), whose deadlines are made overdue mid-load. */
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

            OverdueDeadlines overdue = OverdueDeadlines.prepare(f, ledger, OVERDUE_REVOCATIONS, OVERDUE_OBJECTIONS, 2);

            Workload load = new Workload(f, ledger, client, OPERATIONS, THREADS, null, 2).start();
            load.awaitProgress(0.4, Duration.ofMinutes(3));
            // The deadlines fall due now, while both scanners run and the load goes on.
            int madeDue = overdue.dueIn(Duration.ofMinutes(-1));
            assertThat(madeDue).isEqualTo(overdue.size());
            load.awaitDone(Duration.ofMinutes(5));

            await("every overdue deadline breached").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> overdue.inState("BREACHED") == madeDue);
            Audit audit = new Audit(f, ledger, client.tally());
            audit.overdueStopDeadlines = overdue.stop;
            audit.overdueObjectionDeadlines = overdue.review;
            audit.awaitDelivery(Duration.ofMinutes(3)).checkWrites().checkEvents();

            long reported = overdue.checkReportedOnce(audit);
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
        if (!messages.isArray()) {
            return ids; // the mailbox is created at its first delivery; before that the server answers with an error object
        }
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
