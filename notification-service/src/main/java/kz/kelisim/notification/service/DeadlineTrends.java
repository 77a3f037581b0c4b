package kz.kelisim.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import kz.kelisim.calendar.KazakhTime;
import kz.kelisim.notification.DeadlineFact;
import kz.kelisim.notification.repository.DeadlineFactRepository;

/**
 * The regulators' view of legal deadlines over time (PDL-8.7, PDL-19-1.3, BRN-1): per operator and
 * week, how many were met, met late, breached or are still open; and which open ones fall due soon.
 */
@ApplicationScoped
public class DeadlineTrends {

    private final DeadlineFactRepository facts;
    private final Clock clock;

    public DeadlineTrends(DeadlineFactRepository facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    /**
     * One operator's deadlines that fell due in one week (Monday to Sunday, Asia/Almaty).
     *
     * @param weekStart the Monday of the week
     */
    public record Week(String operatorId, LocalDate weekStart, int due, int met, int metLate, int breached, int open) {
    }

    /** An unanswered deadline that falls due soon. */
    public record DueSoon(UUID aggregateId, String operatorId, String kind, Instant receivedAt, Instant dueAt) {
    }

    /** Deadlines due on the days from..to (inclusive, the last day ending at 24:00, CC-178..180), by operator and week. */
    public List<Week> weekly(LocalDate from, LocalDate to, String operator) {
        Instant now = clock.instant();
        Map<String, Map<LocalDate, int[]>> counts = new TreeMap<>();
        for (DeadlineFact f : facts.dueBetween(KazakhTime.endOfDay(from.minusDays(1)), KazakhTime.endOfDay(to))) {
            if (operator != null && !operator.equals(f.partyId())) {
                continue;
            }
            LocalDate dueDay = KazakhTime.dueDateOf(f.dueAt());
            LocalDate monday = dueDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            int[] c = counts.computeIfAbsent(f.partyId(), k -> new TreeMap<>()).computeIfAbsent(monday, k -> new int[4]);
            switch (f.outcomeAt(now)) {
                case "MET" -> c[0]++;
                case "MET_LATE" -> c[1]++;
                case DeadlineFact.BREACHED -> c[2]++;
                default -> c[3]++;
            }
        }
        List<Week> weeks = new ArrayList<>();
        counts.forEach((op, byWeek) -> byWeek.forEach((monday, c) ->
                weeks.add(new Week(op, monday, c[0] + c[1] + c[2] + c[3], c[0], c[1], c[2], c[3]))));
        return weeks;
    }

    /** Unanswered deadlines due within the coming {@code days} days, soonest first. */
    public List<DueSoon> dueSoon(int days, String operator) {
        Instant now = clock.instant();
        return facts.openDueBetween(now, now.plus(Duration.ofDays(days))).stream()
                .filter(f -> operator == null || operator.equals(f.partyId()))
                .map(f -> new DueSoon(f.aggregateId(), f.partyId(), f.kind(), f.receivedAt(), f.dueAt()))
                .toList();
    }
}
