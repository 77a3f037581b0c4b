package kz.kelisim.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Converts between instants and Kazakhstan calendar days (CC-178..180). */
public final class KazakhTime {

    /** The zone the law's days are counted in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    // Kazakhstan has had one time zone, UTC+5, since 1 March 2024 (CC-178..180 context in LAW.md). Fixing the
    // offset from then on keeps results right on a runtime whose tzdata predates that change.
    private static final ZoneOffset SINGLE_OFFSET = ZoneOffset.ofHours(5);
    private static final LocalDate SINGLE_ZONE_SINCE = LocalDate.of(2024, 3, 1);
    private static final Instant SINGLE_ZONE_FROM = Instant.parse("2024-02-29T18:00:00Z");

    private KazakhTime() {
    }

    /** The Kazakhstan calendar date at the given instant. */
    public static LocalDate dateOf(Instant instant) {
        return instant.isBefore(SINGLE_ZONE_FROM)
                ? instant.atZone(ZONE).toLocalDate()
                : instant.atOffset(SINGLE_OFFSET).toLocalDate();
    }

    /** The day whose 24:00 is {@code dueAt}: the last day of a term due at that moment (CC-178..180). */
    public static LocalDate dueDateOf(Instant dueAt) {
        return dateOf(dueAt.minusNanos(1));
    }

    /** 24:00 of the given day in Kazakhstan, that is the first instant of the next day (CC-178..180). */
    public static Instant endOfDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        return next.isBefore(SINGLE_ZONE_SINCE)
                ? next.atStartOfDay(ZONE).toInstant()
                : next.atStartOfDay().toInstant(SINGLE_OFFSET);
    }
}
