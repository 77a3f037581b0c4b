package kz.kelisim.notification.service;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
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
import kz.kelisim.calendar.KazakhTime;
import kz.kelisim.notification.DailyReport;

/**
 * Lays out the daily report as a PDF a person reads: a title, a table per operator and one chart
 * (a stacked bar per operator: met, met late, breached, open).
 */
public final class ReportPdf {

    static final Color MET = new Color(0x2E, 0x7D, 0x32);
    static final Color LATE = new Color(0xF9, 0xA8, 0x25);
    static final Color BREACHED = new Color(0xC6, 0x28, 0x28);
    static final Color OPEN = new Color(0x9E, 0x9E, 0x9E);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL, Color.BLACK);
    private static final Font HEAD = new Font(Font.HELVETICA, 9, Font.BOLD, Color.WHITE);
    private static final Font CELL = new Font(Font.HELVETICA, 9);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.BLACK);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReportPdf() {
    }

    public static byte[] write(DailyReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("Kelisim daily deadline report " + report.date());
            document.open();
            document.add(new Paragraph("Daily report on legal deadlines, " + report.date(), TITLE));
            document.add(new Paragraph("Deadlines that fell due at 24:00 Asia/Almaty on " + report.date()
                    + ", per operator: stopping processing after a revocation (PDL-8.7), considering an objection "
                    + "(PDL-19-1.3) and reporting a breach (BRN-1). Generated "
                    + STAMP.format(report.generatedAt().atZone(KazakhTime.ZONE)) + " Asia/Almaty.", TEXT));
            document.add(new Paragraph(" ", TEXT));
            document.add(table(report));
            document.add(new Paragraph("Met: answered by the due moment. Met late: answered after it. Breached: not "
                    + "answered and overdue. Open: not yet due. Median answer time counts working days from the day "
                    + "after receipt (CC-178..180, CAL-1).", SMALL));
            document.add(new Paragraph("Deadlines due per operator", new Font(Font.HELVETICA, 12, Font.BOLD)));
            chart(writer, document, report.rows());
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The daily report PDF cannot be laid out", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(DailyReport report) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {3, 1.2f, 1.2f, 1.4f, 1.4f, 1.2f, 2.2f});
        table.setWidthPercentage(100);
        for (String h : List.of("Operator (BIN)", "Due", "Met", "Met late", "Breached", "Open", "Median answer (working days)")) {
            PdfPCell cell = new PdfPCell(new Phrase(h, HEAD));
            cell.setBackgroundColor(new Color(0x37, 0x47, 0x4F));
            cell.setPadding(4);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
        for (DailyReport.Row r : report.rows()) {
            addRow(table, r, CELL);
        }
        addRow(table, report.totals(), new Font(Font.HELVETICA, 9, Font.BOLD));
        return table;
    }

    private static void addRow(PdfPTable table, DailyReport.Row r, Font font) {
        table.addCell(cell(r.operatorId(), font, Element.ALIGN_LEFT));
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
    private static void chart(PdfWriter writer, Document document, List<DailyReport.Row> rows) {
        float barHeight = 14;
        float gap = 8;
        float height = 40 + Math.max(1, rows.size()) * (barHeight + gap);
        float top = writer.getVerticalPosition(true) - 10;
        if (top - height < document.bottom()) {
            document.newPage();
            top = document.top();
        }
        PdfContentByte cb = writer.getDirectContent();
        float labelWidth = 110;
        float left = document.left() + labelWidth;
        float width = document.right() - left - 30;
        int max = rows.stream().mapToInt(DailyReport.Row::due).max().orElse(0);
        float y = top - barHeight;
        if (rows.isEmpty()) {
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("No deadline fell due on this day.", TEXT),
                    document.left(), y + 3, 0);
        }
        for (DailyReport.Row r : rows) {
            cb.setColorFill(Color.BLACK);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(r.operatorId(), SMALL), left - 6, y + 4, 0);
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
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(Integer.toString(r.due()), SMALL), x + 4, y + 4, 0);
            y -= barHeight + gap;
        }
        // The axis and the legend.
        cb.setColorStroke(Color.DARK_GRAY);
        cb.moveTo(left, top + 4);
        cb.lineTo(left, y + barHeight + gap - 4);
        cb.stroke();
        float lx = left;
        String[] names = {"Met", "Met late", "Breached", "Open"};
        Color[] colors = {MET, LATE, BREACHED, OPEN};
        for (int i = 0; i < names.length; i++) {
            cb.setColorFill(colors[i]);
            cb.rectangle(lx, y, 10, 10);
            cb.fill();
            cb.setColorFill(Color.BLACK);
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(names[i], SMALL), lx + 14, y + 2, 0);
            lx += 80;
        }
    }
}
