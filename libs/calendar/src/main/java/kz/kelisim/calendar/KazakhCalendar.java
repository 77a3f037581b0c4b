package kz.kelisim.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kazakhstan's working-day calendar (CAL-1) and the counting of terms in working days (CC-178..180).
 *
 * <p>Immutable and safe to share: {@link #withYear(YearData)} returns a new calendar. Years without official data
 * are computed from the rules, and every result drawn from them carries a warning naming the year.
 */
public final class KazakhCalendar {

    /** The first year the calendar answers for; the holiday list of CAL-1 is not a historical record. */
    public static final int FIRST_YEAR = 2024;
    /** The last year the calendar answers for. */
    public static final int LAST_YEAR = 2150;
    /** The longest term, in working days, that {@link #deadline} counts. */
    public static final int MAX_WORKING_DAYS = 366;

    private final Map<Integer, YearData> years;
    // Caches of values derived from the immutable year data; filling them never changes an answer.
    private final Map<Integer, YearFacts> facts = new ConcurrentHashMap<>();
    private final Map<Integer, YearSchedule> schedules = new ConcurrentHashMap<>();

    private KazakhCalendar(Map<Integer, YearData> years) {
        this.years = Map.copyOf(years);
    }

    /** The calendar with the year data shipped in this library. */
    public static KazakhCalendar official() {
        return Shipped.CALENDAR;
    }

    /** A calendar with no year data at all: every result carries a warning. */
    public static KazakhCalendar rulesOnly() {
        return new KazakhCalendar(Map.of());
    }

    /** A calendar with exactly the given year data; a year given twice is refused. */
    public static KazakhCalendar of(Collection<YearData> data) {
        Map<Integer, YearData> byYear = new TreeMap<>();
        for (YearData year : data) {
            if (byYear.put(year.year(), year) != null) {
                throw new IllegalArgumentException("Year data for " + year.year() + " is given more than once");
            }
        }
        return new KazakhCalendar(byYear);
    }

    /** A new calendar with this one's data and the given year added or replaced. */
    public KazakhCalendar withYear(YearData data) {
        Map<Integer, YearData> copy = new TreeMap<>(years);
        copy.put(data.year(), data);
        return new KazakhCalendar(copy);
    }

    /** The years that have official data. */
    public Set<Integer> officialYears() {
        return Set.copyOf(years.keySet());
    }

    /** The official data of a year, if there is any. */
    public Optional<YearData> yearData(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /** Whether the date is a working day (CAL-1). */
    public boolean isWorkingDay(LocalDate date) {
        return dayOff(date).isEmpty();
    }

    /** Why the date is not a working day; empty on a working day, a worked weekend day included. */
    public Optional<DayOff> dayOff(LocalDate date) {
        return schedule(date.getYear()).reasonFor(date).map(reason -> new DayOff(date, reason));
    }

    /** Every day off from {@code from} to {@code to} inclusive, ordinary weekends included. */
    public List<DayOff> daysOff(LocalDate from, LocalDate to) {
        List<DayOff> result = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            dayOff(day).ifPresent(result::add);
        }
        return result;
    }

    /** The days off of a year other than ordinary weekends, and whether its data is official. */
    public YearView year(int year) {
        YearSchedule schedule = schedule(year);
        YearFacts yearFacts = schedule.facts;
        List<DayOff> daysOff = new ArrayList<>();
        schedule.daysOff().forEach((date, reason) -> daysOff.add(new DayOff(date, reason)));
        Set<String> sources = new LinkedHashSet<>();
        String warning = yearFacts.warning();
        if (yearFacts.data != null) {
            sources.add(yearFacts.data.kurbanAitSource());
            yearFacts.data.transfers().forEach(t -> sources.add(t.source()));
            yearFacts.data.oneOffHolidays().forEach(h -> sources.add(h.source()));
            sources.addAll(yearFacts.data.sources());
        }
        schedule.transfers().forEach(t -> sources.add(t.source())); // with those a neighbour carries across New Year
        return new YearView(year, yearFacts.official(), yearFacts.official() ? yearFacts.data.version() : 0,
                daysOff, schedule.workingWeekendDays().stream().sorted().toList(), List.copyOf(sources),
                warning == null ? List.of() : List.of(warning));
    }

    /**
     * The end of a term of {@code workingDays} working days started by an event on {@code received}.
     *
     * <p>CC-178..180: the term starts the day after the event, so day 1 is the first working day after it, even
     * when the event fell on a day off; the act may be done until 24:00 of the last working day.
     */
    public Deadline deadline(LocalDate received, int workingDays) {
        if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("workingDays must be between 1 and " + MAX_WORKING_DAYS
                    + ", was " + workingDays);
        }
        List<DayOff> skipped = new ArrayList<>();
        LocalDate day = received;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            Optional<DayOff> off = dayOff(day);
            if (off.isPresent()) {
                skipped.add(off.get());
            } else {
                counted++;
            }
        }
        List<String> warnings = new ArrayList<>();
        for (int year = received.plusDays(1).getYear(); year <= day.getYear(); year++) {
            String warning = schedule(year).facts.warning();
            if (warning != null) {
                warnings.add(warning);
            }
        }
        return new Deadline(received, workingDays, day, KazakhTime.endOfDay(day), skipped, warnings);
    }

    /** As {@link #deadline(LocalDate, int)}, for an event at an instant, taking its date in Kazakhstan. */
    public Deadline deadline(Instant receivedAt, int workingDays) {
        return deadline(KazakhTime.dateOf(receivedAt), workingDays);
    }

    /**
     * The one countdown of the suite: working days left of a term started by an event at {@code receivedAt}
     * and due at {@code dueAt} (24:00 of its last day), as seen at {@code now}.
     *
     * <p>CC-178: the term starts the day after receipt, so on the day of receipt the whole term is left (3 for
     * an objection, 15 for a stop). From the first day of the term on, today counts while it is open: on the
     * last day 1 is left, and 0 once the due moment has passed. Days off (CAL-1) never count.
     */
    public int workingDaysLeft(Instant receivedAt, Instant dueAt, Instant now) {
        if (!now.isBefore(dueAt)) {
            return 0;
        }
        LocalDate last = KazakhTime.dueDateOf(dueAt);
        LocalDate firstOfTerm = KazakhTime.dateOf(receivedAt).plusDays(1);
        LocalDate today = KazakhTime.dateOf(now);
        int left = 0;
        for (LocalDate day = today.isBefore(firstOfTerm) ? firstOfTerm : today; !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                left++;
            }
        }
        return left;
    }

    private YearSchedule schedule(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("Year " + year + " is outside the years this calendar supports ("
                    + FIRST_YEAR + ".." + LAST_YEAR + ")");
        }
        return schedules.computeIfAbsent(year, y -> YearSchedule.build(y, this::facts));
    }

    private YearFacts facts(int year) {
        return facts.computeIfAbsent(year, y -> new YearFacts(y, years.get(y)));
    }

    /** Loads the shipped data once, on first use. */
    private static final class Shipped {
        static final KazakhCalendar CALENDAR = of(ShippedYears.load());
    }
}
