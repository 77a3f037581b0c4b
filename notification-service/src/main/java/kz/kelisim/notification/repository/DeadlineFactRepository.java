package kz.kelisim.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.notification.DeadlineFact;

/**
 * Every party's legal deadline as the events told it, for the daily report.
 */
@ApplicationScoped
public class DeadlineFactRepository implements PanacheRepositoryBase<DeadlineFact, DeadlineFact.Key> {

    public Optional<DeadlineFact> of(UUID aggregateId, String partyId) {
        return findByIdOptional(new DeadlineFact.Key(aggregateId, partyId));
    }

    /** Deadlines due in (after, until]: a deadline due on a day is due at 24:00 of it (CC-178..180). */
    public List<DeadlineFact> dueBetween(Instant after, Instant until) {
        return list("dueAt > ?1 and dueAt <= ?2 order by partyId", after, until);
    }

    /** Unanswered deadlines due in (after, until], soonest first. */
    public List<DeadlineFact> openDueBetween(Instant after, Instant until) {
        return list("answeredAt is null and dueAt > ?1 and dueAt <= ?2 order by dueAt, partyId", after, until);
    }
}
