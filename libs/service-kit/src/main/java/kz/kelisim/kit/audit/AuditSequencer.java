package kz.kelisim.kit.audit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.DurationConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import kz.kelisim.kit.work.Worker;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Gives committed audit leaves their places in the Merkle tree. One instance of a service is the
 * sequencer: the one that holds a session-level advisory lock on a connection of its own, outside
 * the pool, so the lock lives exactly as long as that connection. When the holder dies, PostgreSQL
 * drops its connection and the lock with it, and another instance takes it on its next round.
 * Each round indexes the pending leaves in id order, stores the subtrees they complete and signs
 * the new tree head, all in one transaction: a leaf is indexed exactly once or, if the round fails,
 * stays pending. It runs on its own {@link Worker} every {@code kelisim.audit.sequence-interval}
 * (1 s); {@code off} leaves it to whoever calls {@link #sequence()}, as the tests do.
 */
@ApplicationScoped
public class AuditSequencer {

    private static final Logger LOG = Logger.getLogger(AuditSequencer.class);
    /** The advisory lock key of the sequencer, one per service database. */
    static final long LOCK = 7270012L;

    private final TreeHeadSigner signer;
    private final Clock clock;
    private final Timer lag;
    private final Optional<Duration> interval;
    private final int batchSize;
    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private final Worker worker = new Worker("audit-sequencer");

    /** The sequencer's own connection, and whether it holds the lock; guarded by this. */
    private Connection connection;
    private boolean holder;
    private Instant lastKeyWarning = Instant.EPOCH;

    public AuditSequencer(TreeHeadSigner signer, Clock clock, MeterRegistry meters,
                          @ConfigProperty(name = "kelisim.audit.sequence-interval", defaultValue = "1s") String interval,
                          @ConfigProperty(name = "kelisim.audit.batch-size", defaultValue = "1000") int batchSize,
                          @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                          @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                          @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.signer = signer;
        this.clock = clock;
        this.lag = Timer.builder("kelisim.audit.sequencer.lag")
                .description("From a leaf's insert to the signed tree head that includes it")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
        this.interval = "off".equalsIgnoreCase(interval.strip()) ? Optional.empty()
                : Optional.of(DurationConverter.parseDuration(interval.strip()));
        this.batchSize = batchSize;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void start(@Observes StartupEvent startup) {
        interval.ifPresent(every -> worker.start(() -> loop(every.toMillis())));
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        worker.stop();
        disconnect();
    }

    private void loop(long every) {
        while (worker.running()) {
            try {
                sequence();
            } catch (RuntimeException e) {
                if (!worker.running()) {
                    return;
                }
                LOG.warnf("Audit sequencer round failed, will retry: %s", e.getMessage());
            }
            if (!worker.pause(every)) {
                return;
            }
        }
    }

    /** True while this instance is the sequencer. */
    public synchronized boolean holder() {
        return holder;
    }

    /**
     * One round: takes the sequencer's lock if it is free, then indexes every pending leaf and signs
     * a head per batch. Returns the last head signed, or empty when this instance is not the
     * sequencer or nothing was pending.
     */
    public synchronized Optional<TreeHead> sequence() {
        if (!signer.configured()) {
            Instant now = clock.instant();
            if (now.isAfter(lastKeyWarning.plusSeconds(60))) {
                lastKeyWarning = now;
                LOG.error("No audit signing key (kelisim.audit.signing.private-key and .public-key): audit leaves wait unsequenced");
            }
            return Optional.empty();
        }
        try {
            if (!takeLock()) {
                return Optional.empty();
            }
            Optional<TreeHead> last = Optional.empty();
            while (true) {
                Batch batch = sequenceBatch();
                if (batch.head != null) {
                    last = Optional.of(batch.head);
                }
                if (batch.leaves < batchSize) {
                    return last;
                }
            }
        } catch (SQLException e) {
            release();
            throw new IllegalStateException("Audit sequencing failed: " + e.getMessage(), e);
        }
    }

    private boolean takeLock() throws SQLException {
        if (connection != null && !connection.isValid(5)) {
            release();
        }
        if (connection == null) {
            Properties login = new Properties();
            user.ifPresent(u -> login.setProperty("user", u));
            password.ifPresent(p -> login.setProperty("password", p));
            // Straight from the driver, not the pool: the lock must live and die with this one session.
            connection = new org.postgresql.Driver().connect(url, login);
            if (connection == null) {
                throw new SQLException("Not a PostgreSQL URL: " + url);
            }
            connection.setAutoCommit(true);
        }
        if (!holder) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                lock.setLong(1, LOCK);
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    holder = rs.getBoolean(1);
                }
            }
            if (holder) {
                LOG.info("This instance is now the audit sequencer");
            }
        }
        return holder;
    }

    /** Ends this instance's turn as sequencer, as its shutdown does; another instance takes over. */
    public synchronized void disconnect() {
        release();
    }

    /** Closing the connection ends its session, and PostgreSQL releases the lock with it. */
    private void release() {
        holder = false;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debugf("Closing the sequencer's connection: %s", e.getMessage());
            }
            connection = null;
        }
    }

    private record Batch(int leaves, TreeHead head, List<Instant> recorded) {
    }

    private record Leaf(AuditEntry entry, Instant recordedAt) {
    }

    private Batch sequenceBatch() throws SQLException {
        connection.setAutoCommit(false);
        try {
            Batch batch = indexPending();
            connection.commit();
            if (batch.head != null) {
                Instant signed = Instant.ofEpochMilli(batch.head.timestamp());
                for (Instant recorded : batch.recorded) {
                    Duration waited = Duration.between(recorded, signed);
                    lag.record(waited.isNegative() ? Duration.ZERO : waited);
                }
            }
            return batch;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private Batch indexPending() throws SQLException {
        long size = single("SELECT COALESCE(MAX(leaf_index) + 1, 0) FROM audit_leaf_index");
        long heads = single("SELECT COUNT(*) FROM (SELECT 1 FROM audit_tree_head LIMIT 1) h");
        List<Leaf> leaves = pending();
        if (leaves.isEmpty()) {
            if (heads == 0) {
                // The empty log gets a head too, so there is always a latest head to check against.
                TreeHead head = signer.sign(0, Merkle.emptyRoot(), clock.millis());
                insertHead(head);
                return new Batch(0, head, List.of());
            }
            return new Batch(0, null, List.of());
        }
        CompactRange range = CompactRange.of(this::node, size);
        try (PreparedStatement index = connection.prepareStatement(
                "INSERT INTO audit_leaf_index (leaf_index, leaf_id) VALUES (?, ?)");
             PreparedStatement node = connection.prepareStatement(
                     "INSERT INTO audit_tree_node (level, node_index, hash) VALUES (?, ?, ?)")) {
            for (Leaf leaf : leaves) {
                index.setLong(1, range.size());
                index.setLong(2, leaf.entry().id());
                index.addBatch();
                for (CompactRange.Node n : range.append(leaf.entry().leafHash())) {
                    node.setShort(1, (short) n.level());
                    node.setLong(2, n.index());
                    node.setBytes(3, n.hash());
                    node.addBatch();
                }
            }
            index.executeBatch();
            node.executeBatch();
        }
        try (PreparedStatement done = connection.prepareStatement("DELETE FROM audit_pending WHERE leaf_id = ANY (?)")) {
            done.setArray(1, connection.createArrayOf("bigint", leaves.stream().map(l -> l.entry().id()).toArray()));
            done.executeUpdate();
        }
        TreeHead head = signer.sign(range.size(), range.root(), clock.millis());
        insertHead(head);
        return new Batch(leaves.size(), head, leaves.stream().map(Leaf::recordedAt).toList());
    }

    private List<Leaf> pending() throws SQLException {
        List<Leaf> leaves = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT l.id, l.at, l.actor, l.operator_id, l.aggregate_id, l.action, l.detail, l.recorded_at
                FROM audit_pending p JOIN audit_leaf l ON l.id = p.leaf_id
                ORDER BY p.leaf_id LIMIT ? FOR UPDATE OF p""")) {
            select.setInt(1, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    leaves.add(new Leaf(new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7)),
                            rs.getTimestamp(8).toInstant()));
                }
            }
        }
        return leaves;
    }

    private void insertHead(TreeHead head) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_tree_head (tree_size, root_hash, signed_at, key_id, signature) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, head.treeSize());
            insert.setBytes(2, head.rootHash());
            insert.setTimestamp(3, Timestamp.from(Instant.ofEpochMilli(head.timestamp())));
            insert.setString(4, head.keyId());
            insert.setBytes(5, head.signature());
            insert.executeUpdate();
        }
    }

    private byte[] node(int level, long index) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT hash FROM audit_tree_node WHERE level = ? AND node_index = ?")) {
            select.setShort(1, (short) level);
            select.setLong(2, index);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The audit tree lacks its node " + level + "/" + index);
                }
                return rs.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long single(String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
