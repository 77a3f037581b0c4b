package kz.kelisim.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import kz.kelisim.contracts.operator.OperatorNames;
import kz.kelisim.contracts.operator.Trilingual;
import kz.kelisim.notification.DailyReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportPdfTest {

    static final List<String> FONTS = List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf");

    final DailyReport report = new DailyReport(LocalDate.of(2026, 11, 24), Instant.parse("2026-11-25T04:00:00Z"), List.of(
            new DailyReport.Row("050140001238", 5, 3, 1, 1, 0, 4.0),
            new DailyReport.Row("120240012345", 2, 0, 0, 1, 1, null)));

    /** Demo Bank has a profile; the other BIN has none. */
    static UnaryOperator<String> named(String language) {
        return bin -> OperatorNames.display(bin, "050140001238".equals(bin)
                ? new Trilingual("Демо Банк АҚ", "АО Демо Банк", "Demo Bank") : null, language);
    }

    static BaseFont font() {
        return new ReportFont(FONTS).font().orElseThrow(() -> new IllegalStateException("no font with Cyrillic installed"));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    @DisplayName("The daily PDF is a real document: a title, a table per operator named with its BIN, and a chart with its legend")
    void pdf_has_title_table_and_chart() throws IOException {
        byte[] pdf = ReportPdf.write(report, font(), "en", named("en"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).contains("2026-11-24");
        }
        String text = text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Daily report on legal deadlines, 2026-11-24")
                .contains("Operator (BIN)").contains("Median answer")
                .contains("Demo Bank (BIN 050140001238)").contains("unregistered operator (BIN 120240012345)").contains("4.0")
                .contains("Deadlines due per operator").contains("Met late").contains("Breached")
                .contains("PDL-8.7").contains("BRN-1");
        assertThat(text).contains("Total 7 3 1 2 1");
    }

    @Test
    @DisplayName("Languages: the daily PDF is in Kazakh by default and in Russian, operators named in the same language")
    void pdf_in_kazakh_and_russian() throws IOException {
        String kk = text(ReportPdf.write(report, font(), "kk", named("kk"))).replaceAll("\\s+", " ");
        assertThat(kk).contains("Заңдағы мерзімдер бойынша күнделікті есеп, 2026-11-24")
                .contains("Демо Банк АҚ (БСН 050140001238)").contains("тіркелмеген оператор (БСН 120240012345)")
                .contains("Барлығы 7 3 1 2 1").contains("Кешіктірілді");
        String ru = text(ReportPdf.write(report, font(), "ru", named("ru"))).replaceAll("\\s+", " ");
        assertThat(ru).contains("Ежедневный отчёт о сроках, установленных законом, 2026-11-24")
                .contains("АО Демо Банк (БИН 050140001238)").contains("незарегистрированный оператор (БИН 120240012345)")
                .contains("Итого 7 3 1 2 1");
    }

    @Test
    @DisplayName("On a day with no deadlines the sentence saying so stands on its own line; the legend is drawn below it, not over it")
    void empty_day_sentence_is_not_covered_by_the_legend() throws IOException {
        DailyReport empty = new DailyReport(LocalDate.of(2026, 11, 28), Instant.parse("2026-11-29T04:00:00Z"), List.of());
        List<String> lines = text(ReportPdf.write(empty, font(), "en", named("en"))).lines().map(String::strip).toList();
        assertThat(lines).contains("No deadline fell due on this day.");
    }

    @Test
    @DisplayName("The daily CSV has one line per operator with its BIN, its name and the counts, the header in the reader's language")
    void csv_lists_each_operator() {
        assertThat(ReportCsv.write(report, "en", named("en")).split("\r\n")).containsExactly(
                "date,operator_id,operator,due,met,met_late,breached,open,median_answer_working_days",
                "2026-11-24,050140001238,\"Demo Bank (BIN 050140001238)\",5,3,1,1,0,4.0",
                "2026-11-24,120240012345,\"unregistered operator (BIN 120240012345)\",2,0,0,1,1,");
        assertThat(ReportCsv.write(report, "kk", named("kk")).split("\r\n")[0]).startsWith("күні,оператор_бсн,оператор,");
    }
}
