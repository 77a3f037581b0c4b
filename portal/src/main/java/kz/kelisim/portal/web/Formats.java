package kz.kelisim.portal.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as people in Kazakhstan read them: local format of the page language, Asia/Almaty.
 */
@TemplateExtension
public class Formats {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    /** {@code {consent.grantedAt.local(portal.lang)}}: date and time in Almaty. */
    public static String local(Instant instant, String lang) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(lang)).withZone(ALMATY).format(instant);
    }

    /**
     * {@code {o.dueAt.dueDay(portal.lang)}}: a legal deadline as people read it, the last day and
     * 24:00 (CC-178..180), where the instant itself is the first moment of the next day in Almaty.
     */
    static String dueDay(Instant dueAt, String lang) {
        return dueAt == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(lang)).withZone(ALMATY).format(dueAt.minusNanos(1)) + ", 24:00";
    }

    /** {@code {instant.localDate(portal.lang)}}: the date in Almaty. */
    static String localDate(Instant instant, String lang) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(lang)).withZone(ALMATY).format(instant);
    }

    /** {@code {week.weekStart.shortDate(portal.lang)}}: a calendar date, short form of the page language. */
    public static String shortDate(LocalDate date, String lang) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag(lang)).format(date);
    }
}
