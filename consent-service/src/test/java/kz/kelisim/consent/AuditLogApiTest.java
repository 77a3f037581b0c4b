package kz.kelisim.consent;

import static io.restassured.RestAssured.given;
import static kz.kelisim.consent.Given.AIGERIM;
import static kz.kelisim.consent.Given.BANK;
import static kz.kelisim.consent.Given.TELECOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import kz.kelisim.kit.audit.AuditEntry;
import kz.kelisim.kit.audit.AuditLog;
import kz.kelisim.kit.audit.AuditSequencer;
import kz.kelisim.kit.audit.Merkle;
import kz.kelisim.kit.audit.TreeHead;
import kz.kelisim.testkit.AuditTampering;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Merkle audit log of consent-service: appends without a lock, the sequencer, the RFC 6962 API and tampering. */
@QuarkusTest
class AuditLogApiTest {

    private static final Base64.Decoder B64 = Base64.getDecoder();

    @Inject
    Given given;
    @Inject
    AuditLog audit;
    @Inject
    AuditSequencer sequencer;
    @Inject
    EntityManager em;
    @Inject
    DataSource database;
    @Inject
    MeterRegistry meters;

    private Consent grantedAndSequenced(String operator) {
        String code = Given.uniqueCode("audit");
        given.purpose(operator, code, null, List.of());
        Consent consent = given.consent(operator, AIGERIM, code);
        assertThat(sequencer.sequence()).isPresent();
        return consent;
    }

    private long treeSize() {
        return given().get("/api/v1/audit/heads/latest").then().statusCode(200).extract().jsonPath().getLong("tree_size");
    }

    private void append(UUID aggregate, String detail) {
        audit.append(Instant.now(), "test", BANK, aggregate, "TEST_APPENDED", detail);
    }

    private long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    @Test
    @DisplayName("An append takes no lock: while one transaction that appended a leaf stays open, another appends and commits")
    void an_open_transaction_with_a_leaf_does_not_hold_up_another_append() throws Exception {
        UUID aggregate = UUID.randomUUID();
        CountDownLatch firstAppended = new CountDownLatch(1);
        CountDownLatch secondCommitted = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                append(aggregate, "first, held open");
                firstAppended.countDown();
                await(firstMayCommit);
            }));
            assertThat(firstAppended.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> second = threads.submit(() -> {
                QuarkusTransaction.requiringNew().run(() -> append(aggregate, "second"));
                secondCommitted.countDown();
            });
            // With the chain's lock the second append waited for the first transaction's end, which never came.
            boolean committedMeanwhile = secondCommitted.await(30, TimeUnit.SECONDS);
            firstMayCommit.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
            assertThat(committedMeanwhile).as("the second append committed while the first transaction was open").isTrue();
        } finally {
            firstMayCommit.countDown();
            threads.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM audit_leaf WHERE aggregate_id = ?1", aggregate)).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    @DisplayName("The sequencer indexes every committed leaf exactly once, 0..n-1, also one that commits after later leaves were indexed")
    void the_sequencer_indexes_each_committed_leaf_exactly_once() throws Exception {
        sequencer.sequence();
        long lagged = meters.get("kelisim.audit.sequencer.lag").timer().count();
        UUID aggregate = UUID.randomUUID();
        CountDownLatch lateAppended = new CountDownLatch(1);
        CountDownLatch lateMayCommit = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            // This leaf gets the lower id but commits last.
            Future<?> late = thread.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                append(aggregate, "late");
                lateAppended.countDown();
                await(lateMayCommit);
            }));
            assertThat(lateAppended.await(30, TimeUnit.SECONDS)).isTrue();
            QuarkusTransaction.requiringNew().run(() -> {
                append(aggregate, "early 1");
                append(aggregate, "early 2");
            });
            assertThat(sequencer.sequence()).isPresent();
            assertThat(count("SELECT count(*) FROM audit_leaf l JOIN audit_leaf_index x ON x.leaf_id = l.id WHERE l.aggregate_id = ?1",
                    aggregate)).isEqualTo(2);
            lateMayCommit.countDown();
            late.get(30, TimeUnit.SECONDS);
        } finally {
            lateMayCommit.countDown();
            thread.shutdownNow();
        }
        TreeHead head = sequencer.sequence().orElseThrow();
        assertThat(sequencer.sequence()).as("nothing left to sequence").isEmpty();
        assertThat(meters.get("kelisim.audit.sequencer.lag").timer().count()).as("each leaf's lag is measured once")
                .isEqualTo(lagged + 3);

        assertThat(count("SELECT count(*) FROM audit_pending")).isZero();
        assertThat(count("SELECT count(*) FROM audit_leaf_index")).isEqualTo(head.treeSize());
        assertThat(count("SELECT count(DISTINCT leaf_id) FROM audit_leaf_index")).isEqualTo(head.treeSize());
        assertThat(count("SELECT max(leaf_index) + 1 FROM audit_leaf_index")).isEqualTo(head.treeSize());
        assertThat(count("SELECT count(*) FROM audit_leaf")).isEqualTo(head.treeSize());
        long lateIndex = count("SELECT x.leaf_index FROM audit_leaf l JOIN audit_leaf_index x ON x.leaf_id = l.id"
                + " WHERE l.aggregate_id = ?1 AND l.detail = 'late'", aggregate);
        assertThat(lateIndex).isEqualTo(head.treeSize() - 1);
        given().get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true))
                .body("treeSize", equalTo((int) head.treeSize()));
    }

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    @DisplayName("The latest tree head is signed with the JWKS key, and inclusion and consistency proofs verify against it (RFC 9162)")
    void heads_are_signed_and_proofs_verify() throws Exception {
        grantedAndSequenced(BANK);
        long earlier = treeSize();
        Consent consent = grantedAndSequenced(BANK);
        JsonPath head = given().get("/api/v1/audit/heads/latest").then().statusCode(200).extract().jsonPath();
        long size = head.getLong("tree_size");
        byte[] root = B64.decode(head.getString("sha256_root_hash"));
        assertThat(size).isGreaterThan(earlier);

        JsonPath jwks = given().get("/.well-known/jwks.json").then().statusCode(200).extract().jsonPath();
        Map<String, String> jwk = jwks.<Map<String, String>>getList("keys").stream()
                .filter(k -> k.get("kid").equals(head.getString("key_id"))).findFirst().orElseThrow();
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(publicKey(jwk));
        verifier.update(TreeHead.signedBytes(size, root, head.getLong("timestamp")));
        assertThat(verifier.verify(B64.decode(head.getString("tree_head_signature")))).isTrue();

        long index = new AuditTampering(database).indexOf(consent.id(), "GRANTED");
        JsonPath leaves = given().queryParam("start", index).queryParam("end", index).get("/api/v1/audit/leaves")
                .then().statusCode(200).extract().jsonPath();
        byte[] leafHash = B64.decode(leaves.getString("entries[0].leaf_hash"));
        assertThat(Merkle.leafHash(B64.decode(leaves.getString("entries[0].leaf_input")))).isEqualTo(leafHash);
        assertThat(leaves.getString("entries[0].action")).isEqualTo("GRANTED");

        JsonPath inclusion = given().queryParam("leafHash", Base64.getEncoder().encodeToString(leafHash)).queryParam("treeSize", size)
                .get("/api/v1/audit/proofs/inclusion").then().statusCode(200).extract().jsonPath();
        assertThat(inclusion.getLong("leaf_index")).isEqualTo(index);
        List<byte[]> path = inclusion.<String>getList("audit_path").stream().map(B64::decode).toList();
        assertThat(Merkle.verifyInclusion(leafHash, index, size, path, root)).isTrue();

        JsonPath old = given().queryParam("from", earlier).queryParam("limit", 1).get("/api/v1/audit/heads")
                .then().statusCode(200).extract().jsonPath();
        assertThat(old.getLong("[0].tree_size")).isEqualTo(earlier);
        byte[] oldRoot = B64.decode(old.getString("[0].sha256_root_hash"));
        List<byte[]> consistency = given().queryParam("first", earlier).queryParam("second", size)
                .get("/api/v1/audit/proofs/consistency").then().statusCode(200).extract().jsonPath()
                .<String>getList("consistency").stream().map(B64::decode).toList();
        assertThat(Merkle.verifyConsistency(earlier, size, consistency, oldRoot, root)).isTrue();
    }

    private static ECPublicKey publicKey(Map<String, String> jwk) throws Exception {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECPoint point = new ECPoint(new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("x"))),
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("y"))));
        return (ECPublicKey) KeyFactory.getInstance("EC")
                .generatePublic(new ECPublicKeySpec(point, parameters.getParameterSpec(ECParameterSpec.class)));
    }

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    @DisplayName("Bad proof and range parameters are a 400 problem naming the field, never a 500")
    void bad_parameters_are_named() {
        grantedAndSequenced(BANK);
        long size = treeSize();
        String someHash = Base64.getEncoder().encodeToString(new byte[32]);
        record Bad(String path, Map<String, Object> query, String field) {
        }
        for (Bad bad : List.of(
                new Bad("/api/v1/audit/proofs/inclusion", Map.of("leafHash", "not base64!", "treeSize", size), "leafHash"),
                new Bad("/api/v1/audit/proofs/inclusion", Map.of("leafHash", "AAAA", "treeSize", size), "leafHash"),
                new Bad("/api/v1/audit/proofs/inclusion", Map.of("leafHash", someHash, "treeSize", "ten"), "treeSize"),
                new Bad("/api/v1/audit/proofs/inclusion", Map.of("leafHash", someHash, "treeSize", size + 1), "treeSize"),
                new Bad("/api/v1/audit/proofs/inclusion", Map.of("leafHash", someHash), "treeSize"),
                new Bad("/api/v1/audit/proofs/consistency", Map.of("first", 2, "second", 1), "first"),
                new Bad("/api/v1/audit/proofs/consistency", Map.of("first", 1, "second", size + 1), "second"),
                new Bad("/api/v1/audit/proofs/consistency", Map.of("first", -1, "second", 1), "first"),
                new Bad("/api/v1/audit/leaves", Map.of("end", 3), "start"),
                new Bad("/api/v1/audit/leaves", Map.of("start", 0, "end", 5000), "end"),
                new Bad("/api/v1/audit/leaves", Map.of("start", size, "end", size), "start"),
                new Bad("/api/v1/audit/heads", Map.of("from", "x"), "from"))) {
            given().queryParams(bad.query()).get(bad.path()).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(bad.field()));
        }
        given().queryParam("leafHash", someHash).queryParam("treeSize", size).get("/api/v1/audit/proofs/inclusion")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    @DisplayName("An edited leaf is named by its index, and the log is intact again once it is put back")
    void an_edited_leaf_is_named() {
        Consent consent = grantedAndSequenced(BANK);
        AuditTampering tampering = new AuditTampering(database);
        long index = tampering.indexOf(consent.id(), "GRANTED");
        given().get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        String original = tampering.editDetail(index, "nothing to see here");
        try {
            given().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false)).body("firstBrokenIndex", equalTo((int) index));
        } finally {
            tampering.editDetail(index, original);
        }
        given().get("/api/v1/audit/verify").then().body("intact", equalTo(true));
    }

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    @DisplayName("A leaf edited with its stored hash recomputed is caught by the signed head, at the first index of its batch")
    void an_edited_leaf_with_a_recomputed_hash_breaks_the_signed_head() {
        sequencer.sequence();
        long batchStart = treeSize();
        Consent consent = grantedAndSequenced(BANK);
        AuditTampering tampering = new AuditTampering(database);
        long index = tampering.indexOf(consent.id(), "GRANTED");
        JsonPath leaf = given().queryParam("start", index).queryParam("end", index).get("/api/v1/audit/leaves")
                .then().statusCode(200).extract().jsonPath();
        AuditEntry forged = new AuditEntry(leaf.getLong("entries[0].seq"), Instant.parse(leaf.getString("entries[0].at")),
                leaf.getString("entries[0].actor"), leaf.getString("entries[0].operatorId"), consent.id(), "GRANTED", "forged");
        String original = tampering.editDetail(index, "forged");
        byte[] storedHash = tampering.setStoredLeafHash(index, forged.leafHash());
        try {
            given().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false)).body("firstBrokenIndex", equalTo((int) batchStart));
        } finally {
            tampering.setStoredLeafHash(index, storedHash);
            tampering.editDetail(index, original);
        }
        given().get("/api/v1/audit/verify").then().body("intact", equalTo(true));
    }

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    @DisplayName("A reordered log is named at the first moved index, and a truncated one at the first missing index")
    void reordering_and_truncation_are_named() {
        Consent consent = grantedAndSequenced(BANK);
        AuditTampering tampering = new AuditTampering(database);
        long granted = tampering.indexOf(consent.id(), "GRANTED");
        long last = treeSize() - 1;
        long before = granted - 1;
        tampering.swap(before, granted);
        try {
            given().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false)).body("firstBrokenIndex", equalTo((int) before));
        } finally {
            tampering.swap(before, granted);
        }
        given().get("/api/v1/audit/verify").then().body("intact", equalTo(true));

        AuditTampering.Removed removed = tampering.delete(last);
        try {
            given().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false)).body("firstBrokenIndex", equalTo((int) last));
        } finally {
            tampering.restore(removed);
        }
        given().get("/api/v1/audit/verify").then().body("intact", equalTo(true));
    }

    @Test
    @DisplayName("The log is append-only: PostgreSQL refuses to change or remove a leaf, its index, a tree node or a head")
    void leaves_and_the_tree_cannot_be_changed_or_removed() {
        grantedAndSequenced(BANK);
        for (String sql : List.of("UPDATE audit_leaf SET detail = 'x'", "DELETE FROM audit_leaf_index",
                "UPDATE audit_tree_node SET hash = hash", "DELETE FROM audit_tree_head", "TRUNCATE audit_tree_node CASCADE")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate()))
                    .as(sql).hasStackTraceContaining("append-only");
        }
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("An operator reads only its own leaves and proofs, reads the heads, and cannot verify the whole log")
    void operator_reads_own_leaves() {
        Consent own = grantedAndSequenced(BANK);
        Consent other = grantedAndSequenced(TELECOM);
        AuditTampering tampering = new AuditTampering(database);
        long seq = tampering.seqOf(own.id(), "GRANTED");
        given().queryParam("after", seq - 1).queryParam("limit", 50).get("/api/v1/audit").then().statusCode(200)
                .body("operatorId", everyItem(equalTo(BANK)))
                .body("aggregateId", hasItem(own.id().toString()));
        long ownIndex = tampering.indexOf(own.id(), "GRANTED");
        long otherIndex = tampering.indexOf(other.id(), "GRANTED");
        long size = treeSize();
        given().queryParam("start", ownIndex).queryParam("end", otherIndex).get("/api/v1/audit/leaves").then().statusCode(200)
                .body("entries.operatorId", everyItem(equalTo(BANK)))
                .body("entries.aggregateId", hasItem(own.id().toString()));
        String otherHash = Base64.getEncoder().encodeToString(leafHash(otherIndex));
        given().queryParam("leafHash", otherHash).queryParam("treeSize", size).get("/api/v1/audit/proofs/inclusion")
                .then().statusCode(404);
        String ownHash = Base64.getEncoder().encodeToString(leafHash(ownIndex));
        given().queryParam("leafHash", ownHash).queryParam("treeSize", size).get("/api/v1/audit/proofs/inclusion")
                .then().statusCode(200).body("leaf_index", equalTo((int) ownIndex));
        given().get("/api/v1/audit/verify").then().statusCode(403);
    }

    private byte[] leafHash(long index) {
        return QuarkusTransaction.requiringNew().call(() -> (byte[]) em.createNativeQuery(
                "SELECT hash FROM audit_tree_node WHERE level = 0 AND node_index = ?1").setParameter(1, index).getSingleResult());
    }
}
