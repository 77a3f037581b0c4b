package kz.kelisim.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.kelisim.notification.DailyReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportPdfTest {

    final DailyReport report = new DailyReport(LocalDate.of(2026, 11, 24), Instant.parse("2026-11-25T04:00:00Z"), List.of(
            new DailyReport.Row("050140001238", 5, 3, 1, 1, 0, 4.0),
            new DailyReport.Row("120240012345", 2, 0, 0, 1, 1, null)));

    @Test
    @DisplayName("The daily PDF is a real document: a title, a table per operator and a chart with its legend")
    void pdf_has_title_table_and_chart() throws IOException {
        byte[] pdf = ReportPdf.write(report);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getDocumentInformation().getTitle()).contains("2026-11-24");
            assertThat(text).contains("Daily report on legal deadlines, 2026-11-24")
                    .contains("Operator (BIN)").contains("Median answer")
                    .contains("050140001238").contains("120240012345").contains("4.0")
                    .contains("Deadlines due per operator").contains("Met late").contains("Breached")
                    .contains("PDL-8.7").contains("BRN-1");
            assertThat(text.replaceAll("\\s+", " ")).contains("total 7 3 1 2 1");
        }
    }

    @Test
    @DisplayName("The daily CSV has one line per operator with the counts and the median answer time")
    void csv_lists_each_operator() {
        assertThat(ReportCsv.write(report).split("\r\n")).containsExactly(
                ReportCsv.HEADER,
                "2026-11-24,050140001238,5,3,1,1,0,4.0",
                "2026-11-24,120240012345,2,0,0,1,1,");
    }
}
