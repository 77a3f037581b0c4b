package kz.kelisim.kit.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import kz.kelisim.calendar.YearData;
import kz.kelisim.contracts.calendar.CalendarYearPublished;
import kz.kelisim.kit.events.IncomingEvent;
import kz.kelisim.kit.events.MalformedEventException;
import kz.kelisim.kit.events.UntilApplied;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies calendar years published by consent-service, so every service counts with the same
 * calendar. Applying is idempotent by version: a redelivery or an older version changes nothing.
 */
@ApplicationScoped
public class CalendarYearsConsumer {

    private final CalendarProvider calendars;
    private final ObjectMapper mapper;

    public CalendarYearsConsumer(CalendarProvider calendars, ObjectMapper mapper) {
        this.calendars = calendars;
        this.mapper = mapper;
    }

    @Incoming("calendar-years")
    @Blocking
    public void consume(String payload) {
        IncomingEvent event = IncomingEvent.parse(mapper, payload);
        if (!CalendarYearPublished.TYPE.equals(event.type())) {
            return;
        }
        CalendarYearPublished published = event.dataAs(mapper, CalendarYearPublished.class);
        YearData data;
        try {
            data = YearData.parse(published.data());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("calendar year " + published.year() + ": " + e.getMessage());
        }
        UntilApplied.run("calendar-years", () -> calendars.apply(data));
    }
}
