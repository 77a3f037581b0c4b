package kz.kelisim.kit.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import kz.kelisim.calendar.KazakhCalendar;
import kz.kelisim.calendar.OneOffHoliday;
import kz.kelisim.calendar.YearData;
import kz.kelisim.contracts.deadline.DeadlineBreached;
import kz.kelisim.contracts.deadline.DeadlineReminderDue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every transition of a {@link TrackedDeadline}: opened with its due moment and reminder, answered in time
 * or late, breached once when overdue, reminded, recounted after a calendar change; and what each leaves
 * in the state and the history.
 */
class TrackedDeadlineTransitionsTest {

    static final KazakhCalendar CALENDAR = KazakhCalendar.official();
    static final String TELECOM = "120340004562";
    static final String REF = "aigerim-pseudonym";
    static final UUID OBLIGATION = UUID.fromString("6b1c7c52-0f1e-4d39-9a51-2f3f7f1c0a11");
    /** Tuesday 20 October 2026, 11:00 in Almaty. */
    static final Instant REVOKED = Instant.parse("2026-10-20T06:00:00Z");
    /** 24:00 Almaty of Wednesday 11 November 2026: 15 working days, Republic Day's substitute Monday 26 October skipped. */
    static final Instant STOP_DUE = Instant.parse("2026-11-11T19:00:00Z");

    private static TrackedDeadline stop() {
        return TrackedDeadline.open(DeadlineKind.STOP_PROCESSING, TELECOM, REF, OBLIGATION, REVOKED, CALENDAR);
    }

    // --- open ---------------------------------------------------------------------------------------

    @Test
    @DisplayName("PDL-8.7, CC-178..180: a stop deadline opens OPEN, due at 24:00 Almaty of the 15th working day after receipt, and says so in its history")
    void a_stop_deadline_opens_due_15_working_days_after_receipt_PDL_8_7() {
        TrackedDeadline deadline = stop();

        assertThat(deadline.state()).isEqualTo(DeadlineState.OPEN);
        assertThat(deadline.kind()).isEqualTo("STOP_PROCESSING");
        assertThat(deadline.workingDays()).isEqualTo(15);
        assertThat(deadline.ownerId()).isEqualTo(TELECOM);
        assertThat(deadline.aggregateId()).isEqualTo(OBLIGATION);
        assertThat(deadline.receivedAt()).isEqualTo(REVOKED);
        assertThat(deadline.dueAt()).isEqualTo(STOP_DUE);
        // The reminder starts the working day before the due date: Tuesday 10 November, 00:00 Almaty.
        assertThat(deadline.remindAt()).isEqualTo(Instant.parse("2026-11-09T19:00:00Z"));
        assertThat(deadline.history()).extracting(DeadlineChange::at, DeadlineChange::change, DeadlineChange::detail)
                .containsExactly(tuple(REVOKED, "OPENED", "15 working days, due 2026-11-11 24:00 Asia/Almaty"));
    }

    @ParameterizedTest(name = "{0} received {1}: due {2}, reminded from {3}")
    @DisplayName("PDL-19-1.3, BRN-1: each kind counts its own term in working days and is reminded the working day before, never before its trigger")
    @CsvSource(nullValues = "none", value = {
            // Monday 14 December: Tuesday, Thursday (Independence Day on Wednesday skipped), Friday 18 December.
            "OBJECTION_REVIEW, 2026-12-14T06:00:00Z, 3, 2026-12-18T19:00:00Z, 2026-12-16T19:00:00Z",
            // Saturday 12 December in Almaty (Friday in UTC): due Thursday 17 December; reminded from Tuesday 15, Wednesday 16 being off.
            "OBJECTION_REVIEW, 2026-12-11T20:00:00Z, 3, 2026-12-17T19:00:00Z, 2026-12-14T19:00:00Z",
            // Tuesday 15 December: Independence Day skipped, due Thursday 17 December; the working day before it is the day of detection, so no reminder.
            "BREACH_REPORT, 2026-12-15T10:00:00Z, 1, 2026-12-17T19:00:00Z, none",
            // Monday 7 December: due Tuesday 8 December; the working day before is the day of detection itself, so no reminder.
            "BREACH_REPORT, 2026-12-07T06:00:00Z, 1, 2026-12-08T19:00:00Z, none",
    })
    void each_kind_counts_its_own_term_PDL_19_1_3_BRN_1(DeadlineKind kind, Instant received, int workingDays, Instant due, Instant remindAt) {
        TrackedDeadline deadline = TrackedDeadline.open(kind, "050140001238", REF, UUID.randomUUID(), received, CALENDAR);

        assertThat(deadline.workingDays()).isEqualTo(workingDays);
        assertThat(deadline.dueAt()).isEqualTo(due);
        assertThat(deadline.remindAt()).isEqualTo(remindAt);
        assertThat(deadline.state()).isEqualTo(DeadlineState.OPEN);
    }

    @Test
    @DisplayName("CAL-1: a deadline counted without official calendar data says so in its history")
    void a_deadline_counted_without_official_data_says_so_CAL_1() {
        TrackedDeadline deadline = TrackedDeadline.open(DeadlineKind.STOP_PROCESSING, TELECOM, REF, OBLIGATION, REVOKED,
                KazakhCalendar.rulesOnly());

        assertThat(deadline.history()).singleElement().satisfies(c -> {
            assertThat(c.change()).isEqualTo("OPENED");
            assertThat(c.detail()).startsWith("15 working days, due 2026-11-11 24:00 Asia/Almaty; No official calendar data for 2026");
        });
    }

    // --- answer -------------------------------------------------------------------------------------

    @Test
    @DisplayName("PDL-8.7: an answer in the last second before 24:00 of the due date is MET, and the deadline is closed")
    void an_answer_before_the_due_moment_is_met_PDL_8_7() {
        TrackedDeadline deadline = stop();
        Instant lastSecond = STOP_DUE.minusSeconds(1);

        assertThat(deadline.answer(lastSecond)).isEqualTo(DeadlineState.MET);

        assertThat(deadline.state()).isEqualTo(DeadlineState.MET);
        assertThat(deadline.history()).extracting(DeadlineChange::at, DeadlineChange::change)
                .containsExactly(tuple(REVOKED, "OPENED"), tuple(lastSecond, "MET"));
    }

    @Test
    @DisplayName("CC-178..180: an answer at 24:00 of the due date, the due moment itself, is MET_LATE even before any breach")
    void an_answer_at_the_due_moment_is_met_late() {
        TrackedDeadline deadline = stop();

        assertThat(deadline.answer(STOP_DUE)).isEqualTo(DeadlineState.MET_LATE);

        assertThat(deadline.state()).isEqualTo(DeadlineState.MET_LATE);
        assertThat(deadline.history()).extracting(DeadlineChange::change).containsExactly("OPENED", "MET_LATE");
    }

    @Test
    @DisplayName("An answer after the deadline was breached is MET_LATE, and the history keeps the breach before it")
    void an_answer_after_a_breach_is_met_late() {
        TrackedDeadline deadline = stop();
        deadline.breach(STOP_DUE.plusSeconds(5), "consent-events");
        Instant later = STOP_DUE.plusSeconds(3 * 86_400);

        assertThat(deadline.answer(later)).isEqualTo(DeadlineState.MET_LATE);

        assertThat(deadline.state()).isEqualTo(DeadlineState.MET_LATE);
        assertThat(deadline.history()).extracting(DeadlineChange::at, DeadlineChange::change)
                .containsExactly(tuple(REVOKED, "OPENED"), tuple(STOP_DUE.plusSeconds(5), "BREACHED"), tuple(later, "MET_LATE"));
    }

    @Test
    @DisplayName("An answered deadline cannot be answered again, in time or late; the first answer stands")
    void an_answered_deadline_cannot_be_answered_again() {
        TrackedDeadline met = stop();
        met.answer(STOP_DUE.minusSeconds(3600));
        TrackedDeadline late = stop();
        late.answer(STOP_DUE.plusSeconds(3600));

        assertThatThrownBy(() -> met.answer(STOP_DUE.minusSeconds(60))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MET and cannot be answered again");
        assertThatThrownBy(() -> late.answer(STOP_DUE.plusSeconds(7200))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MET_LATE and cannot be answered again");

        assertThat(met.state()).isEqualTo(DeadlineState.MET);
        assertThat(met.history()).extracting(DeadlineChange::change).containsExactly("OPENED", "MET");
        assertThat(late.state()).isEqualTo(DeadlineState.MET_LATE);
        assertThat(late.history()).extracting(DeadlineChange::change).containsExactly("OPENED", "MET_LATE");
    }

    // --- breach -------------------------------------------------------------------------------------

    @Test
    @DisplayName("PDL-8.7: an open deadline at its due moment is BREACHED with one DeadlineBreached on the owning service's topic")
    void an_overdue_open_deadline_is_breached_with_its_event_PDL_8_7() {
        TrackedDeadline deadline = stop();

        DeadlineBreached event = deadline.breach(STOP_DUE, "consent-events");

        assertThat(deadline.state()).isEqualTo(DeadlineState.BREACHED);
        assertThat(deadline.history()).extracting(DeadlineChange::at, DeadlineChange::change, DeadlineChange::detail)
                .containsExactly(tuple(REVOKED, "OPENED", "15 working days, due 2026-11-11 24:00 Asia/Almaty"),
                        tuple(STOP_DUE, "BREACHED", "no answer by 2026-11-11T19:00:00Z"));
        assertThat(event.type()).isEqualTo(DeadlineBreached.TYPE);
        assertThat(event.deadlineId()).isEqualTo(deadline.id());
        assertThat(event.kind()).isEqualTo("STOP_PROCESSING");
        assertThat(event.ownerId()).isEqualTo(TELECOM);
        assertThat(event.aggregateId()).isEqualTo(OBLIGATION);
        assertThat(event.subjectRef()).isEqualTo(REF);
        assertThat(event.dueAt()).isEqualTo(STOP_DUE);
        assertThat(event.occurredAt()).isEqualTo(STOP_DUE);
        assertThat(event.topic()).isEqualTo("consent-events");
    }

    @Test
    @DisplayName("A deadline is breached once: a second breach is refused and leaves one BREACHED in the history")
    void a_deadline_is_breached_once() {
        TrackedDeadline deadline = stop();
        deadline.breach(STOP_DUE, "consent-events");

        assertThatThrownBy(() -> deadline.breach(STOP_DUE.plusSeconds(5), "consent-events")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BREACHED");

        assertThat(deadline.state()).isEqualTo(DeadlineState.BREACHED);
        assertThat(deadline.history()).extracting(DeadlineChange::change).containsExactly("OPENED", "BREACHED");
    }

    @Test
    @DisplayName("CC-178..180: an act may be done until 24:00 of the last day, so a deadline cannot be breached a nanosecond before it")
    void a_deadline_cannot_be_breached_before_its_due_moment() {
        TrackedDeadline deadline = stop();

        assertThatThrownBy(() -> deadline.breach(STOP_DUE.minusNanos(1), "consent-events")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not breachable");

        assertThat(deadline.state()).isEqualTo(DeadlineState.OPEN);
        assertThat(deadline.history()).extracting(DeadlineChange::change).containsExactly("OPENED");
    }

    @Test
    @DisplayName("An answered deadline is never breached, however late it is checked")
    void an_answered_deadline_is_never_breached() {
        TrackedDeadline deadline = stop();
        deadline.answer(STOP_DUE.minusSeconds(86_400));

        assertThatThrownBy(() -> deadline.breach(STOP_DUE.plusSeconds(30 * 86_400), "consent-events"))
                .isInstanceOf(IllegalStateException.class);

        assertThat(deadline.state()).isEqualTo(DeadlineState.MET);
        assertThat(deadline.history()).extracting(DeadlineChange::change).containsExactly("OPENED", "MET");
    }

    // --- remind -------------------------------------------------------------------------------------

    @Test
    @DisplayName("A reminder is recorded and announced with DeadlineReminderDue; the deadline stays OPEN and due as before")
    void a_reminder_leaves_the_deadline_open() {
        TrackedDeadline deadline = stop();
        Instant remindAt = deadline.remindAt();

        DeadlineReminderDue event = deadline.remind(remindAt, "consent-events");

        assertThat(deadline.state()).isEqualTo(DeadlineState.OPEN);
        assertThat(deadline.dueAt()).isEqualTo(STOP_DUE);
        assertThat(deadline.history()).extracting(DeadlineChange::at, DeadlineChange::change)
                .containsExactly(tuple(REVOKED, "OPENED"), tuple(remindAt, "REMINDED"));
        assertThat(event.type()).isEqualTo(DeadlineReminderDue.TYPE);
        assertThat(event.deadlineId()).isEqualTo(deadline.id());
        assertThat(event.kind()).isEqualTo("STOP_PROCESSING");
        assertThat(event.ownerId()).isEqualTo(TELECOM);
        assertThat(event.aggregateId()).isEqualTo(OBLIGATION);
        assertThat(event.dueAt()).isEqualTo(STOP_DUE);
        assertThat(event.occurredAt()).isEqualTo(remindAt);
        assertThat(event.topic()).isEqualTo("consent-events");
    }

    // --- recompute ----------------------------------------------------------------------------------

    @Test
    @DisplayName("CAL-1: a day off added inside the term moves an open deadline one working day later, with the reason in its history")
    void a_day_off_added_inside_the_term_moves_an_open_deadline_CAL_1() {
        TrackedDeadline deadline = stop();
        Instant now = Instant.parse("2026-10-30T04:00:00Z");

        boolean moved = deadline.recompute(withDayOff(LocalDate.of(2026, 11, 6)), now, "calendar 2026 version 2");

        assertThat(moved).isTrue();
        assertThat(deadline.state()).isEqualTo(DeadlineState.OPEN);
        assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-11-12T19:00:00Z"));
        assertThat(deadline.remindAt()).isEqualTo(Instant.parse("2026-11-10T19:00:00Z"));
        assertThat(deadline.history()).last().satisfies(c -> {
            assertThat(c.at()).isEqualTo(now);
            assertThat(c.change()).isEqualTo("RECOMPUTED");
            assertThat(c.detail()).isEqualTo("due moved from 2026-11-11T19:00:00Z to 2026-11-12T19:00:00Z (due date 2026-11-12): "
                    + "calendar 2026 version 2");
        });
    }

    @Test
    @DisplayName("CAL-1: a calendar change that does not touch the term leaves the deadline and its history as they were")
    void a_calendar_change_outside_the_term_changes_nothing_CAL_1() {
        TrackedDeadline deadline = stop();

        assertThat(deadline.recompute(withDayOff(LocalDate.of(2026, 12, 31)), Instant.parse("2026-10-30T04:00:00Z"), "new year's eve"))
                .isFalse();

        assertThat(deadline.dueAt()).isEqualTo(STOP_DUE);
        assertThat(deadline.history()).extracting(DeadlineChange::change).containsExactly("OPENED");
    }

    @Test
    @DisplayName("CAL-1: an answered or breached deadline is not recounted: its due moment is the one it was measured against")
    void a_closed_deadline_is_not_recounted_CAL_1() {
        TrackedDeadline met = stop();
        met.answer(Instant.parse("2026-11-02T06:00:00Z"));
        TrackedDeadline breached = stop();
        breached.breach(STOP_DUE, "consent-events");
        KazakhCalendar corrected = withDayOff(LocalDate.of(2026, 11, 6));

        assertThat(met.recompute(corrected, Instant.parse("2026-11-20T04:00:00Z"), "calendar 2026 version 2")).isFalse();
        assertThat(breached.recompute(corrected, Instant.parse("2026-11-20T04:00:00Z"), "calendar 2026 version 2")).isFalse();

        assertThat(met.dueAt()).isEqualTo(STOP_DUE);
        assertThat(met.history()).extracting(DeadlineChange::change).containsExactly("OPENED", "MET");
        assertThat(breached.dueAt()).isEqualTo(STOP_DUE);
        assertThat(breached.history()).extracting(DeadlineChange::change).containsExactly("OPENED", "BREACHED");
    }

    /** The shipped calendar with one more day off in 2026, as an administrator would publish it as a new version. */
    private static KazakhCalendar withDayOff(LocalDate day) {
        YearData shipped = CALENDAR.yearData(2026).orElseThrow();
        OneOffHoliday dayOff = new OneOffHoliday(day, "one-off-" + day, Map.of("kk", "Демалыс", "ru", "Выходной", "en", "Day off"),
                "Order of the Minister of Labour (test)");
        return CALENDAR.withYear(new YearData(2026, shipped.version() + 1, shipped.kurbanAit(), shipped.kurbanAitSource(),
                shipped.transfers(), Stream.concat(shipped.oneOffHolidays().stream(), Stream.of(dayOff)).toList(), shipped.sources()));
    }
}
