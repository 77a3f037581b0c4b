package kz.kelisim.kit.directory;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kelisim.contracts.operator.OperatorNames;
import kz.kelisim.contracts.operator.OperatorProfilePublished;

/**
 * The operators and third parties this service knows by name: the newest profile of each, applied
 * from the compacted topic {@code operator-profiles} into {@code operator_profile}. Lookups read a
 * copy in memory, reloaded from the table periodically so every instance of a service converges,
 * the same way as {@link kz.kelisim.kit.calendar.CalendarProvider}.
 */
@ApplicationScoped
@Startup
public class OperatorDirectory {

    private final EntityManager em;
    private final Clock clock;
    private volatile Map<String, OperatorProfile> profiles = Map.of();

    public OperatorDirectory(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Scheduled(every = "${kelisim.directory.reload-interval:30s}", delay = 0, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reload() {
        List<OperatorProfileRow> rows = QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("from OperatorProfileRow", OperatorProfileRow.class).getResultList());
        Map<String, OperatorProfile> loaded = new HashMap<>();
        for (OperatorProfileRow row : rows) {
            loaded.put(row.bin(), row.toProfile());
        }
        profiles = Map.copyOf(loaded);
    }

    /**
     * Stores a profile when its version is newer than the one this service holds; a redelivery or an
     * older version changes nothing.
     *
     * @return true when the profile was stored
     */
    @Transactional
    public boolean apply(OperatorProfilePublished profile) {
        OperatorProfileRow row = em.find(OperatorProfileRow.class, profile.bin());
        if (row != null && row.version() >= profile.version()) {
            return false;
        }
        if (row == null) {
            row = new OperatorProfileRow(profile, clock.instant());
            em.persist(row);
        } else {
            row.replace(profile, clock.instant());
        }
        Map<String, OperatorProfile> updated = new HashMap<>(profiles);
        updated.put(profile.bin(), row.toProfile());
        profiles = Map.copyOf(updated);
        return true;
    }

    public Optional<OperatorProfile> find(String bin) {
        return bin == null ? Optional.empty() : Optional.ofNullable(profiles.get(bin));
    }

    /** The operator as a reader sees it: "Demo Bank (BIN 050140001238)", or an unregistered operator with its BIN. */
    public String display(String bin, String language) {
        return OperatorNames.display(bin, find(bin).map(OperatorProfile::name).orElse(null), language);
    }
}
