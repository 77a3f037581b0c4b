package kz.kelisim.kit.work;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.DurationConverter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * One kind of background work over rows that fall due: a locked query takes a batch of due rows
 * (entities, {@code FOR UPDATE SKIP LOCKED}, so several instances never take the same row), the job's
 * step processes the batch in one transaction, and a run goes on while batches come back full. It runs
 * on its own {@link Worker} at an interval and can be woken (by a commit that adds work); a test with
 * the interval {@code off} drives {@link #runOnce} or {@link #drain} itself at an instant it chooses
 * (docs/design.md#background-threads).
 *
 * <p>A step that throws rolls its whole batch back: no row of it is lost or half-done, and every one is
 * taken again by a later run. The worker then backs off, doubling up to five seconds (never below its
 * interval), and wake-ups do not cut a backoff short. A job that must record a row's failure and go on
 * with the others (a delivery attempt) catches it in its own step.
 */
public final class DueBatch<T> {

    private static final Logger LOG = Logger.getLogger(DueBatch.class);
    private static final long MAX_BACKOFF_MS = 5_000;
    private static final Pattern NOW = Pattern.compile(":now\\b");

    /** What a job does with one locked batch, inside that batch's transaction. */
    @FunctionalInterface
    public interface Step<T> {
        void process(List<T> rows, Instant now);
    }

    private final String name;
    private final Class<T> type;
    private final EntityManager em;
    private final Clock clock;
    private final String sql;
    private final boolean usesNow;
    private final int batchSize;
    private final Step<T> step;
    private final Duration interval;
    private final Worker worker;
    private volatile boolean stopped;
    /** True while backing off after a failed run: a wake-up then does not cut the backoff short. */
    private volatile boolean failing;

    private DueBatch(Builder<T> b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.type = b.type;
        this.em = b.em;
        this.clock = b.clock;
        this.sql = "SELECT * FROM " + tableOf(b.type) + " WHERE " + Objects.requireNonNull(b.where, "due")
                + " ORDER BY " + Objects.requireNonNull(b.orderBy, "orderBy") + " LIMIT :limit FOR UPDATE SKIP LOCKED";
        this.usesNow = NOW.matcher(b.where).find();
        if (b.batchSize < 1) {
            throw new IllegalArgumentException(name + ": batch size must be at least 1, was " + b.batchSize);
        }
        this.batchSize = b.batchSize;
        this.step = Objects.requireNonNull(b.step, "step");
        this.interval = parseInterval(b.interval);
        this.worker = new Worker(name);
    }

    /** Starts building the job over {@code type}'s table; {@code clock} gives the instant of each scheduled run. */
    public static <T> Builder<T> of(Class<T> type, EntityManager em, Clock clock) {
        return new Builder<>(type, em, clock);
    }

    /** Starts the worker, unless the interval is {@code off} (tests drive the job themselves then). */
    public void start() {
        if (interval != null) {
            worker.start(this::loop);
        }
    }

    public void stop() throws InterruptedException {
        stopped = true;
        worker.stop();
    }

    /** Runs a round now instead of at the end of the pause, unless backing off after a failure. */
    public void wake() {
        if (!failing) {
            worker.wake();
        }
    }

    public int batchSize() {
        return batchSize;
    }

    /** Locks one batch due at {@code now} and processes it in a transaction of its own; returns its size. */
    public int runOnce(Instant now) {
        ManagedContext request = Arc.container().requestContext();
        boolean activated = !request.isActive();
        if (activated) {
            request.activate(); // as for a scheduled method: request-scoped beans work in a step
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<T> rows = lock(now);
                if (!rows.isEmpty()) {
                    step.process(rows, now);
                }
                return rows.size();
            });
        } finally {
            if (activated) {
                request.terminate();
            }
        }
    }

    /** Runs batches at {@code now} while they come back full; returns how many rows it processed. */
    public int drain(Instant now) {
        int total = 0;
        int batch;
        do {
            batch = runOnce(now);
            total += batch;
        } while (batch == batchSize && !stopped);
        return total;
    }

    private List<T> lock(Instant now) {
        Query query = em.createNativeQuery(sql, type).setParameter("limit", batchSize);
        if (usesNow) {
            query.setParameter("now", now);
        }
        @SuppressWarnings("unchecked")
        List<T> rows = query.getResultList();
        return rows;
    }

    private void loop() {
        long intervalMillis = interval.toMillis();
        long pause = intervalMillis;
        while (worker.running()) {
            try {
                drain(clock.instant());
                pause = intervalMillis;
                failing = false;
            } catch (RuntimeException e) {
                if (!worker.running()) {
                    return; // stopping: the database or broker may already be gone
                }
                pause = Math.max(intervalMillis, Math.min(MAX_BACKOFF_MS, Math.max(pause * 2, 250)));
                failing = true;
                LOG.warnf("%s paused for %d ms, will retry: %s", name, pause, e.getMessage());
            }
            if (!worker.pause(pause)) {
                return;
            }
        }
    }

    private static String tableOf(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        if (table == null || table.name().isBlank()) {
            throw new IllegalArgumentException(type.getName() + " names no @Table");
        }
        return table.name();
    }

    /** An interval as {@code @Scheduled} reads one ("5s", "PT0.1S", "0.2s"); {@code off} or {@code disabled} is null. */
    static Duration parseInterval(String value) {
        String v = Objects.requireNonNull(value, "interval").trim();
        if (v.equalsIgnoreCase("off") || v.equalsIgnoreCase("disabled")) {
            return null;
        }
        Duration d = DurationConverter.parseDuration(v);
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("Not an interval: " + value);
        }
        return d;
    }

    /** Builds a {@link DueBatch}: its name (the thread's), what is due, in which order, how many at once, how often, and its step. */
    public static final class Builder<T> {
        private final Class<T> type;
        private final EntityManager em;
        private final Clock clock;
        private String name;
        private String where;
        private String orderBy;
        private int batchSize;
        private String interval;
        private Step<T> step;

        private Builder(Class<T> type, EntityManager em, Clock clock) {
            this.type = type;
            this.em = em;
            this.clock = clock;
        }

        public Builder<T> named(String name) {
            this.name = name;
            return this;
        }

        /** The SQL condition of a due row; {@code :now} is the run's instant. */
        public Builder<T> due(String where) {
            this.where = where;
            return this;
        }

        public Builder<T> orderBy(String orderBy) {
            this.orderBy = orderBy;
            return this;
        }

        public Builder<T> batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** How long the worker pauses between runs, as {@code @Scheduled} reads it; {@code off} starts no worker. */
        public Builder<T> every(String interval) {
            this.interval = interval;
            return this;
        }

        public DueBatch<T> forBatch(Step<T> step) {
            this.step = step;
            return new DueBatch<>(this);
        }

        public DueBatch<T> forEach(BiConsumer<T, Instant> each) {
            return forBatch((rows, now) -> rows.forEach(row -> each.accept(row, now)));
        }
    }
}
