package kz.kelisim.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Properties of counting a term in working days (CC-178..180) over official and rules-only years (CAL-1). */
class DeadlinePropertyTest {

    private static final LocalDate FIRST = LocalDate.of(KazakhCalendar.FIRST_YEAR, 1, 1);
    // Leaves room for the longest term to end before the last supported year does.
    private static final LocalDate LAST = LocalDate.of(KazakhCalendar.LAST_YEAR - 2, 12, 31);
    private static final LocalDate LAST_OFFICIAL = LocalDate.of(2026, 12, 31);

    private final KazakhCalendar calendar = KazakhCalendar.official();

    /** A trigger date, a term in working days, and a second offset some properties use. */
    record Case(LocalDate received, int workingDays, int offset) {
    }

    private static final Generated<Case> CASES = Generated.of(DeadlinePropertyTest::randomCase, edgeCases());

    private static Case randomCase(Random random) {
        // Half of the dates fall in the years with official data, where transfers and Kurban Ait are real.
        LocalDate until = random.nextBoolean() ? LAST_OFFICIAL : LAST;
        LocalDate received = FIRST.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(FIRST, until) + 1));
        int workingDays = random.nextInt(4) == 0 ? 1 + random.nextInt(20) : 1 + random.nextInt(366);
        return new Case(received, workingDays, random.nextInt(61));
    }

    private static List<Case> edgeCases() {
        List<Case> cases = new ArrayList<>();
        for (LocalDate received : List.of(FIRST.minusDays(1), LocalDate.of(2024, 5, 3), LocalDate.of(2024, 12, 31),
                LocalDate.of(2025, 1, 4), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 10, 20), LAST_OFFICIAL, LAST)) {
            for (int workingDays : List.of(1, 2, 15, 365, 366)) {
                cases.add(new Case(received, workingDays, 0));
                cases.add(new Case(received, workingDays, 60));
            }
        }
        return cases;
    }

    @Test
    @DisplayName("CC-178..180: the due date is always a working day")
    void due_date_is_a_working_day() {
        CASES.check(c -> assertThat(calendar.isWorkingDay(calendar.deadline(c.received(), c.workingDays()).dueDate()))
                .isTrue());
    }

    @Test
    @DisplayName("CC-178..180: exactly N working days lie after the received date up to and including the due date")
    void exactly_n_working_days_are_counted() {
        CASES.check(c -> {
            Deadline deadline = calendar.deadline(c.received(), c.workingDays());

            long working = c.received().plusDays(1).datesUntil(deadline.dueDate().plusDays(1))
                    .filter(calendar::isWorkingDay).count();
            assertThat(working).isEqualTo(c.workingDays());
        });
    }

    @Test
    @DisplayName("CC-178..180: a later trigger never gives an earlier due date")
    void later_trigger_never_gives_an_earlier_due_date() {
        CASES.check(c -> {
            LocalDate later = c.received().plusDays(c.offset());

            assertThat(calendar.deadline(c.received(), c.workingDays()).dueDate())
                    .isBeforeOrEqualTo(calendar.deadline(later, c.workingDays()).dueDate());
        });
    }

    @Test
    @DisplayName("CC-178..180: a longer term always ends strictly later")
    void longer_term_ends_strictly_later() {
        CASES.check(c -> {
            int longer = Math.min(c.workingDays() + 1 + c.offset(), KazakhCalendar.MAX_WORKING_DAYS);
            if (longer > c.workingDays()) {
                assertThat(calendar.deadline(c.received(), c.workingDays()).dueDate())
                        .isBefore(calendar.deadline(c.received(), longer).dueDate());
            }
        });
    }

    @Test
    @DisplayName("CAL-1: the explanation lists exactly the non-working days of the term, each with the calendar's reason")
    void explanation_accounts_for_every_skipped_day() {
        CASES.check(c -> {
            Deadline deadline = calendar.deadline(c.received(), c.workingDays());

            List<DayOff> expected = new ArrayList<>();
            c.received().plusDays(1).datesUntil(deadline.dueDate().plusDays(1))
                    .forEach(day -> calendar.dayOff(day).ifPresent(expected::add));
            assertThat(deadline.skipped()).isEqualTo(expected);
        });
    }

    @Test
    @DisplayName("CC-178..180: the term ends at 24:00 of the due date in Asia/Almaty")
    void due_at_is_midnight_after_the_due_date_in_almaty() {
        CASES.check(c -> {
            Deadline deadline = calendar.deadline(c.received(), c.workingDays());

            assertThat(deadline.dueAt())
                    .isEqualTo(deadline.dueDate().plusDays(1).atStartOfDay(ZoneId.of("Asia/Almaty")).toInstant());
        });
    }

    @Test
    @DisplayName("CAL-1: a deadline warns exactly for the years it counts that have no official data")
    void warnings_name_exactly_the_years_without_data() {
        CASES.check(c -> {
            Deadline deadline = calendar.deadline(c.received(), c.workingDays());

            List<String> expected = new ArrayList<>();
            for (int year = c.received().plusDays(1).getYear(); year <= deadline.dueDate().getYear(); year++) {
                if (!calendar.officialYears().contains(year)) {
                    expected.add("No official calendar data for " + year + ";");
                }
            }
            assertThat(deadline.warnings()).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(deadline.warnings().get(i)).startsWith(expected.get(i));
            }
        });
    }
}
