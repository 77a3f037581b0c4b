package kz.kelisim.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A day that is not a working day, and why. */
public record DayOff(LocalDate date, DayOffReason reason) {

    public DayOff {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
    }

    /** Shortcut for {@code reason().kind()}. */
    public DayOffKind kind() {
        return reason.kind();
    }
}
