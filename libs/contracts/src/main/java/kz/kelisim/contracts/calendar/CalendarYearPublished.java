package kz.kelisim.contracts.calendar;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.Topics;

/**
 * An administrator loaded or corrected one year of calendar data (CAL-1); every service applies
 * it when its version is newer than the one it holds. Published on the compacted topic
 * {@code calendar-years}, keyed by year, so the latest data of every year is always there.
 *
 * @param data the year in the calendar library's text format
 */
public record CalendarYearPublished(UUID eventId, Instant occurredAt, int year, int version, String data)
        implements DomainEvent {

    public static final String TYPE = "kz.kelisim.calendar.year-published.v1";

    /** Calendar data concerns no subject; the year is the key that compaction keeps. */
    @Override
    public String subjectRef() {
        return "calendar-year-" + year;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.CALENDAR_YEARS;
    }
}
