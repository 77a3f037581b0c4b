package kz.kelisim.kit.calendar;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import kz.kelisim.calendar.KazakhCalendar;
import kz.kelisim.calendar.KazakhTime;
import kz.kelisim.calendar.YearData;
import kz.kelisim.kit.deadline.DeadlineState;
import kz.kelisim.kit.deadline.TrackedDeadline;
import org.jboss.logging.Logger;

/**
 * The calendar this service counts with: the years shipped with the library, overridden by the
 * years an administrator loaded (stored in {@code calendar_year}). Reloaded from the database
 * periodically, so every instance of a service converges on the same data.
 */
@ApplicationScoped
@Startup
public class CalendarProvider {

    private static final Logger LOG = Logger.getLogger(CalendarProvider.class);

    private final EntityManager em;
    private final Clock clock;
    private volatile KazakhCalendar current = KazakhCalendar.official();

    public CalendarProvider(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public KazakhCalendar calendar() {
        return current;
    }

    @Scheduled(every = "${kelisim.calendar.reload-interval:30s}", delay = 0, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reload() {
        List<CalendarYearRow> rows = QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("from CalendarYearRow order by year", CalendarYearRow.class).getResultList());
        KazakhCalendar calendar = KazakhCalendar.official();
        for (CalendarYearRow row : rows) {
            calendar = calendar.withYear(YearData.parse(row.data()));
        }
        current = calendar;
    }

    /**
     * Stores a year's data when it is newer than what this service has, and recounts every open
     * deadline whose window touches that year, recording the change in its history.
     *
     * @return how many open deadlines moved, or -1 when the data was not newer and nothing changed
     */
    @Transactional
    public int apply(YearData data) {
        CalendarYearRow row = em.find(CalendarYearRow.class, data.year());
        if (row != null && row.version() >= data.version()) {
            return -1;
        }
        KazakhCalendar updated = current.withYear(data);
        if (row == null) {
            em.persist(new CalendarYearRow(data.year(), data.version(), data.format(), clock.instant()));
        } else {
            row.replace(data.version(), data.format(), clock.instant());
        }
        int moved = 0;
        // Only open deadlines whose counting window reaches the dates that year's data can move can move:
        // the year itself and, for a transfer across New Year (CAL-1), December before and January after.
        List<TrackedDeadline> affected = em.createQuery(
                        "from TrackedDeadline where state = :open and receivedAt < :yearEnd and dueAt >= :yearStart",
                        TrackedDeadline.class)
                .setParameter("open", DeadlineState.OPEN)
                .setParameter("yearStart", KazakhTime.endOfDay(YearData.firstDateAffected(data.year()).minusDays(1)))
                .setParameter("yearEnd", KazakhTime.endOfDay(YearData.lastDateAffected(data.year())))
                .getResultList();
        for (TrackedDeadline deadline : affected) {
            if (deadline.recompute(updated, clock.instant(), "calendar " + data.year() + " version " + data.version())) {
                moved++;
            }
        }
        current = updated;
        LOG.infof("Calendar %d version %d applied; %d open deadlines moved", data.year(), data.version(), moved);
        return moved;
    }
}
