package kz.kelisim.portal.consents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import kz.kelisim.portal.PortalMessages;
import kz.kelisim.portal.clients.ConsentSummary;
import kz.kelisim.portal.clients.SignedReceipt;
import kz.kelisim.portal.web.Formats;

/**
 * Lays out a signed consent receipt as a PDF the subject can keep and read: what they consented to
 * (operator, purpose, when, until when, status) in their language, and the receipt id and signature
 * that tie the paper to the signed JSON receipt. The same library makes the regulator's daily report.
 */
final class ReceiptPdf {

    private ReceiptPdf() {
    }

    /** @param operatorName the operator as the suite names it, with its BIN (OperatorNames) */
    static byte[] write(SignedReceipt receipt, String operatorName, ConsentSummary.Representative representative, PortalMessages msg,
                        String lang, BaseFont base) {
        Font title = new Font(base, 16, Font.BOLD);
        Font text = new Font(base, 10);
        Font label = new Font(base, 10, Font.BOLD);
        Font small = new Font(base, 8, Font.NORMAL, Color.DARK_GRAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(msg.receipt_pdf_title() + " " + receipt.recordId());
            document.open();
            document.add(new Paragraph(msg.receipt_pdf_title(), title));
            document.add(new Paragraph(receipt.purposeTitle().in(lang), new Font(base, 13)));
            document.add(new Paragraph(" ", text));
            PdfPTable facts = new PdfPTable(new float[] {2, 5});
            facts.setWidthPercentage(100);
            row(facts, msg.col_operator(), operatorName, label, text);
            row(facts, msg.col_purpose(), receipt.purposeTitle().in(lang), label, text);
            row(facts, msg.col_granted(), Formats.local(receipt.grantedAt(), lang), label, text);
            row(facts, msg.col_valid_until(), receipt.validUntil() == null ? msg.until_purpose_achieved()
                    : Formats.local(receipt.validUntil(), lang)
                            + (receipt.termCapped() ? ", " + msg.longest_term_allowed() : ""), label, text);
            row(facts, msg.col_status(), status(msg, receipt.status()), label, text);
            if (representative != null) {
                row(facts, msg.receipt_representative(), representative.iin() + " (" + basis(msg, representative.basis()) + ")",
                        label, text);
            }
            row(facts, msg.receipt_id(), receipt.recordId(), label, text);
            row(facts, msg.receipt_issued(), Formats.local(receipt.issuedAt(), lang), label, text);
            row(facts, msg.receipt_signature(), receipt.signatureAlgorithm() + ", " + msg.receipt_key(receipt.keyId()), label, text);
            row(facts, "SHA-256 (JWS)", receipt.jwsSha256(), label, small);
            document.add(facts);
            document.add(new Paragraph(" ", text));
            document.add(new Paragraph(msg.receipt_verify(), small));
            document.add(new Paragraph(msg.revoke_explanation(), small));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The consent receipt PDF cannot be laid out", e);
        }
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String name, String value, Font label, Font text) {
        PdfPCell head = new PdfPCell(new Phrase(name, label));
        head.setPadding(4);
        head.setBackgroundColor(new Color(0xEC, 0xEF, 0xF1));
        table.addCell(head);
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, text));
        cell.setPadding(4);
        table.addCell(cell);
    }

    static String status(PortalMessages msg, String status) {
        return switch (status) {
            case "ACTIVE" -> msg.status_ACTIVE();
            case "EXPIRED" -> msg.status_EXPIRED();
            case "REVOKED" -> msg.status_REVOKED();
            case "PURPOSE_ACHIEVED" -> msg.status_PURPOSE_ACHIEVED();
            default -> status;
        };
    }

    static String basis(PortalMessages msg, String basis) {
        return switch (basis == null ? "" : basis) {
            case "PARENT" -> msg.basis_PARENT();
            case "GUARDIAN" -> msg.basis_GUARDIAN();
            case "TRUSTEE" -> msg.basis_TRUSTEE();
            case "POWER_OF_ATTORNEY" -> msg.basis_POWER_OF_ATTORNEY();
            default -> basis;
        };
    }
}
