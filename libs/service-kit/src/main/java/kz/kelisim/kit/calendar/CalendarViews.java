package kz.kelisim.kit.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.kelisim.calendar.DayOff;
import kz.kelisim.calendar.Deadline;

/**
 * The calendar API's answers.
 */
public final class CalendarViews {

    private CalendarViews() {
    }

    /** One day that is not a working day, and why. */
    public record DayOffView(LocalDate date, String kind, String code, String reason, Map<String, String> names,
                             LocalDate relatedDate) {
        static DayOffView of(DayOff d) {
            return new DayOffView(d.date(), d.kind().name(), d.reason().code(), d.reason().description(),
                    d.reason().names(), d.reason().relatedDate());
        }
    }

    /** A counted term. */
    public record DeadlineView(LocalDate received, int workingDays, LocalDate dueDate, Instant dueAt,
                               List<DayOffView> skipped, List<String> warnings) {
        static DeadlineView of(Deadline d) {
            return new DeadlineView(d.received(), d.workingDays(), d.dueDate(), d.dueAt(),
                    d.skipped().stream().map(DayOffView::of).toList(), d.warnings());
        }
    }

    /** A year's non-working days (weekends excluded), its working weekend days, and its provenance. */
    public record YearView(int year, boolean official, int version, List<DayOffView> daysOff,
                           List<LocalDate> workingWeekendDays, List<String> sources, List<String> warnings) {
        static YearView of(kz.kelisim.calendar.YearView y) {
            return new YearView(y.year(), y.official(), y.version(), y.daysOff().stream().map(DayOffView::of).toList(),
                    y.workingWeekendDays(), y.sources(), y.warnings());
        }
    }
}
