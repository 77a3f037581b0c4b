package kz.kelisim.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The regulators' daily report: for each operator, the legal deadlines that fell due on one day
 * (24:00 Asia/Almaty, CC-178..180) and how they ended, with the median answer time in working days.
 */
public record DailyReport(LocalDate date, Instant generatedAt, List<Row> rows) {

    /**
     * One operator's deadlines due that day.
     *
     * @param met      answered by the due moment
     * @param metLate  answered after it
     * @param breached not answered, and the due moment has passed
     * @param open     not answered, and not yet due
     * @param medianWorkingDays median working days from receipt to answer, null when none was answered
     */
    public record Row(String operatorId, int due, int met, int metLate, int breached, int open, Double medianWorkingDays) {
    }

    public Row totals() {
        return new Row("total", rows.stream().mapToInt(Row::due).sum(), rows.stream().mapToInt(Row::met).sum(),
                rows.stream().mapToInt(Row::metLate).sum(), rows.stream().mapToInt(Row::breached).sum(),
                rows.stream().mapToInt(Row::open).sum(), null);
    }
}
