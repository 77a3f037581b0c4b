package kz.kelisim.notification.service;

import java.util.Locale;
import kz.kelisim.notification.DailyReport;

/**
 * Writes the daily report as CSV (RFC 4180, a header line, one line per operator).
 */
public final class ReportCsv {

    public static final String HEADER = "date,operator_id,due,met,met_late,breached,open,median_answer_working_days";

    private ReportCsv() {
    }

    public static String write(DailyReport report) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (DailyReport.Row r : report.rows()) {
            csv.append(report.date()).append(',').append(r.operatorId()).append(',').append(r.due()).append(',')
                    .append(r.met()).append(',').append(r.metLate()).append(',').append(r.breached()).append(',')
                    .append(r.open()).append(',')
                    .append(r.medianWorkingDays() == null ? "" : String.format(Locale.ROOT, "%.1f", r.medianWorkingDays()))
                    .append("\r\n");
        }
        return csv.toString();
    }
}
