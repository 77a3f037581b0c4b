package kz.kelisim.consent.rest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import kz.kelisim.consent.LocalizedText;
import kz.kelisim.contracts.legal.LegalAct;
import kz.kelisim.contracts.legal.LegalActKind;
import kz.kelisim.contracts.legal.LegalCitation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/obligations/{id}/refusal}: a reasoned refusal (PDL-8.7) under the
 * legislation that requires keeping the data, cited as a normative legal act.
 */
@Schema(example = """
        {"legalAct":{"kind":"LAW","number":"234-III","date":"2007-02-28","article":"17.1"},
         "reasons":{"kk":"Бухгалтерлік құжаттар заңнама бойынша бес жыл сақталады",
                    "ru":"Бухгалтерские документы хранятся пять лет по законодательству",
                    "en":"Accounting records must be kept for five years by legislation"}}""")
public record RefusalRequest(
        @Schema(description = "The normative legal act (the legislation) that requires keeping or processing the data; "
                + "without it the refusal is 422 pdl-8-7-refusal-without-legislation")
        LegalActRequest legalAct,
        @Schema(description = "The reasons, required in kk and ru; en is optional") LocalizedText reasons) {

    static final List<String> KINDS = Arrays.stream(LegalActKind.values()).map(Enum::name).toList();

    /** A normative legal act as the party cites it; each field's form is checked here (400). */
    public record LegalActRequest(
            @Schema(ref = "LegalActKind", description = "The kind of normative legal act")
            String kind,
            @Schema(examples = "94-V", description = "The act's number as published, without '№' or 'No.'; "
                    + "required for every kind but CONSTITUTION")
            String number,
            @Schema(format = "date", examples = "2013-05-21", description = "The date the act was adopted or signed "
                    + "(ISO 8601), not in the future")
            String date,
            @Schema(examples = "8.7", description = "The article (in an act divided into paragraphs: the paragraph) that "
                    + "requires keeping the data, with the units under it after dots: 12, 8.7 for article 8, paragraph 7, "
                    + "7-2.1.10-1 for article 7-2, paragraph 1, subparagraph 10-1")
            String article) {
    }

    /**
     * Checks the form of every field (400, naming each bad field and what is expected) and returns
     * the act, or null when none was given: that refusal names no legislation, which is the domain's
     * 422 (PDL-8.7), as are reasons missing in kk or ru.
     */
    LegalAct toLegalAct(LocalDate today) {
        Inputs in = new Inputs();
        if (reasons != null) {
            in.maxLength(reasons.kk(), 4000, "reasons.kk")
                    .maxLength(reasons.ru(), 4000, "reasons.ru")
                    .maxLength(reasons.en(), 4000, "reasons.en");
        }
        if (legalAct == null) {
            in.throwIfAny();
            return null;
        }
        LegalActKind kind = kind(legalAct.kind());
        in.require(Inputs.present(legalAct.kind()), "legalAct.kind", "is required: one of " + KINDS)
                .require(!Inputs.present(legalAct.kind()) || kind != null, "legalAct.kind", "must be one of " + KINDS);
        String number = strip(legalAct.number());
        in.require(number != null || kind == null || !kind.numbered(), "legalAct.number",
                        "is required: the act's number as published, such as 94-V")
                .require(number == null || !number.matches("(?i)(№|no\\.|no\\s|n°).*"), "legalAct.number",
                        "must be the number alone, without '№' or 'No.', such as 94-V")
                .maxLength(number, 50, "legalAct.number");
        LocalDate date = null;
        if (!Inputs.present(legalAct.date())) {
            in.require(false, "legalAct.date", "is required: the date the act was adopted or signed, such as 2013-05-21");
        } else {
            date = date(legalAct.date().strip());
            in.require(date != null, "legalAct.date", "must be an ISO date (YYYY-MM-DD), such as 2013-05-21")
                    .require(date == null || !date.isAfter(today), "legalAct.date",
                            "must not be in the future (today is " + today + " in Asia/Almaty)");
        }
        String article = strip(legalAct.article());
        in.require(article != null, "legalAct.article", "is required: " + LegalCitation.expectedReference(kind))
                .require(article == null || kind == null || LegalCitation.isReference(kind, article), "legalAct.article",
                        "must be " + LegalCitation.expectedReference(kind));
        in.throwIfAny();
        return new LegalAct(kind, number, date, article);
    }

    private static LegalActKind kind(String value) {
        return value != null && KINDS.contains(value.strip()) ? LegalActKind.valueOf(value.strip()) : null;
    }

    private static LocalDate date(String value) {
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
