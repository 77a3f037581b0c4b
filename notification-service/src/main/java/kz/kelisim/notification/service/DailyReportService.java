package kz.kelisim.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.kelisim.calendar.KazakhCalendar;
import kz.kelisim.calendar.KazakhTime;
import kz.kelisim.kit.calendar.CalendarProvider;
import kz.kelisim.notification.DailyReport;
import kz.kelisim.notification.DeadlineFact;
import kz.kelisim.notification.repository.DeadlineFactRepository;

/**
 * Builds the daily report from the deadline facts: deadlines due on the day, per operator, and the
 * median answer time counted in working days (CAL-1, CC-178..180: from the day after receipt).
 */
@ApplicationScoped
public class DailyReportService {

    private final DeadlineFactRepository facts;
    private final CalendarProvider calendars;
    private final Clock clock;

    public DailyReportService(DeadlineFactRepository facts, CalendarProvider calendars, Clock clock) {
        this.facts = facts;
        this.calendars = calendars;
        this.clock = clock;
    }

    public DailyReport report(LocalDate date) {
        Instant now = clock.instant();
        KazakhCalendar calendar = calendars.calendar();
        Map<String, List<DeadlineFact>> byOperator = new TreeMap<>();
        for (DeadlineFact fact : facts.dueBetween(KazakhTime.endOfDay(date.minusDays(1)), KazakhTime.endOfDay(date))) {
            byOperator.computeIfAbsent(fact.partyId(), k -> new ArrayList<>()).add(fact);
        }
        List<DailyReport.Row> rows = new ArrayList<>();
        byOperator.forEach((operator, list) -> rows.add(row(operator, list, now, calendar)));
        return new DailyReport(date, now, rows);
    }

    private static DailyReport.Row row(String operator, List<DeadlineFact> list, Instant now, KazakhCalendar calendar) {
        int met = 0;
        int late = 0;
        int breached = 0;
        int open = 0;
        List<Integer> answerDays = new ArrayList<>();
        for (DeadlineFact f : list) {
            if (f.answeredAt() != null) {
                boolean inTime = f.answeredAt().isBefore(f.dueAt());
                if (inTime) {
                    met++;
                } else {
                    late++;
                }
                if (f.receivedAt() != null) {
                    answerDays.add(workingDaysBetween(f.receivedAt(), f.answeredAt(), calendar));
                }
            } else if (now.isBefore(f.dueAt())) {
                open++;
            } else {
                breached++;
            }
        }
        return new DailyReport.Row(operator, list.size(), met, late, breached, open, median(answerDays));
    }

    /** Working days in (received, answered], by Almaty dates: an answer on the day of receipt took 0. */
    static int workingDaysBetween(Instant received, Instant answered, KazakhCalendar calendar) {
        LocalDate day = KazakhTime.dateOf(received).plusDays(1);
        LocalDate last = KazakhTime.dateOf(answered);
        int count = 0;
        while (!day.isAfter(last)) {
            if (calendar.isWorkingDay(day)) {
                count++;
            }
            day = day.plusDays(1);
        }
        return count;
    }

    static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }
}
