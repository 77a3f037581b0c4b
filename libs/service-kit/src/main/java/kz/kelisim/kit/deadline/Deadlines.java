package kz.kelisim.kit.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import kz.kelisim.kit.calendar.CalendarProvider;
import kz.kelisim.kit.problem.InvalidInputException;

/**
 * Opens and closes the service's legal deadlines inside the caller's transaction.
 */
@ApplicationScoped
public class Deadlines {

    private final EntityManager em;
    private final CalendarProvider calendars;

    public Deadlines(EntityManager em, CalendarProvider calendars) {
        this.em = em;
        this.calendars = calendars;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public TrackedDeadline open(DeadlineKind kind, String ownerId, String subjectRef, UUID aggregateId, Instant receivedAt) {
        TrackedDeadline deadline;
        try {
            deadline = TrackedDeadline.open(kind, ownerId, subjectRef, aggregateId, receivedAt, calendars.calendar());
        } catch (IllegalArgumentException e) {
            // The calendar refuses dates it cannot answer for (before 2024, after 2150): the client's moment is wrong.
            throw new InvalidInputException("The moment that starts this legal term is outside the working-day calendar: "
                    + e.getMessage(), java.util.List.of());
        }
        em.persist(deadline);
        return deadline;
    }

    public TrackedDeadline get(UUID id) {
        return em.find(TrackedDeadline.class, id);
    }
}
