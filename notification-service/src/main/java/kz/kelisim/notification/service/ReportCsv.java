package kz.kelisim.notification.service;

import java.util.Locale;
import java.util.function.UnaryOperator;
import kz.kelisim.notification.DailyReport;

/**
 * Writes the daily report as CSV (RFC 4180, a header line in the reader's language, one line per
 * operator): the BIN and the operator's name as the suite shows it, then the numbers.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    /**
     * @param language kk (the default), ru or en
     * @param named the operator's name with its BIN (OperatorDirectory.display)
     */
    public static String write(DailyReport report, String language, UnaryOperator<String> named) {
        StringBuilder csv = new StringBuilder(String.join(",", ReportTexts.of(language).csvHeader())).append("\r\n");
        for (DailyReport.Row r : report.rows()) {
            csv.append(report.date()).append(',').append(r.operatorId()).append(',').append(quoted(named.apply(r.operatorId())))
                    .append(',').append(r.due()).append(',')
                    .append(r.met()).append(',').append(r.metLate()).append(',').append(r.breached()).append(',')
                    .append(r.open()).append(',')
                    .append(r.medianWorkingDays() == null ? "" : String.format(Locale.ROOT, "%.1f", r.medianWorkingDays()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
