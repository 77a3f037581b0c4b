package kz.kelisim.notification.service;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import kz.kelisim.calendar.KazakhTime;
import kz.kelisim.notification.DailyReport;

/**
 * Lays out the daily report as a PDF a person reads, in Kazakh (the default), Russian or English: a
 * title, a table per operator and one chart (a stacked bar per operator: met, met late, breached,
 * open). Operators are named with their BIN beside them. The text is set in an embedded TrueType font
 * with Cyrillic and the Kazakh letters, since the PDF standard fonts cover Latin only.
 */
public final class ReportPdf {

    static final Color MET = new Color(0x2E, 0x7D, 0x32);
    static final Color LATE = new Color(0xF9, 0xA8, 0x25);
    static final Color BREACHED = new Color(0xC6, 0x28, 0x28);
    static final Color OPEN = new Color(0x9E, 0x9E, 0x9E);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Font title;
    private final Font text;
    private final Font head;
    private final Font cell;
    private final Font bold;
    private final Font small;
    private final ReportTexts words;
    private final UnaryOperator<String> named;

    private ReportPdf(BaseFont base, String language, UnaryOperator<String> named) {
        this.title = new Font(base, 14, Font.BOLD);
        this.text = new Font(base, 10, Font.NORMAL, Color.BLACK);
        this.head = new Font(base, 9, Font.BOLD, Color.WHITE);
        this.cell = new Font(base, 9);
        this.bold = new Font(base, 9, Font.BOLD);
        this.small = new Font(base, 8, Font.NORMAL, Color.BLACK);
        this.words = ReportTexts.of(language);
        this.named = named;
    }

    /**
     * @param base a font with Cyrillic and the Kazakh letters ({@link ReportFont})
     * @param language kk (the default), ru or en
     * @param named the operator's name with its BIN (OperatorDirectory.display)
     */
    public static byte[] write(DailyReport report, BaseFont base, String language, UnaryOperator<String> named) {
        return new ReportPdf(base, language, named).write(report);
    }

    private byte[] write(DailyReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String heading = String.format(words.title(), report.date());
            document.addTitle(heading);
            document.open();
            document.add(new Paragraph(heading, title));
            document.add(new Paragraph(String.format(words.intro(), report.date(),
                    STAMP.format(report.generatedAt().atZone(KazakhTime.ZONE))), text));
            document.add(new Paragraph(" ", text));
            document.add(table(report));
            document.add(new Paragraph(words.note(), small));
            document.add(new Paragraph(words.chartTitle(), new Font(title.getBaseFont(), 12, Font.BOLD)));
            chart(writer, document, report.rows());
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The daily report PDF cannot be laid out", e);
        }
        return out.toByteArray();
    }

    private PdfPTable table(DailyReport report) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {4.4f, 1.1f, 1.2f, 1.4f, 1.3f, 1.1f, 2.1f});
        table.setWidthPercentage(100);
        for (String h : words.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(h, head));
            cell.setBackgroundColor(new Color(0x37, 0x47, 0x4F));
            cell.setPadding(4);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
        for (DailyReport.Row r : report.rows()) {
            addRow(table, r, named.apply(r.operatorId()), cell);
        }
        addRow(table, report.totals(), words.total(), bold);
        return table;
    }

    private static void addRow(PdfPTable table, DailyReport.Row r, String operator, Font font) {
        table.addCell(cell(operator, font, Element.ALIGN_LEFT));
        for (int n : new int[] {r.due(), r.met(), r.metLate(), r.breached(), r.open()}) {
            table.addCell(cell(Integer.toString(n), font, Element.ALIGN_RIGHT));
        }
        table.addCell(cell(r.medianWorkingDays() == null ? "-" : String.format(Locale.ROOT, "%.1f", r.medianWorkingDays()),
                font, Element.ALIGN_RIGHT));
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setPadding(3);
        return cell;
    }

    /** One stacked horizontal bar per operator, scaled to the largest number due, with a legend. */
    private void chart(PdfWriter writer, Document document, List<DailyReport.Row> rows) {
        float barHeight = 14;
        float gap = 8;
        float height = 40 + Math.max(1, rows.size()) * (barHeight + gap);
        float top = writer.getVerticalPosition(true) - 10;
        if (top - height < document.bottom()) {
            document.newPage();
            top = document.top();
        }
        PdfContentByte cb = writer.getDirectContent();
        float labelWidth = 150;
        float left = document.left() + labelWidth;
        float width = document.right() - left - 30;
        int max = rows.stream().mapToInt(DailyReport.Row::due).max().orElse(0);
        float y = top - barHeight;
        if (rows.isEmpty()) {
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(words.noDeadlines(), text),
                    document.left(), y + 3, 0);
            // The legend goes below the sentence, never over it.
            y -= barHeight + gap;
        }
        for (DailyReport.Row r : rows) {
            cb.setColorFill(Color.BLACK);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(label(r.operatorId()), small), left - 6, y + 4, 0);
            float x = left;
            int[] values = {r.met(), r.metLate(), r.breached(), r.open()};
            Color[] colors = {MET, LATE, BREACHED, OPEN};
            for (int i = 0; i < values.length; i++) {
                float w = max == 0 ? 0 : width * values[i] / max;
                if (w > 0) {
                    cb.setColorFill(colors[i]);
                    cb.rectangle(x, y, w, barHeight);
                    cb.fill();
                    x += w;
                }
            }
            cb.setColorFill(Color.BLACK);
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(Integer.toString(r.due()), small), x + 4, y + 4, 0);
            y -= barHeight + gap;
        }
        // The axis and the legend.
        cb.setColorStroke(Color.DARK_GRAY);
        cb.moveTo(left, top + 4);
        cb.lineTo(left, y + barHeight + gap - 4);
        cb.stroke();
        float lx = left;
        List<String> names = words.legend();
        Color[] colors = {MET, LATE, BREACHED, OPEN};
        for (int i = 0; i < names.size(); i++) {
            cb.setColorFill(colors[i]);
            cb.rectangle(lx, y, 10, 10);
            cb.fill();
            cb.setColorFill(Color.BLACK);
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(names.get(i), small), lx + 14, y + 2, 0);
            lx += 95;
        }
    }

    /** A chart label short enough to fit beside its bar: the name cut, the BIN kept. */
    private String label(String bin) {
        String full = named.apply(bin);
        int open = full.lastIndexOf(" (");
        if (full.length() <= 36 || open < 0) {
            return full;
        }
        String name = full.substring(0, open);
        return name.substring(0, Math.min(name.length(), 36 - (full.length() - open) - 1)).strip() + "…" + full.substring(open);
    }
}
