package kz.kelisim.system.faults;

import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What one scenario works on, all its own: a purpose of demo-bank shared with demo-telecom (so a
 * revocation obliges two parties), an automated-processing activity based on it, one consent per
 * demo subject that objection-service has seen (so each may object), and real tokens.
 */
final class Fixture {

    final String name;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String purpose;
    final String activityCode;
    UUID activityId;
    /** The database clock when the scenario began; every event since then must be delivered. */
    final Timestamp since;
    final long startedNanos = System.nanoTime();
    final Map<String, String> tokens = new LinkedHashMap<>();
    final Client.Tally setupTally = new Client.Tally();
    final Client setup = new Client(setupTally, Duration.ofSeconds(90));

    private Fixture(String name) {
        this.name = name;
        this.purpose = "fault-" + name + "-" + suffix;
        this.activityCode = "fault-" + name + "-" + suffix;
        this.since = (Timestamp) Db.rows(Db.CONSENT, "SELECT now() - interval '1 second' AS t").get(0).get("t");
    }

    String token(String who) {
        return tokens.get(who);
    }

    static Fixture create(String name, Ledger ledger) {
        Fixture f = new Fixture(name);
        f.tokens.put(Auth.BANK, Auth.operator(Auth.BANK));
        f.tokens.put(Auth.TELECOM, Auth.operator(Auth.TELECOM));
        Auth.SUBJECTS.keySet().forEach(s -> f.tokens.put(s, Auth.subject(s)));
        f.registerPurpose();
        f.publishActivity();
        for (var subject : Auth.SUBJECTS.entrySet()) {
            String key = "setup-" + f.suffix + "-" + subject.getKey();
            var outcome = f.setup.call("setup grant", "POST", Stack.url(Stack.CONSENT) + "/api/v1/consents", f.token(Auth.BANK), key,
                    grantBody(subject.getValue(), f.purpose));
            require(outcome, 201, "setup consent");
            ledger.grants.put(key, new Ledger.Grant(key, UUID.fromString(outcome.body().get("id").asText()), subject.getValue()));
        }
        // The objection form needs the subject's consent in objection-service's projection (PDL-19-1.1).
        await("objection-service sees the three setup consents").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> Db.count(Db.OBJECTION, "SELECT count(DISTINCT subject_ref) FROM consent_projection WHERE operator_id = ? AND purpose_code = ?",
                        Auth.BANK_BIN, f.purpose) == Auth.SUBJECTS.size());
        return f;
    }

    static String grantBody(String iin, String purpose) {
        return "{\"subjectIin\":\"" + iin + "\",\"purposeCode\":\"" + purpose + "\","
                + "\"evidence\":{\"channel\":\"web\",\"language\":\"kk\",\"method\":\"checkbox\"}}";
    }

    private void registerPurpose() {
        String body = """
                {"code":"%s",
                 "title":{"kk":"Несиелік скоринг","ru":"Кредитный скоринг","en":"Loan scoring"},
                 "description":{"kk":"Несие өтінімін қарау үшін табыс пен несие тарихын бағалау, нәтижесі байланыс операторымен бөлісіледі",
                                "ru":"Оценка дохода и кредитной истории для решения по заявке на кредит, результат передаётся оператору связи",
                                "en":"Assess income and credit history to decide a loan application; the result is shared with the telecom operator"},
                 "legalBasis":"CONSENT","maxValidity":"P1Y",
                 "dataCategories":[{"name":"income"},{"name":"credit history"}],
                 "source":"SUBJECT","recipients":["%s"],"automated":true}""".formatted(purpose, Auth.TELECOM_BIN);
        require(setup.call("setup purpose", "POST", Stack.url(Stack.CONSENT) + "/api/v1/purposes", token(Auth.BANK), null, body),
                201, "purpose registration");
    }

    private void publishActivity() {
        String body = """
                {"code": "%s", "name": "Credit scoring under load",
                 "procedure": {"kk": "Несие өтінімін модель адамның қатысуынсыз бағалайды",
                               "ru": "Заявку на кредит без участия человека оценивает модель",
                               "en": "A model scores the loan application with no human taking part"},
                 "consequences": {"kk": "Несие берілмеуі мүмкін", "ru": "Возможен отказ в кредите", "en": "The loan may be refused"},
                 "legalEffect": true,
                 "legalBasis": {"kind": "CONSENT", "purposeCode": "%s"},
                 "aiComponents": {"used": false},
                 "howToObject": {"kk": "Порталда қарсылық білдіріңіз", "ru": "Подайте возражение на портале"},
                 "howToProtectRights": {"kk": "Уәкілетті органға шағым беріңіз, 1414", "ru": "Обратитесь в уполномоченный орган, 1414"}}
                """.formatted(activityCode, purpose);
        var written = setup.call("setup activity", "POST", Stack.url(Stack.OBJECTION) + "/api/v1/processing-activities",
                token(Auth.BANK), "setup-activity-" + suffix, body);
        require(written, 201, "activity draft");
        activityId = UUID.fromString(written.body().get("id").asText());
        require(setup.call("setup publish", "POST", Stack.url(Stack.OBJECTION) + "/api/v1/processing-activities/" + activityId + "/publish",
                token(Auth.BANK), null, null), 200, "activity publication");
    }

    static void require(Client.Outcome outcome, int status, String what) {
        if (outcome.status() != status) {
            throw new IllegalStateException(what + " answered " + outcome.status() + ": " + outcome.body());
        }
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
