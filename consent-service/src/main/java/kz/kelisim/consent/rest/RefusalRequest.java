package kz.kelisim.consent.rest;

import kz.kelisim.consent.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/obligations/{id}/refusal}: a reasoned refusal (PDL-8.7).
 */
@Schema(example = """
        {"lawReference":"Law on Accounting and Financial Reporting, Art. 17",
         "reasons":{"kk":"Бухгалтерлік құжаттар заң бойынша бес жыл сақталады",
                    "ru":"Бухгалтерские документы хранятся пять лет по закону",
                    "en":"Accounting records must be kept for five years by law"}}""")
public record RefusalRequest(
        @Schema(description = "The law that requires keeping or processing the data") String lawReference,
        @Schema(description = "The reasons, required in kk and ru; en is optional") LocalizedText reasons) {
}
