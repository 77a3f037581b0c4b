package kz.kelisim.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.system.faults.Db;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Subjects' IINs never reach a Kafka topic or a service log: events carry the HMAC pseudonym, and
 * logs carry neither. The test first drives flows that handle IINs (a consent, a revocation, a
 * breach report naming affected subjects), then reads every topic from the beginning and every
 * service log of the running suite.
 */
class PiiLeakTest {

    static final List<String> IINS = List.of("900515401230", "851102304561", "880502400037");
    static final List<String> SERVICE_LOGS = List.of("consent-service.log", "objection-service.log",
            "notification-service.log", "portal.log");

    @BeforeAll
    static void handleIinsThroughTheApis() {
        String purpose = "pii-" + UUID.randomUUID().toString().substring(0, 8);
        String bank = Tokens.operator("demo-bank");
        RestCalls.post(bank, Suite.consent() + "/api/v1/purposes", """
                {"code":"%s","title":{"kk":"Несиелік скоринг","ru":"Кредитный скоринг","en":"Loan scoring"},
                 "description":{"kk":"Несие өтінімін қарау үшін табыс пен несие тарихын бағалау, шешім отыз күн сақталады",
                   "ru":"Оценка дохода и кредитной истории для рассмотрения заявки на кредит, решение хранится тридцать дней",
                   "en":"Assess income and credit history to decide a loan application; the decision is kept thirty days"},
                 "legalBasis":"CONSENT","maxValidity":"P1Y","dataCategories":[{"name":"income","biometric":false,"publicPlaceIdentification":false}],
                 "source":"SUBJECT","recipients":["120340004562"],"automated":false,"aiSystem":false}""".formatted(purpose));
        for (String iin : IINS) {
            RestCalls.post(bank, Suite.consent() + "/api/v1/consents",
                    "{\"subjectIin\":\"" + iin + "\",\"purposeCode\":\"" + purpose + "\"}");
        }
        String consent = RestCalls.post(bank, Suite.consent() + "/api/v1/consents",
                "{\"subjectIin\":\"" + IINS.get(0) + "\",\"purposeCode\":\"" + purpose + "\",\"validUntil\":\""
                        + Instant.now().plus(Duration.ofDays(30)) + "\"}").getString("id");
        RestCalls.post(Tokens.user("aigerim"), Suite.consent() + "/api/v1/me/consents/" + consent + "/revocation", null);
        RestCalls.post(bank, Suite.notification() + "/api/v1/breaches", """
                {"detectedAt":"%s","description":"Test breach","dataCategories":["IIN"],"measures":"Closed",
                 "responsible":{"name":"Ерлан Әбенов","phone":"+77172000000"},
                 "subjects":[{"iin":"%s"},{"iin":"%s","fullName":"Daniyar Zhaksylykov","phone":"+77010000000"}]}"""
                .formatted(Instant.now().minusSeconds(600), IINS.get(0), IINS.get(1)));
        // The outbox relays publish after the calls return; the topics are read up to their current end, so wait
        // until these events (and any before them) are on them.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> unpublished(Db.CONSENT) == 0 && unpublished(Db.NOTIFICATION) == 0);
    }

    private static long unpublished(String database) {
        return Db.count(database, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
    }

    @Test
    @DisplayName("No record on any topic carries a subject's IIN, in its key or its value")
    void topics_carry_pseudonyms_never_iins() {
        List<String> leaks = new ArrayList<>();
        int records = 0;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics()) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(60);
            while (!caughtUp(consumer, end) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    for (String iin : IINS) {
                        if (contains(r.key(), iin) || contains(r.value(), iin)) {
                            leaks.add(r.topic() + "@" + r.offset() + " carries an IIN");
                        }
                    }
                }
            }
        }
        System.out.println("PII check: " + records + " records on " + topics().size() + " topics, " + leaks.size() + " with an IIN");
        assertThat(records).as("records read").isPositive();
        assertThat(leaks).isEmpty();
    }

    @Test
    @DisplayName("Control: the events of these subjects are on the topics, keyed by their pseudonym")
    void the_same_subjects_are_on_the_topics_by_pseudonym() {
        String pseudonym = new SubjectPseudonym(System.getenv().getOrDefault("KELISIM_PSEUDONYM_KEY",
                "local-pseudonym-key-change-me")).of(IINS.get(0));
        boolean found = false;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor("consent-events", Duration.ofSeconds(10))
                    .forEach(p -> partitions.add(new TopicPartition("consent-events", p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(60);
            while (!found && !caughtUp(consumer, end) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    found |= pseudonym.equals(r.key());
                }
            }
        }
        assertThat(found).as("a consent-events record keyed by aigerim's pseudonym").isTrue();
    }

    @Test
    @DisplayName("No service log carries a subject's IIN")
    void logs_never_carry_iins() throws IOException {
        Path logs = Path.of(System.getenv().getOrDefault("KELISIM_STATE", root().resolve(".kelisim/test").toString()), "logs");
        List<String> leaks = new ArrayList<>();
        int lines = 0;
        for (String name : SERVICE_LOGS) {
            Path log = logs.resolve(name);
            assertThat(log).as("log of the running suite").exists();
            List<String> content = Files.readAllLines(log);
            lines += content.size();
            for (int i = 0; i < content.size(); i++) {
                for (String iin : IINS) {
                    if (content.get(i).contains(iin)) {
                        leaks.add(name + ":" + (i + 1));
                    }
                }
            }
        }
        System.out.println("PII check: " + lines + " log lines, " + leaks.size() + " with an IIN");
        assertThat(leaks).isEmpty();
    }

    private static boolean contains(String text, String iin) {
        return text != null && text.contains(iin);
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static Set<String> topics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            return admin.listTopics().names().get().stream().filter(t -> !t.startsWith("__")).collect(java.util.stream.Collectors.toSet());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot list topics", e);
        }
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "pii-check-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }

    private static String bootstrap() {
        return "127.0.0.1:" + System.getenv().getOrDefault("KAFKA_PORT", "19092");
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("deploy/local/env.sh"))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("") : dir;
    }

    /** Tiny REST helpers for the set-up. */
    static final class RestCalls {
        private RestCalls() {
        }

        static io.restassured.path.json.JsonPath post(String token, String url, String body) {
            var request = io.restassured.RestAssured.given().auth().oauth2(token)
                    .header("Idempotency-Key", UUID.randomUUID().toString());
            if (body != null) {
                request.contentType("application/json").body(body);
            }
            var response = request.post(url);
            assertThat(response.statusCode()).as("POST %s: %s", url, response.asString()).isBetween(200, 299);
            return response.jsonPath();
        }
    }
}
