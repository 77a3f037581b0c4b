package kz.kelisim.consent;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import kz.kelisim.kit.audit.AuditSequencer;
import kz.kelisim.kit.audit.TreeHead;
import kz.kelisim.kit.audit.TreeHeadSigner;
import kz.kelisim.testkit.LocalStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The kit's V1_2 on a database that still has the hash chain, and the sequencer's hand-over between
 * instances, on a database of its own in the test PostgreSQL.
 */
class AuditLogMigrationTest {

    private static final String DATABASE = "consent_audit_migration_qt";
    private static final String USER = "kelisim";
    private static final String PASSWORD = "kelisim";

    /** The sequencer's lock in this test's database only: the server is shared with other databases' sequencers. */
    private static final String SEQUENCER_LOCK = "locktype = 'advisory' AND objid = 7270012"
            + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    private final String url = LocalStack.jdbcUrl(DATABASE);

    @BeforeEach
    void freshDatabaseWithTheHashChain() throws Exception {
        LocalStack.run("postgres.sh", "start");
        LocalStack.run("postgres.sh", "dropdb", DATABASE);
        LocalStack.run("postgres.sh", "createdb", DATABASE);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(script("db/common/V6__audit_log.sql"));
        }
    }

    @AfterEach
    void dropTheDatabase() {
        LocalStack.run("postgres.sh", "dropdb", DATABASE);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    private static String script(String resource) throws IOException {
        try (InputStream in = AuditLogMigrationTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void chainEntries(int count, UUID aggregate) throws SQLException {
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO audit_entry (at, actor, operator_id, aggregate_id, action, detail, prev_hash, hash)
                VALUES (now(), 'old', '050140001238', ?, 'GRANTED', ?, ?, ?)""")) {
            for (int i = 0; i < count; i++) {
                insert.setObject(1, aggregate);
                insert.setString(2, "entry " + i);
                insert.setString(3, "0".repeat(64));
                insert.setString(4, "f".repeat(64));
                insert.executeUpdate();
            }
        }
    }

    private void migrate() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(script("db/common/V1_2__merkle_audit_log.sql"));
        }
    }

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** The test profile's key pair, as the kit's configuration gives it to every service under test. */
    private static String testKey(String name) throws IOException {
        var resources = AuditLogMigrationTest.class.getClassLoader().getResources("META-INF/microprofile-config.properties");
        while (resources.hasMoreElements()) {
            Properties properties = new Properties();
            try (InputStream in = resources.nextElement().openStream()) {
                properties.load(in);
            }
            String value = properties.getProperty("%dev,test.kelisim.audit.signing." + name);
            if (value != null) {
                return value;
            }
        }
        throw new IllegalStateException("No test key " + name);
    }

    private AuditSequencer sequencer() throws IOException {
        TreeHeadSigner signer = new TreeHeadSigner(Optional.of(testKey("private-key")), Optional.of(testKey("public-key")));
        return new AuditSequencer(signer, Clock.systemUTC(), new SimpleMeterRegistry(), "off", 2, url,
                Optional.of(USER), Optional.of(PASSWORD));
    }

    @Test
    @DisplayName("V1_2 moves every hash-chain entry into the Merkle log, in chain order and under its number, and the sequencer indexes them first")
    void existing_chain_entries_become_the_first_leaves_in_order() throws Exception {
        UUID aggregate = UUID.randomUUID();
        chainEntries(5, aggregate);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM audit_entry WHERE detail = 'entry 2'"); // a gap in the numbers, as a rolled-back insert leaves
        }
        List<String> before = column("SELECT seq || ':' || detail FROM audit_entry ORDER BY seq");

        migrate();

        assertThat(column("SELECT to_regclass('audit_entry')::text")).containsExactly((String) null);
        assertThat(column("SELECT id || ':' || detail FROM audit_leaf ORDER BY id")).isEqualTo(before);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO audit_leaf (at, actor, operator_id, aggregate_id, action, detail)"
                    + " VALUES (now(), 'new', NULL, '" + aggregate + "', 'GRANTED', 'after the move')");
        }
        AuditSequencer sequencer = sequencer();
        try {
            TreeHead head = sequencer.sequence().orElseThrow();
            assertThat(head.treeSize()).isEqualTo(5);
        } finally {
            sequencer.disconnect();
        }
        List<String> indexed = column("SELECT l.detail FROM audit_leaf_index x JOIN audit_leaf l ON l.id = x.leaf_id ORDER BY x.leaf_index");
        assertThat(indexed).containsExactly("entry 0", "entry 1", "entry 3", "entry 4", "after the move");
        assertThat(column("SELECT string_agg(leaf_index::text, ',' ORDER BY leaf_index) FROM audit_leaf_index")).containsExactly("0,1,2,3,4");
    }

    @Test
    @DisplayName("When the sequencer's connection dies its lock goes with it: another instance takes over and no leaf is indexed twice")
    void another_instance_takes_over_when_the_sequencer_dies() throws Exception {
        migrate();
        AuditSequencer first = sequencer();
        AuditSequencer second = sequencer();
        try {
            insertLeaves(3);
            assertThat(first.sequence()).map(TreeHead::treeSize).contains(3L);
            assertThat(first.holder()).isTrue();
            insertLeaves(2);
            assertThat(second.sequence()).as("the lock is taken").isEmpty();
            assertThat(second.holder()).isFalse();

            // The holder's session ends as if its instance had died.
            // pg_terminate_backend with a timeout returns once the session is gone, and its lock with it.
            assertThat(column("SELECT pg_terminate_backend(pid, 30000)::text FROM pg_locks"
                    + " WHERE " + SEQUENCER_LOCK + " AND granted")).containsExactly("true");
            assertThat(column("SELECT count(*)::text FROM pg_locks WHERE " + SEQUENCER_LOCK)).containsExactly("0");

            assertThat(second.sequence()).map(TreeHead::treeSize).contains(5L);
            assertThat(second.holder()).isTrue();
            insertLeaves(1);
            assertThat(first.sequence()).as("the dead holder's instance reconnects as a standby").isEmpty();
            assertThat(first.holder()).isFalse();
            assertThat(second.sequence()).map(TreeHead::treeSize).contains(6L);
        } finally {
            first.disconnect();
            second.disconnect();
        }
        assertThat(column("SELECT count(*) || '/' || count(DISTINCT leaf_id) || '/' || (max(leaf_index) + 1) FROM audit_leaf_index"))
                .containsExactly("6/6/6");
        assertThat(column("SELECT count(*)::text FROM audit_pending")).containsExactly("0");
    }

    private void insertLeaves(int count) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (int i = 0; i < count; i++) {
                s.execute("INSERT INTO audit_leaf (at, actor, operator_id, aggregate_id, action, detail)"
                        + " VALUES (now(), 'new', NULL, '" + UUID.randomUUID() + "', 'GRANTED', 'leaf')");
            }
        }
    }
}
